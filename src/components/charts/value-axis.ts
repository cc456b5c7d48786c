// The value axis of a chart, computed once for the screen (Recharts) and the exports (the
// static scene), so both show the same round ticks: steps of 1, 2 or 5 times a power of ten,
// in 조/억 (Korean) or trillion/billion (English). Pure: no React, no chart library.
import { formatDecimal, krwAxisScale } from '../../i18n/format';
import type { ChartSpec, ValueUnit } from '../../lib/panel-data';
import type { Lang } from '../../lib/view-state';

/** The smallest step of 1, 2 or 5 × 10ⁿ that splits `range` into at most `count` parts. */
export function niceStep(range: number, count: number): number {
  const raw = range / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  // The tolerance keeps 0.3 / 0.1 style float noise from skipping a step.
  const factor = [1, 2, 5].find((candidate) => candidate * magnitude >= raw * (1 - 1e-9)) ?? 10;
  return factor * magnitude;
}

export interface AxisTicks {
  min: number;
  max: number;
  /** Round values from `min` to `max`, one step apart. */
  ticks: number[];
  /** Set when the axis starts above zero: the value it starts at (the reader must be told). */
  baseline: number | null;
}

/** Ticks covering `values` in about `count` round steps; `fromZero` keeps zero on the axis. */
export function niceTicks(values: readonly number[], fromZero: boolean, count = 5): AxisTicks {
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    min = 0;
    max = 1;
  }
  if (fromZero) {
    min = Math.min(0, min);
    max = Math.max(0, max);
  }
  if (min === max) max = min + 1;
  const step = niceStep(max - min, count);
  const start = Math.floor(min / step) * step;
  const end = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let tick = start; tick <= end + step / 2; tick += step) ticks.push(Math.round(tick * 1e6) / 1e6);
  const first = ticks[0] ?? start;
  const last = ticks.at(-1) ?? end;
  return { min: first, max: last, ticks, baseline: first > 0 ? first : null };
}

/** Every value the axis must hold: the series' values, their ghosts and the marks. */
export function chartValues(spec: ChartSpec): number[] {
  return [
    ...spec.series.flatMap((series) => series.points.flatMap((point) => [point.value, point.ghost ?? null])),
    ...spec.marks.map((mark) => mark.value),
  ].filter((value): value is number => typeof value === 'number');
}

/** Bars always start at zero; a line starts at zero when its spec says so. */
export function startsFromZero(spec: ChartSpec): boolean {
  return spec.type !== 'line' || spec.y.fromZero;
}

/** The axis of a chart spec, as both the screen and the exports draw it. */
export function chartAxis(spec: ChartSpec): AxisTicks {
  return niceTicks(chartValues(spec), startsFromZero(spec));
}

/**
 * A short tick label, its unit included: "800조", "0.5조", "300억" / "800T", "0.5T", "30B".
 * Every tick of an axis uses the unit its largest value needs, so they read alike.
 */
export function shortTickLabel(value: number, unit: ValueUnit, axis: Pick<AxisTicks, 'min' | 'max'>, lang: Lang) {
  if (unit === 'percent') return `${formatDecimal(value, lang, 2)}%`;
  if (unit === 'count') return formatDecimal(value, lang, 2);
  const scale = krwAxisScale(Math.max(Math.abs(axis.min), Math.abs(axis.max)), lang);
  const suffix = scale.divisor === 10_000 ? (lang === 'ko' ? '조' : 'T') : lang === 'ko' ? '억' : 'B';
  return `${formatDecimal(value / scale.divisor, lang)}${suffix}`;
}
