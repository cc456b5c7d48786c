// Context indicators as panel data: the same rows feed the chart, the table view and exports.
import { localized } from '../../../i18n/localized';
import type { Indicator, IndicatorPoint, Provenance } from '../../../lib/schemas';
import type { IndicatorPanelDefinition } from './indicator-panel-definition';
import {
  PANEL_SPEC_VERSION,
  type ChartNote,
  type ChartPoint,
  type ChartSeries,
  type PanelData,
  type PanelRow,
  type SpecContext,
} from '../../../lib/panel-data';
import type { Lang } from '../../../lib/view-state';
import { downsampleLttb } from './downsample';
import { color } from '../../../lib/tokens';

export interface IndicatorLabels {
  title: string;
  subtitle: string;
  date: string;
  kind: string;
  note: string;
  dayReading: string;
  breakLabel: (label: string) => string;
  disputedLabel: string;
  disputedAlternative: string;
  period: string;
  kindNames: Record<IndicatorPoint['kind'], string>;
}

const palette = color.series.cycle;
const alternativeColor = color.series.alternative;

/** Day number for a numeric time axis. */
export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

function rowProvenance(points: readonly IndicatorPoint[]): Provenance | 'mixed' {
  const kinds = new Set(points.map((point) => point.provenance));
  const [only] = kinds;
  return kinds.size === 1 && only ? only : 'mixed';
}

function disputeValue(point: IndicatorPoint, lang: Lang): string | null {
  if (!point.dispute) return null;
  return point.dispute.claims.map((claim) => localized(claim.claim, lang)).join(' / ');
}

/**
 * A level series (balances over time): one line per series over month ends; intra-month
 * readings drawn as separate markers, never joined to the month-end line; a disputed value
 * drawn with its alternative; series breaks as reference lines. At most `maxPoints` per line.
 */
export function levelPanel(
  indicator: Indicator,
  asOf: string,
  lang: Lang,
  labels: IndicatorLabels,
  context: SpecContext,
  maxPoints = 600,
): PanelData {
  const steps = levelPanelSteps(indicator, asOf, lang, labels, context, maxPoints, true);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * Every row of a level series, for a CSV of all of it (no chart data): built in slices with
 * `pause` between them, so a 100,000-point series never holds the page for long.
 */
export async function levelPanelAllRows(
  indicator: Indicator,
  asOf: string,
  lang: Lang,
  labels: IndicatorLabels,
  context: SpecContext,
  pause: () => Promise<void>,
): Promise<PanelData> {
  const steps = levelPanelSteps(indicator, asOf, lang, labels, context, Number.POSITIVE_INFINITY, false);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** Points or rows handled between two pauses of a sliced build. */
const SLICE = 4_000;

/** The level panel as a generator that yields every SLICE points or rows (see above). */
function* levelPanelSteps(
  indicator: Indicator,
  asOf: string,
  lang: Lang,
  labels: IndicatorLabels,
  context: SpecContext,
  maxPoints: number,
  withChart: boolean,
): Generator<void, PanelData, void> {
  let done = 0;
  const dates = new Set<string>();
  const byDate = new Map<string, Map<string, IndicatorPoint>>();
  const kept = indicator.series.map((series) => ({
    series,
    points: downsampleLttb(
      series.points.filter((point) => point.kind !== 'day'),
      (point) => dayOf(point.date),
      (point) => point.value,
      maxPoints,
    ).concat(series.points.filter((point) => point.kind === 'day')),
  }));
  for (const { series, points } of kept) {
    for (const point of points) {
      dates.add(point.date);
      const entry = byDate.get(point.date) ?? new Map<string, IndicatorPoint>();
      entry.set(series.id, point);
      byDate.set(point.date, entry);
      if (++done % SLICE === 0) yield;
    }
  }
  const sortedDates = [...dates].sort();
  const chartDates = withChart ? sortedDates : [];
  const chartSeries: ChartSeries[] = [];
  const none: ChartPoint = { value: null, provenance: null };
  const pointsOf = (seriesId: string, pick: (point: IndicatorPoint) => ChartPoint | null) =>
    chartDates.map((date) => {
      const point = byDate.get(date)?.get(seriesId);
      return (point && pick(point)) ?? none;
    });
  const reading = (point: IndicatorPoint): ChartPoint => ({
    value: point.value,
    provenance: point.provenance,
    sourceIds: point.sourceIds,
  });
  indicator.series.forEach((series, index) => {
    const color = palette[index % palette.length] ?? palette[0];
    chartSeries.push({
      key: series.id,
      label: localized(series.name, lang),
      color,
      role: 'value',
      style: 'solid',
      points: pointsOf(series.id, (point) => (point.kind === 'day' ? null : reading(point))),
    });
    if (series.points.some((point) => point.kind === 'day')) {
      chartSeries.push({
        key: `${series.id}__day`,
        label: `${localized(series.name, lang)} — ${labels.dayReading}`,
        color,
        role: 'value',
        style: 'solid',
        pointsOnly: true,
        points: pointsOf(series.id, (point) => (point.kind === 'day' ? reading(point) : null)),
      });
    }
    if (series.points.some((point) => point.dispute)) {
      chartSeries.push({
        key: `${series.id}__alt`,
        label: `${localized(series.name, lang)} — ${labels.disputedAlternative}`,
        color: alternativeColor,
        role: 'alternative',
        style: 'dashed',
        pointsOnly: true,
        points: pointsOf(series.id, (point) => {
          const alternative = point.dispute ? alternativeValue(point) : null;
          return alternative === null ? null : { value: alternative, provenance: 'reported' };
        }),
      });
    }
  });
  const rows: PanelRow[] = [];
  for (const date of sortedDates) {
    const points = [...(byDate.get(date) ?? new Map<string, IndicatorPoint>()).entries()];
    const cells: Record<string, string | number | null> = { date };
    const notes: string[] = [];
    for (const series of indicator.series) cells[series.id] = null;
    let kind: IndicatorPoint['kind'] = 'month-end';
    for (const [seriesId, point] of points) {
      cells[seriesId] = point.value;
      kind = point.kind;
      if (point.label) notes.push(localized(point.label, lang));
      if (point.basis && point.provenance !== 'reported') notes.push(localized(point.basis, lang));
      const disputed = disputeValue(point, lang);
      if (disputed) notes.push(`${labels.disputedLabel}: ${disputed}`);
    }
    cells.kind = labels.kindNames[kind];
    cells.note = [...new Set(notes)].join(' · ');
    rows.push({
      id: date,
      cells,
      provenance: rowProvenance(points.map(([, point]) => point)),
      note: cells.note || undefined,
    });
    if (++done % SLICE === 0) yield;
  }
  const notes: ChartNote[] = indicator.breaks.map((item) => ({
    at: item.date,
    label: labels.breakLabel(localized(item.label, lang)),
    kind: 'break',
  }));
  const allPoints = indicator.series.flatMap((series) => series.points);
  return {
    specVersion: PANEL_SPEC_VERSION,
    panelId: indicator.id,
    title: labels.title,
    subtitle: labels.subtitle,
    asOf,
    sources: indicator.sources,
    // Context indicators are the whole market: the page's filters never apply to them.
    filters: { applies: false },
    datasetVersion: context.datasetVersion,
    demo: context.demo,
    columns: [
      { key: 'date', label: labels.date },
      ...indicator.series.map((series) => ({
        key: series.id,
        label: localized(series.name, lang),
        unit: indicator.unit,
      })),
      { key: 'kind', label: labels.kind },
      { key: 'note', label: labels.note },
    ],
    rows,
    chart: {
      type: 'line',
      layout: 'horizontal',
      x: { kind: 'date', label: labels.date, values: chartDates },
      y: { unit: indicator.unit, fromZero: false },
      series: chartSeries,
      marks: [],
      notes,
    },
    containsIllustrative: allPoints.some((point) => point.provenance === 'illustrative'),
    containsDerived: allPoints.some((point) => point.provenance === 'derived'),
    empty: rows.length === 0,
    ...(withChart ? {} : { allRows: true }),
  };
}

/** The other side of a dispute as a number, when a claim states one (`{krw:3214000}` in its text). */
function alternativeValue(point: IndicatorPoint): number | null {
  for (const claim of point.dispute?.claims ?? []) {
    for (const match of claim.claim.en.matchAll(/\{krw:(\d{1,12})\}/g)) {
      const eok = Number(match[1]);
      if (eok !== point.value) return eok;
    }
    // Older data wrote the amount as "321.4조".
    const match = /([\d,.]+)조/.exec(claim.claim.en) ?? /([\d,.]+)조/.exec(claim.claim.ko);
    if (!match?.[1]) continue;
    const [whole = '0', fraction = ''] = match[1].replace(/,/g, '').split('.');
    const eok = Number(whole) * 10_000 + Number((fraction + '0000').slice(0, 4));
    if (eok !== point.value) return eok;
  }
  return null;
}

/** A change series (increases over periods): grouped bars, one category per period. */
export function changePanel(
  indicator: Indicator,
  asOf: string,
  lang: Lang,
  labels: IndicatorLabels,
  seriesIds: readonly string[],
  context: SpecContext,
): PanelData {
  const series = indicator.series.filter((item) => seriesIds.includes(item.id));
  const periods = new Map<string, { label: string; points: Map<string, IndicatorPoint> }>();
  for (const item of series) {
    for (const point of item.points) {
      const label = point.label ? localized(point.label, lang) : point.date;
      const entry = periods.get(point.date) ?? {
        label,
        points: new Map<string, IndicatorPoint>(),
      };
      entry.points.set(item.id, point);
      periods.set(point.date, entry);
    }
  }
  const ordered = [...periods.entries()].sort(([a], [b]) => a.localeCompare(b));
  const rows: PanelRow[] = ordered.map(([date, entry]) => {
    const cells: Record<string, string | number | null> = {
      period: entry.label,
      end: date,
    };
    for (const item of series) cells[item.id] = entry.points.get(item.id)?.value ?? null;
    return {
      id: date,
      cells,
      provenance: rowProvenance([...entry.points.values()]),
    };
  });
  return {
    specVersion: PANEL_SPEC_VERSION,
    panelId: `${indicator.id}-${seriesIds.join('-')}`,
    title: labels.title,
    subtitle: labels.subtitle,
    asOf,
    sources: indicator.sources,
    filters: { applies: false },
    datasetVersion: context.datasetVersion,
    demo: context.demo,
    columns: [
      { key: 'period', label: labels.period },
      { key: 'end', label: labels.date },
      ...series.map((item) => ({
        key: item.id,
        label: localized(item.name, lang),
        unit: indicator.unit,
      })),
    ],
    rows,
    chart: {
      type: 'bar',
      layout: 'horizontal',
      x: { kind: 'category', label: labels.period, values: ordered.map(([, entry]) => entry.label) },
      y: { unit: indicator.unit, fromZero: true },
      series: series.map((item, index) => ({
        key: item.id,
        label: localized(item.name, lang),
        color: palette[index % palette.length] ?? palette[0],
        role: 'value',
        style: 'solid',
        points: ordered.map(([, entry]) => {
          const point = entry.points.get(item.id);
          return point
            ? { value: point.value, provenance: point.provenance, sourceIds: point.sourceIds }
            : { value: null, provenance: null };
        }),
      })),
      marks: [],
      notes: [],
    },
    containsIllustrative: series.some((item) => item.points.some((point) => point.provenance === 'illustrative')),
    containsDerived: series.some((item) => item.points.some((point) => point.provenance === 'derived')),
    empty: rows.length === 0,
  };
}

/** The panel's spec from its indicator: the one transform behind chart, table and exports. */
export function indicatorPanelSpec(
  definition: IndicatorPanelDefinition,
  indicator: Indicator,
  asOf: string,
  lang: Lang,
  labels: IndicatorLabels,
  context: SpecContext,
): PanelData {
  return definition.draw.kind === 'change'
    ? changePanel(indicator, asOf, lang, labels, definition.draw.seriesIds, context)
    : levelPanel(indicator, asOf, lang, labels, context);
}
