// The one place Recharts is used: draws a ChartSpec as bars or lines. Loaded lazily
// (React.lazy) so the overview's text renders before Recharts arrives. No animation: a
// chart that slides in delays reading and would be captured half-drawn by an export.
import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatDate, formatKrw, formatPercent } from '../../i18n/format';
import { isMessageKey, translate } from '../../i18n/i18n';
import type { ChartSeries, ChartSpec, ValueUnit } from '../../lib/panel-data';
import { chartRows, dayOf, GHOST, ghostKey, X_KEY } from './chart-rows';
import type { Lang } from '../../lib/view-state';
import { wrapLabel } from './wrap-label';
import { isolate } from '../../lib/bidi';
import { color } from '../../lib/tokens';
import { useElementWidth } from './use-element-width';
import { chartAxis, shortTickLabel } from './value-axis';

/** Drawn at the width of its panel; this until it is measured (and in tests, where nothing is). */
const CHART_WIDTH = 760;
/** Narrower than this, the chart scrolls sideways rather than crushing its labels. */
const MIN_CHART_WIDTH = 300;
const CHART_HEIGHT = 340;

interface Props {
  spec: ChartSpec;
  lang: Lang;
  /** Accessible name of the chart image (the panel title). */
  title: string;
}

export function formatValue(value: number, unit: ValueUnit, lang: Lang): string {
  switch (unit) {
    case 'krw-eok':
      return formatKrw(value, lang);
    case 'percent':
      return formatPercent(value, lang);
    case 'count':
      return formatCount(value, lang);
  }
}

function dayToIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function axisUnitLabel(unit: ValueUnit, lang: Lang): string {
  return translate(lang, `common:axisUnit.${unit}`);
}

const dash: Record<ChartSeries['style'], string | undefined> = {
  solid: undefined,
  dashed: '6 4',
  hatched: '2 3',
};

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: Record<string, unknown>;
  index?: number;
}

/** Filled marker for reported figures, hollow for derived, hollow and dotted for illustrative. */
/** " (derived)" etc. beside a value in the tooltip; the provenance comes from the data. */
function provenanceNote(provenance: string, lang: Lang): string {
  const key = `common:provenance.${provenance}`;
  return isMessageKey(key) ? ` (${translate(lang, key)})` : '';
}

function provenanceDot(series: ChartSeries) {
  function ProvenanceDot({ cx, cy, payload, index }: DotProps) {
    if (
      cx === undefined ||
      cy === undefined ||
      !payload ||
      payload[series.key] === null ||
      payload[series.key] === undefined
    ) {
      return <g key={`${series.key}-${index ?? 0}`} />;
    }
    const provenance = payload[`${series.key}__provenance`];
    const hollow = provenance === 'derived' || provenance === 'illustrative';
    return (
      <circle
        key={`${series.key}-${index ?? 0}`}
        cx={cx}
        cy={cy}
        r={series.pointsOnly ? 5 : 3.5}
        fill={hollow ? color.background : series.color}
        stroke={series.color}
        strokeWidth={2}
        strokeDasharray={provenance === 'illustrative' ? '2 2' : undefined}
      />
    );
  }
  return ProvenanceDot;
}

interface TooltipEntry {
  dataKey?: unknown;
  value?: unknown;
  payload?: unknown;
}

interface TooltipProps {
  active?: boolean | undefined;
  payload?: readonly TooltipEntry[] | undefined;
  label?: unknown;
  spec: ChartSpec;
  lang: Lang;
}

function ChartTooltip({ active, payload, label, spec, lang }: TooltipProps) {
  if (!active || !payload || payload.length === 0) return null;
  const heading =
    spec.x.kind === 'date' && typeof label === 'number' ? formatDate(dayToIso(label), lang) : String(label ?? '');
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__label">
        <bdi>{heading}</bdi>
      </p>
      <ul>
        {payload.map((entry) => {
          const series = spec.series.find((item) => item.key === entry.dataKey);
          if (!series || typeof entry.value !== 'number') return null;
          const datum = entry.payload;
          const provenance =
            datum !== null && typeof datum === 'object' ? Reflect.get(datum, `${series.key}__provenance`) : undefined;
          return (
            <li key={series.key}>
              <bdi>{series.label}</bdi>: <strong>{formatValue(entry.value, spec.y.unit, lang)}</strong>
              {typeof provenance === 'string' && provenance !== 'reported' ? provenanceNote(provenance, lang) : ''}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The category labels' column: 30% of the chart, within 100–200 px (two lines of wrapped text). */
function categoryAxisWidth(width: number): number {
  return Math.max(100, Math.min(200, Math.round(width * 0.3)));
}
const TICK_STYLE = { fontSize: 12 };
const MARGIN = { top: 16, right: 24, bottom: 8, left: 16 };

interface CategoryTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  /** Width units per line (a Hangul character counts two). */
  units: number;
}

/**
 * A category label (a pledge or an institution) in up to two lines, wrapped by estimate:
 * Recharts' own wrapping measures each word in the DOM on every redraw.
 */
function CategoryTick({ x, y, payload, units }: CategoryTickProps) {
  const label = String(payload?.value ?? '');
  const lines = wrapLabel(label, units, 2);
  return (
    <text x={x} y={y} textAnchor="end" fontSize={12} fill={color.ink}>
      {lines.length > 1 || lines[0] !== label ? <title>{isolate(label)}</title> : null}
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? (lines.length === 1 ? '0.35em' : '-0.25em') : '1.2em'}>
          {isolate(line)}
        </tspan>
      ))}
    </text>
  );
}

function PanelChart(props: Props) {
  const [measured, ref] = useElementWidth(CHART_WIDTH);
  const width = Math.max(MIN_CHART_WIDTH, measured);
  const start = useMemo(() => chartAxis(props.spec).baseline, [props.spec]);
  return (
    <div ref={ref} className="panel-chart">
      {start === null ? null : (
        // An axis that does not start at zero is marked where the reader looks first.
        <p className="panel-chart__axis-note" role="note">
          {translate(props.lang, 'panels:axisStart', { value: formatValue(start, props.spec.y.unit, props.lang) })}
        </p>
      )}
      <ChartAtWidth {...props} width={width} />
    </div>
  );
}

function ChartAtWidth({ spec, lang, title, width }: Props & { width: number }) {
  const { unit } = spec.y;
  // A value series with an earlier vintage's values draws them as faint outlined ghosts.
  const ghosted = (series: ChartSeries) =>
    spec.comparison !== undefined && series.role === 'value' && series.points.some((point) => point.ghost != null);
  const data = useMemo(() => chartRows(spec), [spec]);
  // The same round ticks as the exports (value-axis.ts), stable between redraws of the
  // same spec and language, so Recharts does not recompute its axes when only the size changed.
  const axis = useMemo(() => {
    const ticks = chartAxis(spec);
    const domain: [number, number] = [ticks.min, ticks.max];
    return {
      ...ticks,
      domain,
      formatTick: (value: number) => shortTickLabel(value, unit, ticks, lang),
      unitLabel: axisUnitLabel(unit, lang),
    };
  }, [spec, unit, lang]);
  const categoryWidth = categoryAxisWidth(width);
  const categoryTick = useMemo(() => {
    const units = Math.floor(categoryWidth / 6.6);
    return (tick: Omit<CategoryTickProps, 'units'>) => <CategoryTick {...tick} units={units} />;
  }, [categoryWidth]);
  const yLabel = useMemo(
    () => ({ value: axis.unitLabel, angle: -90, position: 'insideLeft' as const, offset: 0 }),
    [axis],
  );
  const xLabel = useMemo(() => ({ value: axis.unitLabel, position: 'insideBottomRight' as const, offset: -4 }), [axis]);
  const yAxis =
    spec.layout === 'vertical' ? (
      <YAxis type="category" dataKey={X_KEY} width={categoryWidth} interval={0} tick={categoryTick} />
    ) : (
      <YAxis
        type="number"
        width={80}
        domain={axis.domain}
        ticks={axis.ticks}
        interval={0}
        tickFormatter={axis.formatTick}
        label={yLabel}
        tick={TICK_STYLE}
      />
    );
  const common = {
    width,
    height: CHART_HEIGHT,
    data,
    margin: MARGIN,
    title,
    role: 'img',
    'aria-label': title,
  };
  if (spec.type !== 'line') {
    const vertical = spec.layout === 'vertical';
    const height = vertical ? Math.max(CHART_HEIGHT, 60 + data.length * 34) : CHART_HEIGHT;
    return (
      <BarChart {...common} height={height} layout={vertical ? 'vertical' : 'horizontal'}>
        {/* Grid lines along the values only: one per category would be noise. */}
        <CartesianGrid strokeDasharray="3 3" stroke={color.line} horizontal={!vertical} vertical={vertical} />
        {vertical ? (
          <XAxis
            type="number"
            domain={axis.domain}
            ticks={axis.ticks}
            tickFormatter={axis.formatTick}
            label={xLabel}
            tick={TICK_STYLE}
            interval={0}
          />
        ) : (
          <XAxis dataKey={X_KEY} tick={TICK_STYLE} />
        )}
        {yAxis}
        <Tooltip
          content={(props) => (
            <ChartTooltip active={props.active} payload={props.payload} label={props.label} spec={spec} lang={lang} />
          )}
        />
        <Legend itemSorter={null} />
        {spec.series.flatMap((series) => [
          <Bar
            key={series.key}
            dataKey={series.key}
            name={isolate(series.label)}
            fill={series.style === 'hatched' ? color.background : series.color}
            stroke={series.color}
            strokeWidth={series.style === 'hatched' ? 2 : 0}
            strokeDasharray={dash[series.style]}
            isAnimationActive={false}
          />,
          ...(ghosted(series)
            ? [
                <Bar
                  key={ghostKey(series.key)}
                  dataKey={ghostKey(series.key)}
                  name={isolate(`${series.label} — ${spec.comparison?.label ?? ''}`)}
                  fill="none"
                  stroke={GHOST}
                  strokeWidth={1.5}
                  strokeDasharray="3 2"
                  isAnimationActive={false}
                />,
              ]
            : []),
        ])}
      </BarChart>
    );
  }
  return (
    <LineChart {...common}>
      <CartesianGrid strokeDasharray="3 3" stroke={color.line} />
      <XAxis
        dataKey={X_KEY}
        type="number"
        domain={['dataMin', 'dataMax']}
        scale="time"
        tickFormatter={(value: number) => formatDate(dayToIso(value).slice(0, 7), lang)}
        tick={TICK_STYLE}
        tickCount={6}
      />
      {yAxis}
      <Tooltip
        content={(props) => (
          <ChartTooltip active={props.active} payload={props.payload} label={props.label} spec={spec} lang={lang} />
        )}
      />
      <Legend itemSorter={null} />
      {spec.notes.map((note) =>
        note.at === undefined ? null : (
          <ReferenceLine
            key={`${note.kind}-${note.at}`}
            x={dayOf(note.at)}
            stroke={note.kind === 'break' ? color.seriesBreak : color.muted}
            strokeDasharray="4 4"
            label={{
              value: note.label,
              position: 'insideTopLeft',
              fontSize: 12,
              fill: color.ink,
            }}
          />
        ),
      )}
      {spec.series.filter(ghosted).map((series) => (
        <Line
          key={ghostKey(series.key)}
          dataKey={ghostKey(series.key)}
          name={isolate(`${series.label} — ${spec.comparison?.label ?? ''}`)}
          stroke="none"
          dot={{ r: 3, fill: 'none', stroke: GHOST, strokeDasharray: '2 2' }}
          activeDot={false}
          legendType="circle"
          isAnimationActive={false}
        />
      ))}
      {spec.series.map((series) => (
        <Line
          key={series.key}
          dataKey={series.key}
          name={isolate(series.label)}
          stroke={series.pointsOnly ? 'none' : series.color}
          strokeWidth={2}
          strokeDasharray={dash[series.style]}
          dot={provenanceDot(series)}
          activeDot={false}
          connectNulls={!series.pointsOnly}
          legendType={series.pointsOnly ? 'circle' : 'line'}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}

// Memoised: a filter change re-renders the page, but a chart whose spec did not change
// (every context indicator) is not drawn again.
export default memo(PanelChart);
