// What the desk can record figures for: every pledge, and every indicator with its series,
// named in the reader's language (the subject picker's options and the review list's names).
import { localized } from '../../../i18n/localized';
import type { Indicator, Program } from '../../../lib/schemas';
import type { Lang } from '../../../lib/view-state';

export interface DeskSubjectOption {
  /** `program:<id>` or `indicator:<id>`. */
  key: string;
  kind: 'program' | 'indicator';
  name: string;
  series: readonly { id: string; name: string }[];
}

export function deskSubjects(
  programs: readonly Program[],
  indicators: readonly Indicator[],
  lang: Lang,
): DeskSubjectOption[] {
  return [
    ...programs.map((program) => ({
      key: `program:${program.id}`,
      kind: 'program' as const,
      name: localized(program.name, lang),
      series: [],
    })),
    ...indicators.map((indicator) => ({
      key: `indicator:${indicator.id}`,
      kind: 'indicator' as const,
      name: localized(indicator.name, lang),
      series: indicator.series.map((series) => ({ id: series.id, name: localized(series.name, lang) })),
    })),
  ];
}
