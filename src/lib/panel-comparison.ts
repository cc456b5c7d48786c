// A panel read against the same panel at an earlier vintage (issue "Vintages", item 4): each
// value gets the earlier vintage's value for the same datum as its ghost, each value column a
// "Δ since <date>" column beside it, and the line under the title says since when. Pure: both specs come from
// the same transform, run on the two vintages' data, so only like is compared with like.
import type { ChartSeries, PanelColumn, PanelData, PanelRow } from './panel-data';
import type { Indicator, Meta, Program } from './schemas';

/** What a panel needs to read itself against the comparison vintage: that vintage's data. */
export interface PanelComparison {
  view: { meta: Meta; programs: readonly Program[]; indicators: readonly Indicator[] };
  recordedUpTo: string;
}

export interface ComparisonLabels {
  /** "Δ since 28 Feb 2026": under the title and in each Δ column's header. */
  since: string;
  /** "As recorded up to 28 Feb 2026": the ghost marks' legend entry. */
  ghost: string;
}

export const deltaKey = (key: string) => `${key}__delta`;

function withGhosts(series: ChartSeries, previous: PanelData, xValues: readonly string[]): ChartSeries {
  const earlier = previous.chart.series.find((candidate) => candidate.key === series.key);
  if (series.role !== 'value' || !earlier) return series;
  const at = new Map<string, number>();
  previous.chart.x.values.forEach((x, index) => {
    const value = earlier.points[index]?.value ?? null;
    if (value !== null) at.set(x, value);
  });
  return {
    ...series,
    points: series.points.map((point, index) => {
      const ghost = at.get(xValues[index] ?? '');
      return ghost === undefined ? point : { ...point, ghost };
    }),
  };
}

/** `current` with `previous` (the same panel at the comparison vintage) as ghosts and Δ columns. */
export function compareWith(current: PanelData, previous: PanelData, labels: ComparisonLabels): PanelData {
  const valueKeys = new Set(
    current.chart.series.filter((series) => series.role === 'value').map((series) => series.key),
  );
  const compared = current.columns.filter((column) => column.unit !== undefined && valueKeys.has(column.key));
  const columns: PanelColumn[] = current.columns.flatMap((column) =>
    compared.includes(column)
      ? [column, { key: deltaKey(column.key), label: `${column.label} — ${labels.since}`, unit: column.unit }]
      : [column],
  );
  const earlierRows = new Map(previous.rows.map((row) => [row.id, row]));
  const rows: PanelRow[] = current.rows.map((row) => {
    const earlier = earlierRows.get(row.id);
    const cells = { ...row.cells };
    for (const column of compared) {
      const now = row.cells[column.key];
      const then = earlier?.cells[column.key];
      cells[deltaKey(column.key)] = typeof now === 'number' && typeof then === 'number' ? now - then : null;
    }
    return { ...row, cells };
  });
  return {
    ...current,
    // Beside the title, in the line every frame and export prints under it.
    subtitle: current.subtitle ? `${labels.since} · ${current.subtitle}` : labels.since,
    columns,
    rows,
    chart: {
      ...current.chart,
      series: current.chart.series.map((series) => withGhosts(series, previous, current.chart.x.values)),
      comparison: { label: labels.ghost },
    },
  };
}
