// The effects of exporting (DOM, canvas, downloads, clipboard). Loaded only when a user
// asks for an export, together with Papa Parse and the snapshot composer.
import type { PanelData } from '../../lib/panel-data';
import { panelToCsvInSlices, type CsvLabels } from './model/csv';
import { exportFileName } from './model/file-name';
import { addPngText, asciiJson } from './model/png-text';
import { composeSnapshotSvg, type Snapshot } from './model/snapshot-svg';
import { yieldToMain } from '../../lib/yield-to-main';

export const PNG_VIEW_KEYWORD = 'pledge-tracker:view';

export interface ExportContext {
  panel: PanelData;
  /** The panel's element: its drawn chart is serialised from here. */
  root: HTMLElement;
  lang: string;
  filtersLine: string;
  asOfLine: string;
  sourceLine: string;
  illustrativeLine: string | null;
  derivedLine: string | null;
  selection: string;
  link: string;
  view: unknown;
  csv: CsvLabels;
}

function chartSvg(root: HTMLElement): {
  markup: string;
  width: number;
  height: number;
} {
  const svg = root.querySelector<SVGSVGElement>('.recharts-wrapper > svg');
  if (!svg) throw new Error('chart-not-ready');
  const clone = svg.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) throw new Error('chart-not-ready');
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.removeAttribute('class');
  clone.removeAttribute('tabindex');
  clone.removeAttribute('style');
  const width = Number(svg.getAttribute('width')) || svg.clientWidth || 760;
  const height = Number(svg.getAttribute('height')) || svg.clientHeight || 340;
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return {
    markup: new XMLSerializer().serializeToString(clone),
    width,
    height,
  };
}

export function buildSnapshot(context: ExportContext): Snapshot {
  const chart = chartSvg(context.root);
  return composeSnapshotSvg({
    chartSvg: chart.markup,
    chartWidth: chart.width,
    chartHeight: chart.height,
    title: context.panel.title,
    subtitle: context.panel.subtitle,
    filtersLine: context.filtersLine,
    asOfLine: context.asOfLine,
    sourceLine: context.sourceLine,
    illustrativeLine: context.illustrativeLine,
    derivedLine: context.derivedLine,
    link: context.link,
    legend: context.panel.chart.series,
    lang: context.lang,
    view: context.view,
  });
}

function fileName(context: ExportContext, extension: 'png' | 'svg' | 'csv'): string {
  return exportFileName({
    panelId: context.panel.panelId,
    selection: context.selection,
    asOf: context.panel.asOf,
    extension,
  });
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function rasterise(snapshot: Snapshot, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([snapshot.svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = snapshot.width * scale;
    canvas.height = snapshot.height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no-canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    // Encoded here and now: toBlob (and OffscreenCanvas.convertToBlob) wait for the page to
    // be idle, which took a second after an export click in Chromium (docs/performance.md).
    const dataUrl = canvas.toDataURL('image/png');
    const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
    return new Blob([bytes], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function pngBlob(context: ExportContext): Promise<Blob> {
  const raw = new Uint8Array(await (await rasterise(buildSnapshot(context))).arrayBuffer());
  const withView = addPngText(raw, PNG_VIEW_KEYWORD, asciiJson(context.view));
  return new Blob([new Uint8Array(withView)], { type: 'image/png' });
}

export async function downloadPng(context: ExportContext): Promise<void> {
  download(await pngBlob(context), fileName(context, 'png'));
}

export function downloadSvg(context: ExportContext): void {
  download(
    new Blob([buildSnapshot(context).svg], {
      type: 'image/svg+xml;charset=utf-8',
    }),
    fileName(context, 'svg'),
  );
}

export async function downloadCsv(context: ExportContext): Promise<void> {
  const csv = await panelToCsvInSlices(context.panel, context.csv, yieldToMain);
  download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName(context, 'csv'));
}

export async function copyPng(context: ExportContext): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) throw new Error('clipboard-unsupported');
  // The promise form keeps the user gesture alive in browsers that require it.
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': pngBlob(context) })]);
}
