// A number of things, cumulative over the period (20 AI smart factories in 2026).
import type { KindModule } from './kind-module';

export const count: KindModule<'count'> = {
  kind: 'count',
  measure: 'cumulative',
  hasPace: true,
  unit: 'count',
  statuses: ['achieved', 'ahead', 'on-track', 'behind', 'too-early', 'not-started', 'no-data'],
  labelKey: 'filters:kinds.count',
  targetOf: (commitment) => commitment.target,
  lowerOf: (commitment) => commitment.target,
  format: (commitment, lang, _t, f) => f.count(commitment.target, lang, f.text(commitment.unit, lang)),
  formatValue: (commitment, value, lang, f) => f.count(value, lang, f.text(commitment.unit, lang)),
};
