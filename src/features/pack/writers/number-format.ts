// Number formats for amounts stored as exact integers of 억원 (1억 = KRW 100 million): the cell
// and the chart keep the number, the format shows it as 조/억 or trillion/billion. A format
// cannot divide by 10^4, so digit placeholders do it: the last four digits of 8418689 are the
// 억 after "조" (841조 8689억원) or the decimals of trillions (841.8689 trillion). No thousands
// separators in those two: a separator would group the digits across the literal.
import type { Lang } from '../../../lib/view-state';

export const KO_AMOUNT_FORMAT = '[>=10000]0"조 "0000"억원";[<=-10000]-0"조 "0000"억원";#,##0"억원"';
export const EN_AMOUNT_FORMAT =
  '[>=10000]"KRW "0"."0000" trillion";[<=-10000]-"KRW "0"."0000" trillion";"KRW "0"."0" billion"';

export function amountFormat(lang: Lang): string {
  return lang === 'ko' ? KO_AMOUNT_FORMAT : EN_AMOUNT_FORMAT;
}
