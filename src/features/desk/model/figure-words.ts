// A desk figure's value, subject and change in words, in the reader's language: money with the
// KRW formatter (1조 5,000억원 / KRW 1.5 trillion), counts with the pledge's unit, shares as %,
// changes of a share in percentage points. Used by the review list and the history.
import { formatCount, formatDecimal, formatKrw, formatPercent, type Lang } from '../../../i18n/format';
import { localized } from '../../../i18n/localized';
import { formatCommitmentValue } from '../../../lib/commitment-kinds/words';
import type { Indicator, Program } from '../../../lib/schemas';

export interface DeskLookup {
  programs: readonly Program[];
  indicators: readonly Indicator[];
}

export interface FigureSubjectWords {
  /** The pledge's or indicator's name, in the reader's language (the key when unknown). */
  name: string;
  /** The indicator series' name, when the figure names a known one. */
  series?: string;
  /** A value in the subject's unit, in words. */
  value: (value: number) => string;
  /** A change, signed (+/−), in words. */
  change: (change: number) => string;
}

const MINUS = '\u2212';
const signOf = (value: number) => (value > 0 ? '+' : value < 0 ? MINUS : '');

/** A change of a percentage: "+1.5 pp" / "+1.5%p". */
function percentPoints(change: number, lang: Lang): string {
  const points = formatPercent(Math.abs(change), lang).replace('%', '');
  return `${signOf(change)}${lang === 'ko' ? `${points}%p` : `${points} pp`}`;
}

function wordsFor(format: (value: number) => string, percent: boolean, lang: Lang) {
  return {
    value: format,
    change: (change: number) =>
      percent ? percentPoints(change, lang) : `${signOf(change)}${format(Math.abs(change))}`,
  };
}

/** How a figure about `subject` (`program:<id>` / `indicator:<id>`, in `seriesId`) is said. */
export function subjectWords(lookup: DeskLookup, subject: string, seriesId: string | undefined, lang: Lang) {
  const [kind, id] = subject.split(':');
  if (kind === 'program') {
    const program = lookup.programs.find((candidate) => candidate.id === id);
    if (program && program.commitment.kind !== 'milestone') {
      const { commitment } = program;
      const percent = commitment.kind === 'share' || commitment.kind === 'price-terms';
      return {
        name: localized(program.name, lang),
        ...wordsFor((value) => formatCommitmentValue(commitment, value, lang), percent, lang),
      } satisfies FigureSubjectWords;
    }
    if (program) return { name: localized(program.name, lang), ...plainWords(lang) } satisfies FigureSubjectWords;
  }
  if (kind === 'indicator') {
    const indicator = lookup.indicators.find((candidate) => candidate.id === id);
    if (indicator) {
      const series = indicator.series.find((candidate) => candidate.id === seriesId);
      const format =
        indicator.unit === 'krw-eok'
          ? (value: number) => formatKrw(value, lang)
          : indicator.unit === 'count'
            ? (value: number) => formatCount(value, lang)
            : (value: number) => formatPercent(value, lang);
      return {
        name: localized(indicator.name, lang),
        ...(series ? { series: localized(series.name, lang) } : seriesId ? { series: seriesId } : {}),
        ...wordsFor(format, indicator.unit === 'percent', lang),
      } satisfies FigureSubjectWords;
    }
  }
  return { name: subject, ...plainWords(lang) } satisfies FigureSubjectWords;
}

/** A subject the app does not know (or a milestone): the number as a plain decimal. */
function plainWords(lang: Lang) {
  return wordsFor((value: number) => formatDecimal(value, lang), false, lang);
}
