// A percentage to hold (about 30% of the GPUs to SMEs, a 50% subsidy ratio).
import type { KindModule } from './kind-module';

export const share: KindModule<'share'> = {
  kind: 'share',
  measure: 'level',
  hasPace: false,
  unit: 'percent',
  statuses: ['on-track', 'behind', 'not-started', 'no-data'],
  labelKey: 'filters:kinds.share',
  targetOf: (commitment) => commitment.targetPercent,
  lowerOf: (commitment) => commitment.targetPercent,
  format: (commitment, lang, t, f) =>
    t('programs:commitment.share', {
      percent: f.percent(commitment.targetPercent, lang),
      of: f.text(commitment.of, lang),
    }),
  formatValue: (_commitment, value, lang, f) => f.percent(value, lang),
};
