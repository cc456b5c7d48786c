// A chart spec laid out as plain shapes (a "scene"), with no DOM and no chart library: the
// standalone SVG, the PNG and the print layout draw this, so an export needs no mounted chart.
// Text widths are estimated (wide characters count double), so labels wrap instead of
// running off; every mark carries its exact value (a <title> and data-value in the SVG).
import { formatCount, formatDate, formatDecimal, formatKrw, formatPercent, krwAxisScale } from '../../i18n/format';
import type { ChartPoint, ChartSeries, ChartSpec, ValueUnit } from '../../lib/panel-data';
import type { Lang } from '../../lib/view-state';
import { GHOST } from '../charts/chart-rows';
import { color } from '../../lib/tokens';
import { chartValues, niceTicks, startsFromZero } from '../charts/value-axis';

export type SceneItem =
  | {
      t: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      fill: string;
      stroke?: string;
      dash?: string;
      title?: string;
      value?: number;
    }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number; dash?: string }
  | { t: 'path'; d: string; stroke: string; width: number; dash?: string }
  | {
      t: 'circle';
      cx: number;
      cy: number;
      r: number;
      fill: string;
      stroke: string;
      dash?: string;
      title?: string;
      value?: number;
    }
  | {
      t: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      anchor?: 'start' | 'middle' | 'end';
      weight?: number;
      fill?: string;
      rotate?: number;
    };

export interface Scene {
  width: number;
  height: number;
  items: SceneItem[];
  /** Numbered notes drawn under the chart (series breaks, as-of, marks), never over the data. */
  notes: string[];
}

const INK = color.ink;
const MUTED = color.muted;
const GRID = color.line;
const PAPER = color.background;
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/** Estimated width of `text` at font size `size` (no DOM): wide characters ≈ 1 em, others ≈ 0.6 em. */
export function textWidth(text: string, size: number): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? size : char === ' ' ? size * 0.3 : size * 0.6;
  return width;
}

/** Lines of at most `maxWidth` (estimated), broken at spaces, long words broken anywhere. Nothing is dropped. */
export function wrapText(text: string, maxWidth: number, size: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (!word) continue;
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, size) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = '';
    for (const char of word) {
      if (textWidth(current + char, size) > maxWidth && current) {
        lines.push(current);
        current = '';
      }
      current += char;
    }
  }
  if (current) lines.push(current);
  return lines.length ? lines : [''];
}

/** The exact value in words, as everywhere else ("1조 7,000억원", "KRW 1.7 trillion"). */
export function exactValue(value: number, unit: ValueUnit, lang: Lang): string {
  switch (unit) {
    case 'krw-eok':
      return formatKrw(value, lang);
    case 'count':
      return formatCount(value, lang);
    case 'percent':
      return formatPercent(value, lang);
  }
}

interface Axis {
  min: number;
  max: number;
  ticks: number[];
  /** Tick label in the axis unit. */
  label: (value: number) => string;
  /** The axis title: the one unit every tick is in. */
  unit: string;
}

export function valueAxis(
  values: readonly number[],
  unit: ValueUnit,
  fromZero: boolean,
  lang: Lang,
  unitLabels: AxisUnitLabels,
): Axis {
  // The same round ticks as the screen (charts/value-axis.ts).
  const { min: start, max: end, ticks } = niceTicks(values, fromZero);
  if (unit === 'krw-eok') {
    const scale = krwAxisScale(Math.max(Math.abs(start), Math.abs(end)), lang);
    return {
      min: start,
      max: end,
      ticks,
      unit: scale.unit,
      label: (value) => formatDecimal(value / scale.divisor, lang),
    };
  }
  return {
    min: start,
    max: end,
    ticks,
    unit: unitLabels[unit],
    label: (value) => formatDecimal(value, lang, 2),
  };
}

export type AxisUnitLabels = Record<'count' | 'percent', string>;

/** Filled for reported, hollow for derived, hollow and dotted for illustrative. */
function marker(point: ChartPoint, color: string): { fill: string; dash?: string } {
  if (point.provenance === 'derived') return { fill: PAPER };
  if (point.provenance === 'illustrative') return { fill: PAPER, dash: '2 2' };
  return { fill: color };
}

const dashOf: Record<ChartSeries['style'], string | undefined> = { solid: undefined, dashed: '6 4', hatched: '2 3' };

/** How a series is drawn in the legend: the same mark as in the chart (a filled dot for reported readings). */
export function legendMark(
  series: ChartSeries,
  type: ChartSpec['type'],
): { shape: 'box' | 'line' | 'dot'; fill: string; dash?: string } {
  const dash = dashOf[series.style];
  if (series.pointsOnly) {
    const drawn = series.points.filter((point) => point.value !== null);
    const allReported = drawn.length > 0 && drawn.every((point) => point.provenance === 'reported');
    return { shape: 'dot', fill: allReported ? series.color : PAPER, ...(dash ? { dash } : {}) };
  }
  if (type === 'line') return { shape: 'line', fill: series.color, ...(dash ? { dash } : {}) };
  return { shape: 'box', fill: series.style === 'hatched' ? PAPER : series.color, ...(dash ? { dash } : {}) };
}

function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

function legendItems(spec: ChartSpec, width: number, top: number): { items: SceneItem[]; height: number } {
  const items: SceneItem[] = [];
  let x = 0;
  let y = top + 12;
  // The earlier vintage's ghosts, when drawn, get their own entry: a faint dashed outline.
  const ghosts =
    spec.comparison !== undefined &&
    spec.series.some((series) => series.points.some((point) => point.ghost !== undefined && point.ghost !== null));
  const entries = [
    ...spec.series.map((series) => ({ label: series.label, color: series.color, mark: legendMark(series, spec.type) })),
    ...(ghosts && spec.comparison
      ? [
          {
            label: spec.comparison.label,
            color: GHOST,
            mark: { shape: spec.type === 'line' ? ('dot' as const) : ('box' as const), fill: 'none', dash: '3 2' },
          },
        ]
      : []),
  ];
  for (const { label, color, mark } of entries) {
    const series = { color };
    const labelWidth = Math.min(textWidth(label, 12), width - 30);
    if (x > 0 && x + 26 + labelWidth > width) {
      x = 0;
      y += 20;
    }
    if (mark.shape === 'dot')
      items.push({
        t: 'circle',
        cx: x + 8,
        cy: y - 4,
        r: 5,
        fill: mark.fill,
        stroke: series.color,
        ...(mark.dash ? { dash: mark.dash } : {}),
      });
    else if (mark.shape === 'line')
      items.push({
        t: 'line',
        x1: x,
        y1: y - 4,
        x2: x + 18,
        y2: y - 4,
        stroke: series.color,
        width: 3,
        ...(mark.dash ? { dash: mark.dash } : {}),
      });
    else
      items.push({
        t: 'rect',
        x,
        y: y - 10,
        w: 14,
        h: 12,
        fill: mark.fill,
        stroke: series.color,
        ...(mark.dash ? { dash: mark.dash } : {}),
      });
    const lines = wrapText(label, width - 30, 12);
    lines.forEach((line, index) =>
      items.push({ t: 'text', x: x + 24, y: y + index * 15, text: line, size: 12, fill: INK }),
    );
    y += (lines.length - 1) * 15;
    x += 24 + labelWidth + 20;
  }
  return { items, height: y - top + 10 };
}

export interface SceneOptions {
  width?: number;
  axisUnits: AxisUnitLabels;
  /** The note of an axis that starts above zero ("Axis starts at 820조원"), given that value. */
  axisStart?: (value: string) => string;
}

/** Lays out a bar or line chart (a bullet is drawn as bars with its target marks). */
export function layoutChart(spec: ChartSpec, lang: Lang, options: SceneOptions): Scene {
  const width = options.width ?? 760;
  const items: SceneItem[] = [];
  const notes: string[] = [];
  const legend = legendItems(spec, width, 0);
  items.push(...legend.items);
  const top = legend.height + 12;
  const axis = valueAxis(chartValues(spec), spec.y.unit, startsFromZero(spec), lang, options.axisUnits);
  // An axis that does not start at zero says so, first among the notes.
  if (axis.min > 0 && options.axisStart) notes.push(options.axisStart(exactValue(axis.min, spec.y.unit, lang)));
  const noteNumber = (label: string) => {
    notes.push(label);
    return String(notes.length);
  };
  const describe = (series: ChartSeries, x: string, value: number) =>
    `${series.label} — ${spec.x.kind === 'date' ? formatDate(x, lang) : x}: ${exactValue(value, spec.y.unit, lang)}`;

  if (spec.type !== 'line' && spec.layout === 'vertical') {
    // Categories down the side, values along the bottom.
    const labelWidth = Math.min(230, Math.round(width * 0.3));
    const left = labelWidth + 12;
    const right = width - 16;
    const bars = spec.series.length;
    const barHeight = bars > 1 ? 11 : 16;
    const labels = spec.x.values.map((value) => wrapText(value, labelWidth, 12));
    const rowHeights = labels.map((lines) => Math.max(bars * (barHeight + 2) + 12, lines.length * 14 + 8));
    const plotHeight = rowHeights.reduce((sum, height) => sum + height, 0);
    const scale = (value: number) => left + ((value - axis.min) / (axis.max - axis.min)) * (right - left);
    for (const tick of axis.ticks) {
      const x = scale(tick);
      items.push({ t: 'line', x1: x, y1: top, x2: x, y2: top + plotHeight, stroke: GRID, width: 1, dash: '3 3' });
      items.push({
        t: 'text',
        x,
        y: top + plotHeight + 16,
        text: axis.label(tick),
        size: 11,
        anchor: 'middle',
        fill: MUTED,
      });
    }
    let y = top;
    spec.x.values.forEach((category, index) => {
      const rowHeight = rowHeights[index] ?? 0;
      const lines = labels[index] ?? [];
      const textTop = y + rowHeight / 2 - ((lines.length - 1) * 14) / 2 + 4;
      lines.forEach((line, lineIndex) =>
        items.push({
          t: 'text',
          x: labelWidth,
          y: textTop + lineIndex * 14,
          text: line,
          size: 12,
          anchor: 'end',
          fill: INK,
        }),
      );
      const barsTop = y + (rowHeight - bars * (barHeight + 2)) / 2;
      spec.series.forEach((series, seriesIndex) => {
        const point = series.points[index];
        const barY = barsTop + seriesIndex * (barHeight + 2);
        if (point?.ghost !== undefined && point.ghost !== null) {
          const x0 = scale(Math.min(0, point.ghost));
          items.push({
            t: 'rect',
            x: x0,
            y: barY,
            w: Math.abs(scale(point.ghost) - scale(0)),
            h: barHeight,
            fill: 'none',
            stroke: GHOST,
            dash: '3 2',
          });
        }
        if (!point || point.value === null) return;
        const x0 = scale(Math.max(axis.min, Math.min(0, point.value)));
        const x1 = scale(Math.max(0, point.value));
        const hatched = series.style === 'hatched' || point.provenance === 'illustrative';
        items.push({
          t: 'rect',
          x: x0,
          y: barY,
          w: Math.max(1, x1 - x0),
          h: barHeight,
          fill: hatched ? PAPER : series.color,
          stroke: series.color,
          ...(hatched ? { dash: '2 3' } : {}),
          title: describe(series, category, point.value),
          value: point.value,
        });
      });
      for (const mark of spec.marks.filter((item) => item.at === category)) {
        const x = scale(mark.value);
        items.push({ t: 'line', x1: x, y1: y + 3, x2: x, y2: y + rowHeight - 3, stroke: INK, width: 2 });
      }
      y += rowHeight;
    });
    items.push({ t: 'line', x1: left, y1: top, x2: left, y2: top + plotHeight, stroke: INK, width: 1 });
    for (const mark of spec.marks.filter((item) => item.at === undefined)) {
      const x = scale(mark.value);
      items.push({ t: 'line', x1: x, y1: top, x2: x, y2: top + plotHeight, stroke: INK, width: 1.5, dash: '6 3' });
      items.push({ t: 'text', x: x + 3, y: top + 10, text: noteNumber(mark.label), size: 11, weight: 700, fill: INK });
    }
    for (const mark of spec.marks.filter((item) => item.at !== undefined)) notes.push(`${mark.at}: ${mark.label}`);
    const unitY = top + plotHeight + 34;
    items.push({ t: 'text', x: (left + right) / 2, y: unitY, text: axis.unit, size: 12, anchor: 'middle', fill: INK });
    for (const note of spec.notes) notes.push(note.label);
    return { width, height: unitY + 10, items, notes };
  }

  // Values up the side.
  const tickWidth = Math.max(...axis.ticks.map((tick) => textWidth(axis.label(tick), 11)));
  const left = Math.ceil(tickWidth) + 28;
  const right = width - 16;
  const plotTop = top + 4;
  const plotHeight = 280;
  const bottom = plotTop + plotHeight;
  const scaleY = (value: number) => bottom - ((value - axis.min) / (axis.max - axis.min)) * plotHeight;
  for (const tick of axis.ticks) {
    const y = scaleY(tick);
    items.push({ t: 'line', x1: left, y1: y, x2: right, y2: y, stroke: GRID, width: 1, dash: '3 3' });
    items.push({ t: 'text', x: left - 6, y: y + 4, text: axis.label(tick), size: 11, anchor: 'end', fill: MUTED });
  }
  items.push({
    t: 'text',
    x: 12,
    y: (plotTop + bottom) / 2,
    text: axis.unit,
    size: 12,
    anchor: 'middle',
    fill: INK,
    rotate: -90,
  });
  let xAxisHeight = 24;

  if (spec.type !== 'line') {
    const count = Math.max(1, spec.x.values.length);
    const band = (right - left) / count;
    const bars = Math.max(1, spec.series.length);
    const barWidth = Math.min(48, (band * 0.7) / bars);
    spec.x.values.forEach((category, index) => {
      const start = left + band * index + (band - barWidth * bars) / 2;
      spec.series.forEach((series, seriesIndex) => {
        const point = series.points[index];
        if (!point || point.value === null) return;
        const y0 = scaleY(Math.max(0, point.value));
        const y1 = scaleY(Math.min(0, point.value));
        const hatched = series.style === 'hatched' || point.provenance === 'illustrative';
        items.push({
          t: 'rect',
          x: start + seriesIndex * barWidth,
          y: y0,
          w: barWidth - 2,
          h: Math.max(1, y1 - y0),
          fill: hatched ? PAPER : series.color,
          stroke: series.color,
          ...(hatched ? { dash: '2 3' } : {}),
          title: describe(series, category, point.value),
          value: point.value,
        });
      });
      const lines = wrapText(category, band - 6, 11);
      lines.forEach((line, lineIndex) =>
        items.push({
          t: 'text',
          x: left + band * index + band / 2,
          y: bottom + 16 + lineIndex * 13,
          text: line,
          size: 11,
          anchor: 'middle',
          fill: INK,
        }),
      );
      xAxisHeight = Math.max(xAxisHeight, 16 + lines.length * 13);
    });
  } else {
    const days = spec.x.values.map(dayOf);
    const first = Math.min(...days);
    const last = Math.max(...days);
    const span = Math.max(1, last - first);
    const scaleX = (day: number) => left + ((day - first) / span) * (right - left);
    // Month ticks, at most seven.
    const months: string[] = [];
    const startYear = Number(spec.x.values[0]?.slice(0, 4) ?? 2000);
    const endIso = spec.x.values.at(-1) ?? '';
    for (let year = startYear; year <= Number(endIso.slice(0, 4) || startYear); year += 1)
      for (let month = 1; month <= 12; month += 1) {
        const iso = `${year}-${String(month).padStart(2, '0')}-01`;
        if (dayOf(iso) >= first && dayOf(iso) <= last) months.push(iso);
      }
    const every = Math.max(1, Math.ceil(months.length / 6));
    months
      .filter((_, index) => index % every === 0)
      .forEach((iso) => {
        const x = scaleX(dayOf(iso));
        items.push({ t: 'line', x1: x, y1: bottom, x2: x, y2: bottom + 4, stroke: INK, width: 1 });
        items.push({
          t: 'text',
          x,
          y: bottom + 16,
          text: formatDate(iso.slice(0, 7), lang),
          size: 11,
          anchor: 'middle',
          fill: MUTED,
        });
      });
    for (const note of spec.notes) {
      if (note.at === undefined) {
        notes.push(note.label);
        continue;
      }
      const x = scaleX(dayOf(note.at));
      items.push({
        t: 'line',
        x1: x,
        y1: plotTop,
        x2: x,
        y2: bottom,
        stroke: note.kind === 'break' ? color.seriesBreak : MUTED,
        width: 1,
        dash: '4 4',
      });
      items.push({
        t: 'circle',
        cx: x,
        cy: plotTop + 2,
        r: 7,
        fill: PAPER,
        stroke: note.kind === 'break' ? color.seriesBreak : MUTED,
      });
      items.push({
        t: 'text',
        x,
        y: plotTop + 6,
        text: noteNumber(note.label),
        size: 10,
        anchor: 'middle',
        weight: 700,
        fill: INK,
      });
    }
    for (const series of spec.series) {
      const drawn = series.points
        .map((point, index) => ({ point, day: days[index] ?? first, iso: spec.x.values[index] ?? '' }))
        .filter((entry) => entry.point.value !== null);
      if (!series.pointsOnly && drawn.length > 1) {
        const d = drawn
          .map(
            (entry, index) =>
              `${index === 0 ? 'M' : 'L'}${scaleX(entry.day).toFixed(1)},${scaleY(entry.point.value ?? 0).toFixed(1)}`,
          )
          .join(' ');
        items.push({
          t: 'path',
          d,
          stroke: series.color,
          width: 2,
          ...(dashOf[series.style] ? { dash: dashOf[series.style] ?? '' } : {}),
        });
      }
      const dense = drawn.length > 80;
      for (const entry of drawn) {
        const value = entry.point.value ?? 0;
        if (entry.point.ghost !== undefined && entry.point.ghost !== null)
          items.push({
            t: 'circle',
            cx: scaleX(entry.day),
            cy: scaleY(entry.point.ghost),
            r: 3,
            fill: 'none',
            stroke: GHOST,
            dash: '2 2',
          });
        const look = marker(entry.point, series.color);
        items.push({
          t: 'circle',
          cx: scaleX(entry.day),
          cy: scaleY(value),
          r: series.pointsOnly ? 5 : dense ? 1.5 : 3.5,
          fill: look.fill,
          stroke: series.color,
          ...(look.dash ? { dash: look.dash } : {}),
          title: describe(series, entry.iso, value),
          value,
        });
      }
    }
  }
  for (const mark of spec.marks) {
    const y = scaleY(mark.value);
    items.push({ t: 'line', x1: left, y1: y, x2: right, y2: y, stroke: INK, width: 1.5, dash: '6 3' });
    items.push({
      t: 'text',
      x: right - 4,
      y: y - 4,
      text: noteNumber(mark.label),
      size: 11,
      anchor: 'end',
      weight: 700,
      fill: INK,
    });
  }
  if (spec.type !== 'line') for (const note of spec.notes) notes.push(note.label);
  items.push({ t: 'line', x1: left, y1: bottom, x2: right, y2: bottom, stroke: INK, width: 1 });
  if (axis.min > 0)
    // A broken-axis mark where zero would be: the axis is cut (its note says where it starts).
    items.push({
      t: 'path',
      d: `M${left - 5},${bottom + 2} L${left},${bottom - 2} L${left + 5},${bottom + 2}`,
      stroke: INK,
      width: 1.5,
    });
  return { width, height: bottom + xAxisHeight + 6, items, notes };
}

/** Text with the characters XML 1.0 forbids removed (a NUL in a name must not break the file). */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- these are exactly the characters XML forbids
  return text.replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '');
}
