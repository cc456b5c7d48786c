// An amount of KRW, cumulative over the period (Woori 80조, the 1.7조 win-win financing).
import type { KindModule } from './kind-module';

export const amount: KindModule<'amount'> = {
  kind: 'amount',
  measure: 'cumulative',
  hasPace: true,
  unit: 'krw-eok',
  statuses: ['achieved', 'ahead', 'on-track', 'behind', 'too-early', 'not-started', 'no-data'],
  labelKey: 'filters:kinds.amount',
  targetOf: (commitment) => commitment.targetEok,
  lowerOf: (commitment) => commitment.targetEok,
  format: (commitment, lang, _t, f) => f.krw(commitment.targetEok, lang),
  formatValue: (_commitment, value, lang, f, options) => f.krw(value, lang, options),
};
