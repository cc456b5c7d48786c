// A commitment and its values in words, in the reader's language: each kind's module says how,
// with the formatters of src/i18n/format.ts handed in here (kept apart from index.ts, so the
// status engine loads the registry without them).
import { formatCount, formatKrw, formatPercent, formatPercentRange } from '../../i18n/format';
import type { Translator } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import type { Commitment } from '../schemas';
import type { Lang } from '../view-state';
import { kindOf } from './index';
import type { KindFormatters } from './kind-module';

const formatters: KindFormatters = {
  krw: formatKrw,
  count: formatCount,
  percent: formatPercent,
  percentRange: formatPercentRange,
  text: localized,
};

/** Words for a commitment: "KRW 1.7 trillion", "1조 7,000억원", "30% of secured GPUs". */
export function formatCommitment(commitment: Commitment, lang: Lang, t: Translator): string {
  return kindOf(commitment).format(commitment, lang, t, formatters);
}

/** A value in the commitment's own unit (progress, expected, gap). */
export function formatCommitmentValue(
  commitment: Commitment,
  value: number,
  lang: Lang,
  options?: { signed?: boolean },
): string {
  return kindOf(commitment).formatValue(commitment, value, lang, formatters, options);
}
