// The one typed spec of a panel, produced by the panel's pure transform
// (features/*/model/*-panels.ts). The screen (Recharts), the table view, the CSV, the
// standalone SVG and PNG, the deck, the workbook and the print layout are all written from
// this object, so they cannot disagree, and none of them needs a mounted chart.
// Values are raw (억원 integers, counts, percent); formatting happens at the edges.
import type { Provenance, Source } from './schemas';

/** Bumped when the shape changes in a way a stored pack or a renderer must know about. */
export const PANEL_SPEC_VERSION = 1;

export type ValueUnit = 'krw-eok' | 'count' | 'percent';

export interface PanelColumn {
  key: string;
  label: string;
  /** Set for numeric columns; text columns have none. */
  unit?: ValueUnit;
}

export interface PanelRow {
  /** Stable key for React and CSV. */
  id: string;
  cells: Record<string, string | number | null>;
  /** Provenance of the row's figures: 'mixed' when they differ. */
  provenance: Provenance | 'mixed';
  /** Anything a reader must know about the row (intra-month reading, disputed, derived how). */
  note?: string | undefined;
}

/** One datum of one series, at the same index as its x value (`ChartSpec.x.values`). */
export interface ChartPoint {
  /** Exact value in the spec's unit (억원 integer, count, percent); null = nothing reported. */
  value: number | null;
  provenance: Provenance | null;
  /** The sources of this figure, when known (ids into `PanelData.sources`). */
  sourceIds?: readonly string[];
  /** A comparison value for the same datum (e.g. an earlier vintage), drawn as a ghost. */
  ghost?: number | null;
}

export type SeriesRole =
  /** The measured figures. */
  | 'value'
  /** A target the values are read against (a pledge's size). */
  | 'target'
  /** Where the values should be by now (expected pace). */
  | 'expected'
  /** The other side of a disputed figure. */
  | 'alternative';

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
  role: SeriesRole;
  /** Drawn dashed (lines) or hatched (bars): derived, expected or illustrative data. */
  style: 'solid' | 'dashed' | 'hatched';
  /** Only points (no connecting line), e.g. intra-month readings. */
  pointsOnly?: boolean;
  /** Aligned with `ChartSpec.x.values`. */
  points: ChartPoint[];
}

export type ChartAxis =
  /** Named categories (a pledge, an institution, a period), in drawing order. */
  | { kind: 'category'; label: string; values: string[] }
  /** ISO dates (YYYY-MM-DD), ascending, on a time scale. */
  | { kind: 'date'; label: string; values: string[] };

export interface ValueAxis {
  unit: ValueUnit;
  /** The axis starts at zero (bars always do). */
  fromZero: boolean;
}

/** A value mark: a target or where the expected pace puts a series by `at` (an x value). */
export interface ChartMark {
  kind: 'target' | 'expected-pace';
  value: number;
  /** The x value (category or ISO date) it belongs to; absent: across the whole chart. */
  at?: string;
  label: string;
}

/** Something a reader must see on the chart: drawn at `at` (an x value) when given. */
export interface ChartNote {
  kind: 'break' | 'as-of' | 'disputed' | 'truncated';
  at?: string;
  label: string;
}

export interface ChartSpec {
  type: 'bar' | 'line' | 'bullet';
  /** Bars: 'vertical' lays categories down the side (long names). Lines are always horizontal. */
  layout: 'horizontal' | 'vertical';
  x: ChartAxis;
  y: ValueAxis;
  series: ChartSeries[];
  marks: ChartMark[];
  notes: ChartNote[];
  /** Set when the values carry ghosts (`ChartPoint.ghost`): what they are, for the legend. */
  comparison?: { label: string };
}

/** Whether the page's filters shape this panel. Context indicators ignore them and say nothing. */
export type PanelFilters = { applies: true; text: string } | { applies: false };

export interface PanelData {
  specVersion: typeof PANEL_SPEC_VERSION;
  panelId: string;
  title: string;
  subtitle: string;
  asOf: string;
  sources: Source[];
  filters: PanelFilters;
  /** The dataset the figures come from (meta.datasetVersion). */
  datasetVersion: string;
  /** The dataset holds illustrative (made-up) figures: every export says DEMO. */
  demo: boolean;
  columns: PanelColumn[];
  rows: PanelRow[];
  chart: ChartSpec;
  /** Any drawn figure illustrative / derived: the frame and exports say so. */
  containsIllustrative: boolean;
  containsDerived: boolean;
  /** Set when the selection has nothing to draw. */
  empty: boolean;
  /** When only the largest rows are drawn: how many there were (the CSV can have them all). */
  truncatedFrom?: number;
  /** Set on the spec of every row behind a panel (ignoring filters or downsampling). */
  allRows?: boolean;
}

/** What every transform needs besides its data: which dataset, and the filters in words. */
export interface SpecContext {
  datasetVersion: string;
  demo: boolean;
}

/** Every row behind a panel (ignoring filters, or before downsampling), built on demand. */
export interface AllRows {
  count: number;
  /** Builds them when an export asks (in slices, for long series, so the page stays responsive). */
  build: () => Promise<PanelData>;
}

/** Counts of the drawn points by provenance ("provenance mix" in exports). */
export function provenanceMix(chart: ChartSpec): Record<Provenance, number> {
  const mix: Record<Provenance, number> = { reported: 0, derived: 0, illustrative: 0 };
  for (const series of chart.series) {
    if (series.role === 'expected') continue;
    for (const point of series.points) if (point.value !== null && point.provenance) mix[point.provenance] += 1;
  }
  return mix;
}
