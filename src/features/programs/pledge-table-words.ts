// The pledge table in words, one row per pledge, for its CSV: what the table shows (status, its
// reason, gap to pace, last reported, what kind of figure, every source with its address), in
// the reader's language. Pure.
import type { TFunction } from '../../i18n/i18n';
import { formatDate, formatRatio } from '../../i18n/format';
import { localized } from '../../i18n/localized';
import { citationText } from '../../lib/citation';
import { kindOf } from '../../lib/commitment-kinds';
import { formatCommitment, formatCommitmentValue } from '../../lib/commitment-kinds/words';
import type { Program } from '../../lib/schemas';
import type { Lang } from '../../lib/view-state';
import { describeStatus } from './describe-status';
import { gapWords } from './gap-words';
import type { ProgramRow } from './model/overview-rows';
import type { Assessment } from './model/status';

type Words = TFunction<'programs'>;
/** The catalogs the table's words come from (as `useTranslation` gives them). */
export interface TableWords {
  t: Words;
  tStatus: TFunction<'status'>;
  tOverview: TFunction<'overview'>;
}

/** The latest reading and its share of the target, or that there is none. */
export function progressWords(program: Program, assessment: Assessment, lang: Lang, t: Words): string {
  const { progress } = assessment;
  if (progress.kind === 'no-data') return t('programs:noReportedData');
  if (progress.kind === 'milestone') return t(`status:label.${progress.done ? 'done' : 'pending'}`);
  const value = formatCommitmentValue(program.commitment, progress.current, lang);
  return kindOf(program.commitment).measure === 'cumulative'
    ? `${value} (${formatRatio(progress.ratio, lang)})`
    : value;
}

export function pledgeTableHeader(t: Words): string[] {
  return [
    t('programs:col.name'),
    t('programs:col.institution'),
    t('programs:col.strategy'),
    t('programs:col.commitment'),
    t('programs:col.progress'),
    t('programs:col.status'),
    t('programs:csv.reason'),
    t('programs:col.gap'),
    t('programs:col.asOf'),
    t('programs:col.provenance'),
    t('programs:col.sources'),
    t('programs:csv.sourceUrls'),
  ];
}

export function pledgeTableRow(row: ProgramRow, lang: Lang, { t, tStatus, tOverview }: TableWords): string[] {
  const { program, assessment } = row;
  const sources = program.sources;
  const provenance = row.dataProvenance ? t(`common:provenance.${row.dataProvenance.provenance}`) : '';
  return [
    localized(program.name, lang),
    row.institutionNames,
    row.strategyName,
    formatCommitment(program.commitment, lang, t),
    progressWords(program, assessment, lang, t),
    t(`status:label.${assessment.status}`),
    describeStatus(assessment, program.commitment, lang, tStatus),
    gapWords(row, lang, tOverview),
    row.latestDate ? formatDate(row.latestDate, lang) : t('programs:csv.noFigure'),
    provenance,
    sources.map((source) => citationText(source, lang, formatDate(source.date, lang))).join('; '),
    sources.map((source) => source.url).join(' '),
  ];
}
