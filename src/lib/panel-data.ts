// What a chart panel shows, produced by a pure transform: the table view, the chart, the
// CSV export and the image snapshot are all drawn from this one object, so they cannot
// disagree. Values are raw (억원 integers, counts); formatting happens at the edges.
import type { Provenance, Source } from './schemas';

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

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
  /** Drawn dashed (lines) or hatched (bars): derived, expected or illustrative data. */
  style: 'solid' | 'dashed' | 'hatched';
  /** Only points (no connecting line), e.g. intra-month readings. */
  pointsOnly?: boolean;
}

export interface ChartReference {
  x: string;
  label: string;
  kind: 'break' | 'as-of' | 'disputed';
}

export interface ChartSpec {
  kind: 'bar' | 'line';
  /** The key of the x (category or date) field in each datum. */
  xKey: string;
  unit: ValueUnit;
  series: ChartSeries[];
  data: Record<string, string | number | null>[];
  references: ChartReference[];
  /** Horizontal bars for long category names. */
  layout?: 'horizontal' | 'vertical';
}

export interface PanelData {
  panelId: string;
  title: string;
  subtitle: string;
  asOf: string;
  sources: Source[];
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
}

/** Every row behind a panel (ignoring filters, or before downsampling), built on demand. */
export interface AllRows {
  count: number;
  /** Builds them when an export asks (in slices, for long series, so the page stays responsive). */
  build: () => Promise<PanelData>;
}
