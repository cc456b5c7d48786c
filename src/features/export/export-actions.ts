// The effects of exporting (canvas, downloads, clipboard). Loaded only when a user asks for an
// export, together with Papa Parse and the snapshot renderer. Every file is written from the
// panel spec: the chart is drawn by the static renderer, never scraped from the page.
import { formatDate } from '../../i18n/format';
import type { PanelData } from '../../lib/panel-data';
import type { Lang } from '../../lib/view-state';
import { renderSnapshotSvg, type Snapshot } from '../../components/static-chart/render-snapshot';
import { snapshotText } from '../../components/static-chart/snapshot-text';
import { panelToCsvInSlices, type CsvLabels } from './model/csv';
import { exportFileName } from '../../lib/export-file-name';
import { addPngDpi, addPngText, asciiJson } from './model/png-text';
import { yieldToMain } from '../../lib/yield-to-main';
import { st, type SnapshotKey } from '../../components/static-chart/messages';
import type { SubKey } from '../../i18n/i18n';
import { color } from '../../lib/tokens';
import { download } from '../../lib/download';

export const PNG_VIEW_KEYWORD = 'pledge-tracker:view';
/** PNGs are drawn at 2×: 144 dpi pastes at the intended size. */
export const PNG_SCALE = 2;
export const PNG_DPI = 72 * PNG_SCALE;

export interface ExportContext {
  panel: PanelData;
  lang: Lang;
  /** 'all': the CSV holds every row behind the panel, ignoring filters and downsampling. */
  scope: 'shown' | 'all';
  link: string;
  view: unknown;
  csv: CsvLabels;
}

export function buildSnapshot(context: Pick<ExportContext, 'panel' | 'lang' | 'link' | 'view'>): Snapshot {
  return renderSnapshotSvg(context.panel, context.lang, context.link, context.view);
}

/** Title, as-of, filters, rows, every source, dataset version and link above a CSV's table. */
export function csvPreamble(context: ExportContext): [string, string][] {
  const { panel, lang } = context;
  const text = snapshotText(panel, lang);
  const t = (key: SubKey<SnapshotKey, 'csvMeta'>) => st(lang, `csvMeta.${key}`);
  const rows: [string, string][] = [[t('title'), panel.title]];
  if (panel.subtitle) rows.push([t('subtitle'), panel.subtitle]);
  rows.push([t('asOf'), formatDate(panel.asOf, lang)]);
  rows.push([t('filters'), context.scope === 'all' ? t('rowsAll') : text.filtersLine]);
  rows.push([t('rows'), context.scope === 'all' ? t('rowsAll') : t('rowsShown')]);
  for (const line of text.sourceLines) rows.push([t('source'), line]);
  rows.push([t('dataset'), panel.datasetVersion]);
  if (panel.demo) rows.push([t('demo'), st(lang, 'demo')]);
  if (context.link) rows.push([t('link'), context.link]);
  return rows;
}

function fileName(context: ExportContext, extension: 'png' | 'svg' | 'csv'): string {
  const scope = extension === 'csv' ? context.scope : 'shown';
  return exportFileName({
    panelId: context.panel.panelId,
    selection: context.panel.filters.applies ? context.panel.filters.text : null,
    asOf: context.panel.asOf,
    extension,
    scope,
    variant: context.link,
  });
}

async function rasterise(snapshot: Snapshot, scale = PNG_SCALE): Promise<Blob> {
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
    context.fillStyle = color.background;
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

/** PNG bytes of a snapshot, with its resolution (pHYs) and the view it shows (tEXt). */
export async function snapshotPng(snapshot: Snapshot, view: unknown): Promise<Uint8Array> {
  const raw = new Uint8Array(await (await rasterise(snapshot)).arrayBuffer());
  return addPngText(addPngDpi(raw, PNG_DPI), PNG_VIEW_KEYWORD, asciiJson(view));
}

export async function pngBlob(context: ExportContext): Promise<Blob> {
  const bytes = await snapshotPng(buildSnapshot(context), context.view);
  return new Blob([new Uint8Array(bytes)], { type: 'image/png' });
}

export async function downloadPng(context: ExportContext): Promise<void> {
  download(await pngBlob(context), fileName(context, 'png'));
}

export function downloadSvg(context: ExportContext): void {
  download(new Blob([buildSnapshot(context).svg], { type: 'image/svg+xml;charset=utf-8' }), fileName(context, 'svg'));
}

export async function downloadCsv(context: ExportContext): Promise<void> {
  const csv = await panelToCsvInSlices(context.panel, { ...context.csv, preamble: csvPreamble(context) }, yieldToMain);
  download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName(context, 'csv'));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The caption and source line that travel with a copied chart, as HTML and as plain text. */
export function clipboardText(
  context: Pick<ExportContext, 'panel' | 'lang' | 'link'>,
  pngDataUrl: string,
): { html: string; text: string } {
  const text = snapshotText(context.panel, context.lang);
  const sources = `${text.sourcesHeading} ${text.sourceLines.join('; ')}`;
  const caption = [text.title, text.filtersLine, text.asOfLine].join(' — ');
  const html =
    `<figure data-pledge-tracker-view="${escapeHtml(context.link)}">` +
    `<img src="${pngDataUrl}" alt="${escapeHtml(text.title)}">` +
    `<figcaption><strong>${escapeHtml(text.title)}</strong><br>${escapeHtml(text.filtersLine)} · ${escapeHtml(text.asOfLine)}` +
    `${text.demoLine ? `<br><strong>${escapeHtml(text.demoLine)}</strong>` : ''}` +
    `<br><small>${escapeHtml(sources)}</small>` +
    `${context.link ? `<br><a href="${escapeHtml(context.link)}">${escapeHtml(context.link)}</a>` : ''}</figcaption></figure>`;
  const plain = [caption, text.demoLine, sources, context.link].filter(Boolean).join('\n');
  return { html, text: plain };
}

export function clipboardAvailable(): boolean {
  return typeof ClipboardItem !== 'undefined' && !!navigator.clipboard?.write && window.isSecureContext;
}

/**
 * One copy puts the PNG (with its view chunk), an HTML figure with caption and source line,
 * and plain text on the clipboard together. Where there is no clipboard (plain-http intranet
 * pages), throws 'clipboard-unsupported' so the menu can say so and offer the download.
 */
export async function copyPng(context: ExportContext): Promise<void> {
  if (!clipboardAvailable()) throw new Error('clipboard-unsupported');
  const png = pngBlob(context);
  const parts = png.then(async (blob) => {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let index = 0; index < bytes.length; index += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
    return clipboardText(context, `data:image/png;base64,${btoa(binary)}`);
  });
  // Promises, so the user gesture is still alive when the browser asks for the data.
  await navigator.clipboard.write([
    new ClipboardItem({
      'image/png': png,
      'text/html': parts.then((value) => new Blob([value.html], { type: 'text/html' })),
      'text/plain': parts.then((value) => new Blob([value.text], { type: 'text/plain' })),
    }),
  ]);
}

/** Where the clipboard is missing: the PNG downloaded instead (the menu says so). */
export async function copyFallback(context: ExportContext): Promise<void> {
  await downloadPng(context);
}
