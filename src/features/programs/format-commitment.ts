// Words for a commitment in the reader's language. Formatting lives here, not in components.
import type { Translator } from '../../i18n/i18n';
import { formatCount, formatKrw, formatPercent, formatPercentRange } from '../../i18n/format';
import { localized } from '../../i18n/localized';
import type { Commitment } from '../../lib/schemas';
import type { Lang } from '../../lib/view-state';

export function formatCommitment(commitment: Commitment, lang: Lang, t: Translator): string {
  switch (commitment.kind) {
    case 'amount':
      return formatKrw(commitment.targetEok, lang);
    case 'count':
      return formatCount(commitment.target, lang, localized(commitment.unit, lang));
    case 'share':
      return t('programs:commitment.share', {
        percent: formatPercent(commitment.targetPercent, lang),
        of: localized(commitment.of, lang),
      });
    case 'price-terms':
      return t('programs:commitment.priceTerms', {
        range: formatPercentRange(commitment.discountMinPercent, commitment.discountMaxPercent, lang),
        of: localized(commitment.of, lang),
      });
    case 'milestone':
      return localized(commitment.description, lang);
  }
}

/** A value in the commitment's own unit (progress, expected, gap). */
export function formatCommitmentValue(
  commitment: Commitment,
  value: number,
  lang: Lang,
  options?: { signed?: boolean },
): string {
  switch (commitment.kind) {
    case 'amount':
      return formatKrw(value, lang, options);
    case 'count':
      return formatCount(value, lang, localized(commitment.unit, lang));
    case 'share':
    case 'price-terms':
      return formatPercent(value, lang);
    case 'milestone':
      return '';
  }
}
