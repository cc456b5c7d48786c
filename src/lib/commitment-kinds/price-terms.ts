// Price terms: a discount range to keep (GPU fees 5–10% below market).
import type { KindModule } from './kind-module';

export const priceTerms: KindModule<'price-terms'> = {
  kind: 'price-terms',
  measure: 'range',
  hasPace: false,
  unit: 'percent',
  statuses: ['ahead', 'on-track', 'behind', 'not-started', 'no-data'],
  labelKey: 'filters:kinds.price-terms',
  targetOf: (commitment) => commitment.discountMaxPercent,
  lowerOf: (commitment) => commitment.discountMinPercent,
  format: (commitment, lang, t, f) =>
    t('programs:commitment.priceTerms', {
      range: f.percentRange(commitment.discountMinPercent, commitment.discountMaxPercent, lang),
      of: f.text(commitment.of, lang),
    }),
  formatValue: (_commitment, value, lang, f) => f.percent(value, lang),
};
