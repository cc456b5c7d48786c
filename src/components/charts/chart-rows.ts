// The spec's series as the row records Recharts draws: one record per x value, each series'
// value under its key and its provenance under `<key>__provenance` (read by the markers and
// the tooltip). Dates become day numbers for a time scale.
import type { ChartSpec } from '../../lib/panel-data';
import { color } from '../../lib/tokens';

/** The field of each record holding the x value (a category, or a day number). */
export const X_KEY = '__x';

/** The ghost marks' colour (an earlier vintage's values), on screen and in every export. */
export const GHOST = color.ghost;

/** The field holding a series' value at the comparison vintage (its ghost). */
export const ghostKey = (key: string) => `${key}__ghost`;

/** Day number (days since 1970-01-01) of an ISO date, for a numeric time axis. */
export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

export function chartRows(spec: ChartSpec): Record<string, string | number | null>[] {
  return spec.x.values.map((x, index) => {
    const row: Record<string, string | number | null> = { [X_KEY]: spec.x.kind === 'date' ? dayOf(x) : x };
    for (const series of spec.series) {
      const point = series.points[index];
      row[series.key] = point?.value ?? null;
      row[`${series.key}__provenance`] = point?.provenance ?? null;
      if (spec.comparison) row[ghostKey(series.key)] = point?.ghost ?? null;
    }
    return row;
  });
}
