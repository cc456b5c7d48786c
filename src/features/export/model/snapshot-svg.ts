// A self-describing snapshot as one standalone SVG: header (title, what is selected, the
// filters in words), the chart, a legend drawn inside the SVG, and a footer (as-of date,
// sources, illustrative marker, a link that reopens the view). The view state rides along
// in <metadata>. Pure: the chart markup comes in as a string.
import type { ChartSeries } from '../../../lib/panel-data';
import { isolate } from '../../../lib/bidi';

export interface SnapshotInput {
  chartSvg: string;
  chartWidth: number;
  chartHeight: number;
  title: string;
  subtitle: string;
  filtersLine: string;
  asOfLine: string;
  sourceLine: string;
  /** Set when any drawn figure is illustrative: shown as a marked banner. */
  illustrativeLine: string | null;
  derivedLine: string | null;
  link: string;
  legend: readonly Pick<ChartSeries, 'label' | 'color' | 'style' | 'pointsOnly'>[];
  lang: string;
  view: unknown;
}

export interface Snapshot {
  svg: string;
  width: number;
  height: number;
}

const FONT = "'Noto Sans KR', 'Malgun Gothic', 'Apple SD Gothic Neo', system-ui, sans-serif";
const METADATA_ID = 'pledge-tracker-view';

/** Text safe inside XML: markup escaped, characters XML 1.0 forbids removed. */
export function xmlText(text: string): string {
  return (
    text
      // Keep only characters XML 1.0 allows (tab, LF, CR and the printable planes).
      // eslint-disable-next-line no-control-regex
      .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** Greedy wrap by an approximate character budget (wide characters count double). */
export function wrap(text: string, maxUnits: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  let units = 0;
  for (const word of text.split(/(\s+)/)) {
    const width = [...word].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
    if (units + width > maxUnits && line.trim()) {
      lines.push(line.trim());
      line = '';
      units = 0;
      if (lines.length === maxLines) break;
    }
    if (width > maxUnits) {
      const chars = [...word];
      line += chars.slice(0, maxUnits).join('');
      units = maxUnits;
      continue;
    }
    line += word;
    units += width;
  }
  if (lines.length < maxLines && line.trim()) lines.push(line.trim());
  return lines;
}

function textLines(
  lines: readonly string[],
  x: number,
  y: number,
  size: number,
  options: { weight?: number; fill?: string } = {},
) {
  return lines
    .map(
      (line, index) =>
        `<text x="${x}" y="${y + index * (size + 5)}" font-size="${size}"${options.weight ? ` font-weight="${options.weight}"` : ''} fill="${options.fill ?? '#1b1f24'}">${xmlText(isolate(line))}</text>`,
    )
    .join('');
}

export function composeSnapshotSvg(input: SnapshotInput): Snapshot {
  const margin = 24;
  const width = Math.max(input.chartWidth + margin * 2, 800);
  const units = Math.floor((width - margin * 2) / 7.2);
  let y = margin + 14;
  const parts: string[] = [];

  const title = wrap(input.title, Math.floor(units * 0.7), 2);
  parts.push(textLines(title, margin, y + 6, 20, { weight: 700 }));
  y += title.length * 25 + 6;
  const subtitle = wrap(input.subtitle, units, 2);
  parts.push(textLines(subtitle, margin, y, 13, { fill: '#57606a' }));
  y += subtitle.length * 18;
  const filters = wrap(input.filtersLine, units, 3);
  parts.push(textLines(filters, margin, y, 13));
  y += filters.length * 18;
  if (input.illustrativeLine) {
    const lines = wrap(input.illustrativeLine, units - 4, 2);
    parts.push(
      `<rect x="${margin}" y="${y - 4}" width="${width - margin * 2}" height="${lines.length * 18 + 8}" fill="#f5f0ff" stroke="#6e40c9" stroke-dasharray="4 3"/>`,
    );
    parts.push(
      textLines(lines, margin + 8, y + 10, 13, {
        weight: 700,
        fill: '#6e40c9',
      }),
    );
    y += lines.length * 18 + 14;
  }
  y += 6;
  const chartY = y;
  y += input.chartHeight + 12;

  // Legend, inside the SVG.
  let x = margin;
  const legendParts: string[] = [];
  for (const item of input.legend) {
    const labelWidth = [...item.label].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? 13 : 7), 0);
    if (x + 28 + labelWidth > width - margin) {
      x = margin;
      y += 20;
    }
    const dash =
      item.style === 'dashed' ? ' stroke-dasharray="6 4"' : item.style === 'hatched' ? ' stroke-dasharray="2 3"' : '';
    legendParts.push(
      item.pointsOnly
        ? `<circle cx="${x + 9}" cy="${y - 4}" r="5" fill="#ffffff" stroke="${xmlText(item.color)}" stroke-width="2"${dash}/>`
        : `<line x1="${x}" y1="${y - 4}" x2="${x + 18}" y2="${y - 4}" stroke="${xmlText(item.color)}" stroke-width="3"${dash}/>`,
    );
    legendParts.push(
      `<text x="${x + 24}" y="${y}" font-size="12" fill="#1b1f24">${xmlText(isolate(item.label))}</text>`,
    );
    x += 24 + labelWidth + 18;
  }
  parts.push(`<g class="legend">${legendParts.join('')}</g>`);
  y += 26;

  const footer = [
    input.asOfLine,
    ...wrap(input.sourceLine, units, 6),
    ...(input.derivedLine ? [input.derivedLine] : []),
  ];
  parts.push(textLines(footer, margin, y, 12, { fill: '#57606a' }));
  y += footer.length * 17;
  parts.push(`<text x="${margin}" y="${y}" font-size="11" fill="#0b5cad">${xmlText(input.link)}</text>`);
  y += margin;

  const height = Math.ceil(y);
  const chart = input.chartSvg
    .replace(/^<svg\b/, `<svg x="${margin}" y="${chartY}"`)
    .replace(/<svg\b([^>]*?)\swidth="[^"]*"/, `<svg$1 width="${input.chartWidth}"`)
    .replace(/<svg\b([^>]*?)\sheight="[^"]*"/, `<svg$1 height="${input.chartHeight}"`);
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xmlText(FONT)}" lang="${xmlText(input.lang)}">` +
    `<title>${xmlText(input.title)}</title>` +
    `<metadata id="${METADATA_ID}">${xmlText(JSON.stringify(input.view))}</metadata>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    parts.join('') +
    chart +
    `</svg>`;
  return { svg, width, height };
}

/** The view state stored in a snapshot's <metadata>, or null. */
export function readSnapshotView(svg: string): unknown {
  const match = new RegExp(`<metadata id="${METADATA_ID}">([\\s\\S]*?)</metadata>`).exec(svg);
  if (!match?.[1]) return null;
  const text = match[1]
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
