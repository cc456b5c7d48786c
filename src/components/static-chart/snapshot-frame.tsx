// The snapshot frame as ONE component: title, subtitle, filters (or that they do not apply),
// DEMO banner, the chart drawn from its spec, numbered notes, and a footer with as-of, every
// source, the provenance mix, the dataset version and a clickable permalink. Nothing is cut:
// every text wraps and the image grows to hold it. The view rides along in <metadata>.
import type { PanelData } from '../../lib/panel-data';
import type { Lang } from '../../lib/view-state';
import { safeExternalUrl } from '../../lib/safe-url';
import { layoutChart, textWidth, wrapText, xmlSafe, type Scene } from './scene';
import { SceneSvg } from './scene-svg';
import { snapshotText } from './snapshot-text';
import { st } from './messages';
import { chartFontSize as type, color } from '../../lib/tokens';

export const SNAPSHOT_METADATA_ID = 'pledge-tracker-view';
export const SNAPSHOT_FONT =
  "'Malgun Gothic', '맑은 고딕', 'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', system-ui, sans-serif";
const MARGIN = 24;

interface Line {
  text: string;
  size: number;
  weight?: number;
  fill?: string;
  href?: string;
}

export interface FrameLayout {
  width: number;
  height: number;
  header: { y: number; line: Line }[];
  banner: { y: number; height: number; lines: { y: number; line: Line }[] } | null;
  chartY: number;
  scene: Scene;
  footer: { y: number; line: Line }[];
}

/** Breaks a URL into pieces that fit (it has no spaces to wrap at). */
function urlLines(url: string, maxWidth: number, size: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const char of url) {
    if (textWidth(current + char, size) > maxWidth && current) {
      lines.push(current);
      current = '';
    }
    current += char;
  }
  if (current) lines.push(current);
  return lines;
}

export function frameLayout(panel: PanelData, lang: Lang, link: string, chartWidth = 760): FrameLayout {
  const width = chartWidth + MARGIN * 2;
  const inner = width - MARGIN * 2;
  const text = snapshotText(panel, lang);
  const scene = layoutChart(panel.chart, lang, {
    width: chartWidth,
    axisUnits: { count: st(lang, 'axis.count'), percent: st(lang, 'axis.percent') },
    axisStart: (value) => st(lang, 'axis.start', { value }),
  });
  let y = MARGIN;
  const place = (into: { y: number; line: Line }[], lines: readonly Line[], gap = 0) => {
    for (const line of lines) {
      y += line.size + 5;
      into.push({ y, line });
    }
    y += gap;
  };
  const wrapped = (value: string, size: number, extra: Omit<Line, 'text' | 'size'> = {}) =>
    wrapText(value, inner, size).map((line) => ({ text: line, size, ...extra }));

  const header: { y: number; line: Line }[] = [];
  place(header, wrapped(text.title, type.title, { weight: 700 }), 2);
  if (text.subtitle) place(header, wrapped(text.subtitle, type.label, { fill: color.muted }));
  place(header, wrapped(text.filtersLine, type.label), 6);

  let banner: FrameLayout['banner'] = null;
  const bannerText = [text.demoLine, text.illustrativeLine].filter((line): line is string => !!line);
  if (bannerText.length) {
    const top = y;
    const lines: { y: number; line: Line }[] = [];
    y += 4;
    for (const value of bannerText)
      for (const line of wrapText(value, inner - 16, type.label)) {
        y += 18;
        lines.push({ y, line: { text: line, size: type.label, weight: 700, fill: color.illustrative } });
      }
    y += 8;
    banner = { y: top, height: y - top, lines };
    y += 8;
  }

  const chartY = y;
  y += scene.height + 8;

  const footer: { y: number; line: Line }[] = [];
  if (scene.notes.length) {
    place(footer, [{ text: text.notesHeading, size: type.body, weight: 700 }]);
    scene.notes.forEach((note, index) => place(footer, wrapped(`${index + 1}. ${note}`, type.body)));
    y += 6;
  }
  place(footer, wrapped(text.asOfLine, type.body, { fill: color.muted }));
  place(footer, [{ text: text.sourcesHeading, size: type.body, fill: color.muted }]);
  for (const source of text.sourceLines) place(footer, wrapped(`• ${source}`, type.body, { fill: color.muted }));
  place(footer, wrapped(text.mixLine, type.body, { fill: color.muted }));
  if (text.derivedLine) place(footer, wrapped(text.derivedLine, type.body, { fill: color.muted }));
  place(footer, wrapped(text.datasetLine, type.body, { fill: color.muted }));
  const href = safeExternalUrl(link);
  if (href) {
    place(footer, [{ text: text.openView, size: type.small, fill: color.muted }]);
    place(
      footer,
      urlLines(href, inner, type.small).map((line) => ({ text: line, size: type.small, fill: color.accent, href })),
    );
  }
  y += MARGIN;
  return { width, height: Math.ceil(y), header, banner, chartY, scene, footer };
}

function FrameText({ y, line }: { y: number; line: Line }) {
  const text = (
    <text x={MARGIN} y={y} fontSize={line.size} fontWeight={line.weight} fill={line.fill ?? color.ink}>
      {xmlSafe(line.text)}
    </text>
  );
  return line.href ? (
    <a href={xmlSafe(line.href)} target="_blank">
      {text}
    </a>
  ) : (
    text
  );
}

interface FrameProps {
  panel: PanelData;
  lang: Lang;
  link: string;
  view: unknown;
  layout?: FrameLayout;
}

export function SnapshotFrame({ panel, lang, link, view, layout: given }: FrameProps) {
  const layout = given ?? frameLayout(panel, lang, link);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      xmlnsXlink="http://www.w3.org/1999/xlink"
      version="1.1"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      fontFamily={SNAPSHOT_FONT}
      lang={lang}
      role="img"
      aria-label={xmlSafe(panel.title)}
    >
      <title>{xmlSafe(panel.title)}</title>
      <metadata id={SNAPSHOT_METADATA_ID}>{JSON.stringify(view)}</metadata>
      <rect width="100%" height="100%" fill={color.background} />
      {layout.header.map((entry, index) => (
        <FrameText key={`h${index}`} {...entry} />
      ))}
      {layout.banner ? (
        <g className="banner">
          <rect
            x={MARGIN}
            y={layout.banner.y}
            width={layout.width - MARGIN * 2}
            height={layout.banner.height}
            fill={color.illustrativeTint}
            stroke={color.illustrative}
            strokeDasharray="4 3"
          />
          {layout.banner.lines.map((entry, index) => (
            <text
              key={index}
              x={MARGIN + 8}
              y={entry.y}
              fontSize={entry.line.size}
              fontWeight={entry.line.weight}
              fill={entry.line.fill}
            >
              {xmlSafe(entry.line.text)}
            </text>
          ))}
        </g>
      ) : null}
      <SceneSvg scene={layout.scene} x={MARGIN} y={layout.chartY} />
      {layout.footer.map((entry, index) => (
        <FrameText key={`f${index}`} {...entry} />
      ))}
    </svg>
  );
}
