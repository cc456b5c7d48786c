// The change digest as panel data (a briefing-pack item: slide, sheet, printed page): one table
// row per change, most important first, and a bar chart of the largest reported money figures of
// pledges that changed — revisions as after − before, new figures as reported, never mixed in one series.
// Pure: the words come in `labels`, the sources the rows cite in `context`.
import { formatCount, formatDate, formatKrw, formatPercent } from '../../../i18n/format';
import { localized } from '../../../i18n/localized';
import {
  PANEL_SPEC_VERSION,
  type ChartPoint,
  type PanelData,
  type PanelRow,
  type SpecContext,
} from '../../../lib/panel-data';
import type { Provenance, Source } from '../../../lib/schemas';
import type { Lang, PledgeStatus } from '../../../lib/view-state';
import type { Digest, DigestGroup, DigestKind, DigestRow, DigestUnit, VintageView } from './digest';
import { color } from '../../../lib/tokens';

/** Rows drawn in the table (the section's CSV has them all). */
export const MAX_DIGEST_ROWS = 40;
/** Bars a slide can hold and still be read. */
export const MAX_DIGEST_BARS = 12;

export interface DigestPanelLabels {
  /** "What changed since <date>". */
  title: string;
  /** The two vintages, in words. */
  subtitle: string;
  columns: Record<'change' | 'subject' | 'date' | 'before' | 'after' | 'delta' | 'deltaPercent' | 'group', string>;
  kinds: Record<DigestKind, string>;
  groups: Record<DigestGroup, string>;
  status: (status: PledgeStatus) => string;
  /** Series names: revisions (after − before) and new figures (as reported). */
  revised: string;
  added: string;
  chartAxis: string;
  barsTruncated: (shown: number, count: number) => string;
}

export interface DigestPanelContext extends SpecContext {
  /** The sources the vintages know, by id: the rows cite them. */
  sources: ReadonlyMap<string, Source>;
}

/** A value of the digest in its unit ("—" when there is none): the same words on screen and in the pack. */
export function digestAmount(value: number | null, unit: DigestUnit, lang: Lang, signed = false): string {
  if (value === null) return '—';
  const sign = signed && value > 0 ? '+' : '';
  if (unit === 'krw-eok') return formatKrw(value, lang, { signed });
  if (unit === 'percent') return `${sign}${formatPercent(value, lang)}`;
  if (unit === 'count') return `${sign}${formatCount(value, lang)}`;
  return '—';
}

/** What changed, in words: the kind, then what it is about (a status change says from → to). */
export function describeDigestRow(
  row: DigestRow,
  lang: Lang,
  labels: Pick<DigestPanelLabels, 'kinds' | 'status'>,
): string {
  const kind = labels.kinds[row.kind];
  if (row.kind === 'status-changed' && row.statusBefore && row.statusAfter)
    return `${kind}: ${labels.status(row.statusBefore)} → ${labels.status(row.statusAfter)}`;
  return row.label ? `${kind}: ${localized(row.label, lang)}` : kind;
}

/** The pledge or series a row is about. */
export function digestSubject(row: DigestRow, lang: Lang): string {
  return localized(row.subject.name, lang) + (row.seriesId ? ` (${row.seriesId})` : '');
}

/** Every source the two vintages carry (programs' and indicators'), by id. */
export function vintageSources(...views: readonly VintageView[]): Map<string, Source> {
  const sources = new Map<string, Source>();
  for (const view of views) {
    for (const program of view.programs) for (const source of program.sources) sources.set(source.id, source);
    for (const indicator of view.indicators) for (const source of indicator.sources) sources.set(source.id, source);
  }
  return sources;
}

/** The provenance of the reading a row reports; derived rows (status, overdue) say so. */
function provenanceOfRow(row: DigestRow): Provenance {
  const payload = row.payload;
  if (payload?.collection === 'program') return payload.item.commitmentFigure.provenance;
  if (payload && 'provenance' in payload.item) return payload.item.provenance;
  return row.kind === 'status-changed' || row.kind === 'overdue' ? 'derived' : 'reported';
}

function rowId(row: DigestRow): string {
  return `${row.kind}:${row.subject.id}:${row.seriesId ?? ''}:${row.key ?? ''}`;
}

interface Bar {
  row: DigestRow;
  series: 'revised' | 'added';
  value: number;
}

/**
 * Pledges' reported money figures that were revised (their Δ) or are new (their value), largest
 * first. Declared plans and targets stay in the table: a bar is money reported, never promised.
 */
function moneyBars(rows: readonly DigestRow[]): Bar[] {
  const bars: Bar[] = [];
  for (const row of rows) {
    if (row.subject.type !== 'program' || row.unit !== 'krw-eok' || row.collection !== 'progress') continue;
    if (row.kind === 'figure-revised' && row.delta !== null && row.delta !== 0)
      bars.push({ row, series: 'revised', value: row.delta });
    else if (row.kind === 'figure-new' && row.after !== null) bars.push({ row, series: 'added', value: row.after });
  }
  return bars.sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || rowId(a.row).localeCompare(rowId(b.row)));
}

/** Category names: the pledge and the date, made unique when one pledge has two figures that day. */
function categories(bars: readonly Bar[], lang: Lang): string[] {
  const seen = new Map<string, number>();
  return bars.map(({ row }) => {
    const base = `${localized(row.subject.name, lang)} · ${row.date ? formatDate(row.date, lang) : '—'}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

export function digestPanel(
  digest: Digest,
  lang: Lang,
  labels: DigestPanelLabels,
  context: DigestPanelContext,
): PanelData {
  const drawn = digest.rows.slice(0, MAX_DIGEST_ROWS);
  const rows: PanelRow[] = drawn.map((row) => ({
    id: rowId(row),
    cells: {
      change: describeDigestRow(row, lang, labels),
      subject: digestSubject(row, lang),
      date: row.date ?? null,
      before: digestAmount(row.before, row.unit, lang),
      after: digestAmount(row.after, row.unit, lang),
      delta: digestAmount(row.delta, row.unit, lang, true),
      deltaPercent: row.deltaPercent,
      group: labels.groups[row.group],
    },
    provenance: provenanceOfRow(row),
  }));
  const allBars = moneyBars(digest.rows);
  const bars = allBars.slice(0, MAX_DIGEST_BARS);
  const point = (bar: Bar, series: Bar['series']): ChartPoint =>
    bar.series === series
      ? { value: bar.value, provenance: provenanceOfRow(bar.row), sourceIds: bar.row.sourceIds }
      : { value: null, provenance: null };
  // Both series even when one has no bar (the deck's native chart needs a series to exist).
  const drawnSeries = ['revised', 'added'] as const;
  const provenances = [...rows.map((row) => row.provenance), ...bars.map((bar) => provenanceOfRow(bar.row))];
  const cited = new Set([...drawn, ...bars.map((bar) => bar.row)].flatMap((row) => row.sourceIds));
  const sources = [...cited].flatMap((id) => {
    const source = context.sources.get(id);
    return source ? [source] : [];
  });
  return {
    specVersion: PANEL_SPEC_VERSION,
    panelId: 'digest',
    title: labels.title,
    subtitle: labels.subtitle,
    asOf: digest.to.asOf,
    sources,
    // The digest compares whole vintages: the page's filters do not shape it.
    filters: { applies: false },
    datasetVersion: context.datasetVersion,
    demo: context.demo,
    columns: [
      { key: 'change', label: labels.columns.change },
      { key: 'subject', label: labels.columns.subject },
      { key: 'date', label: labels.columns.date },
      { key: 'before', label: labels.columns.before },
      { key: 'after', label: labels.columns.after },
      { key: 'delta', label: labels.columns.delta },
      { key: 'deltaPercent', label: labels.columns.deltaPercent, unit: 'percent' },
      { key: 'group', label: labels.columns.group },
    ],
    rows,
    chart: {
      type: 'bar',
      layout: 'vertical',
      x: { kind: 'category', label: labels.chartAxis, values: categories(bars, lang) },
      y: { unit: 'krw-eok', fromZero: true },
      series: drawnSeries.map((series) => ({
        key: series,
        label: series === 'revised' ? labels.revised : labels.added,
        color: series === 'revised' ? color.series.approved : color.series.reported,
        role: 'value',
        style: bars.some((bar) => bar.series === series && provenanceOfRow(bar.row) === 'illustrative')
          ? 'hatched'
          : 'solid',
        points: bars.map((bar) => point(bar, series)),
      })),
      marks: [],
      notes:
        allBars.length > bars.length
          ? [{ kind: 'truncated', label: labels.barsTruncated(bars.length, allBars.length) }]
          : [],
    },
    containsIllustrative: provenances.includes('illustrative'),
    containsDerived: provenances.includes('derived'),
    empty: digest.rows.length === 0,
    ...(digest.rows.length > drawn.length ? { truncatedFrom: digest.rows.length } : {}),
  };
}
