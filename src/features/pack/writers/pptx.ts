// The pack as a PowerPoint deck (pptxgenjs, loaded only when asked for): one slide per item
// with its takeaway title, a native editable chart (bars or lines, with its embedded workbook),
// and a footer with sources, provenance mix, as-of, filters and dataset version; then a
// data-table slide per chart; speaker notes with the figures in words. Fonts are named in
// Korean-capable faces ("Malgun Gothic"/"맑은 고딕") so Windows PowerPoint and Hancom render them.
import PptxGenJS from 'pptxgenjs';
import { exactValue } from '../../../components/static-chart/scene';
import { filtersLine, sourceLine } from '../../../components/static-chart/snapshot-text';
import { formatDate } from '../../../i18n/format';
import { translate, type SubKey } from '../../../i18n/i18n';
import { provenanceMix, type PanelData } from '../../../lib/panel-data';
import { color, officeColor } from '../../../lib/tokens';
import type { Lang } from '../../../lib/view-state';
import type { PackDocument } from '../model/document';
import type { PageSize } from '../model/pack';
import { amountFormat } from './number-format';
import { FONT_EN, FONT_KO } from './pptx-fonts';
import { pt, type PackPageKey } from '../messages';
import { st } from '../../../components/static-chart/messages';

const layouts: Record<PageSize, { name: string; width: number; height: number }> = {
  '16:9': { name: 'LAYOUT_16x9', width: 10, height: 5.625 },
  '4:3': { name: 'LAYOUT_4x3', width: 10, height: 7.5 },
  a4: { name: 'A4_LANDSCAPE', width: 11.69, height: 8.27 },
};

/** Points written into the notes before the rest is left to the data slide. */
const NOTE_POINTS = 40;

function speakerNotes(spec: PanelData, lang: Lang): string {
  const t = (key: SubKey<PackPageKey, 'notes'>, options?: Record<string, unknown>) => pt(lang, `notes.${key}`, options);
  const lines = [t('intro', { date: formatDate(spec.asOf, lang) })];
  let written = 0;
  let left = 0;
  for (const series of spec.chart.series) {
    series.points.forEach((point, index) => {
      const raw = spec.chart.x.values[index] ?? '';
      const x = spec.chart.x.kind === 'date' ? formatDate(raw, lang) : raw;
      if (point.value === null) return;
      if (written >= NOTE_POINTS) {
        left += 1;
        return;
      }
      written += 1;
      lines.push(t('point', { series: series.label, x, value: exactValue(point.value, spec.chart.y.unit, lang) }));
    });
  }
  if (left) lines.push(t('more', { count: left }));
  lines.push(filtersLine(spec, lang));
  lines.push(...spec.sources.map((source) => sourceLine(source, lang)));
  return lines.join('\n');
}

function footerText(spec: PanelData, lang: Lang): string {
  const mix = provenanceMix(spec.chart);
  const publishers = [...new Set(spec.sources.map((source) => source.publisher[lang]))].join(', ');
  return [
    `${pt(lang, 'footerSources')}: ${publishers || translate(lang, 'common:noSource')}`,
    st(lang, 'mix', { ...mix }),
    st(lang, 'asOf', { date: formatDate(spec.asOf, lang) }),
    filtersLine(spec, lang),
    st(lang, 'datasetVersion', { version: spec.datasetVersion }),
    ...(spec.demo ? [st(lang, 'demo')] : []),
  ].join(' · ');
}

/** The chart's series as pptxgenjs data: category labels and exact values (null = a gap). */
export function chartData(spec: PanelData, lang: Lang) {
  const labels = spec.chart.x.values.map((value) => (spec.chart.x.kind === 'date' ? formatDate(value, lang) : value));
  return spec.chart.series.map((series) => ({
    name: series.label,
    labels,
    values: series.points.map((point) => point.value),
  }));
}

function addChartSlide(pptx: PptxGenJS, spec: PanelData, takeaway: string, lang: Lang, size: PageSize) {
  const { width, height } = layouts[size];
  const font = lang === 'ko' ? FONT_KO : FONT_EN;
  const slide = pptx.addSlide();
  slide.addText(takeaway, {
    x: 0.4,
    y: 0.2,
    w: width - 0.8,
    h: 0.7,
    fontFace: font,
    fontSize: 22,
    bold: true,
    color: officeColor(color.ink),
    fit: 'shrink',
    lang: lang === 'ko' ? 'ko-KR' : 'en-US',
  });
  slide.addText(`${spec.title}${spec.subtitle ? ` — ${spec.subtitle}` : ''}`, {
    x: 0.4,
    y: 0.85,
    w: width - 0.8,
    h: 0.4,
    fontFace: font,
    fontSize: 11,
    color: officeColor(color.muted),
    fit: 'shrink',
  });
  const line = spec.chart.type === 'line';
  const format = spec.chart.y.unit === 'krw-eok' ? amountFormat(lang) : '#,##0.##';
  const vertical = !line && spec.chart.layout === 'vertical';
  slide.addChart(line ? pptx.ChartType.line : pptx.ChartType.bar, chartData(spec, lang), {
    x: 0.4,
    y: 1.3,
    w: width - 0.8,
    h: height - 2.3,
    barDir: vertical ? 'bar' : 'col',
    barGrouping: 'clustered',
    chartColors: spec.chart.series.map((series) => officeColor(series.color)),
    showLegend: true,
    legendPos: 'b',
    legendFontFace: font,
    legendFontSize: 10,
    catAxisLabelFontFace: font,
    catAxisLabelFontSize: 9,
    valAxisLabelFontFace: font,
    valAxisLabelFontSize: 9,
    valAxisLabelFormatCode: format,
    dataLabelFormatCode: format,
    displayBlanksAs: line ? 'span' : 'gap',
    lineDataSymbol: 'circle',
    lineDataSymbolSize: 5,
    lang: lang === 'ko' ? 'ko-KR' : 'en-US',
  });
  slide.addText(footerText(spec, lang), {
    x: 0.4,
    y: height - 0.95,
    w: width - 0.8,
    h: 0.8,
    fontFace: font,
    fontSize: 8,
    color: officeColor(color.muted),
    valign: 'top',
    fit: 'shrink',
  });
  slide.addNotes(speakerNotes(spec, lang));
}

/** Rows per data slide: more go on the next one. */
const TABLE_ROWS = 14;

function addDataSlides(pptx: PptxGenJS, spec: PanelData, lang: Lang, size: PageSize) {
  const { width, height } = layouts[size];
  const font = lang === 'ko' ? FONT_KO : FONT_EN;
  const header = spec.columns.map((column) => ({
    text: column.label,
    options: { bold: true, fill: { color: officeColor(color.surfaceStrong) } },
  }));
  const body = spec.rows.map((row) =>
    spec.columns.map((column) => {
      const value = row.cells[column.key];
      return {
        text:
          typeof value === 'number' && column.unit
            ? exactValue(value, column.unit, lang)
            : value === null || value === undefined
              ? ''
              : String(value),
      };
    }),
  );
  for (let start = 0; start < Math.max(1, body.length); start += TABLE_ROWS) {
    const slide = pptx.addSlide();
    slide.addText(pt(lang, 'dataSlide', { title: spec.title }), {
      x: 0.4,
      y: 0.2,
      w: width - 0.8,
      h: 0.5,
      fontFace: font,
      fontSize: 16,
      bold: true,
      fit: 'shrink',
    });
    slide.addTable([header, ...body.slice(start, start + TABLE_ROWS)], {
      x: 0.4,
      y: 0.8,
      w: width - 0.8,
      fontFace: font,
      fontSize: 8,
      border: { type: 'solid', pt: 0.5, color: officeColor(color.line) },
      autoPage: false,
    });
    slide.addText(footerText(spec, lang), {
      x: 0.4,
      y: height - 0.75,
      w: width - 0.8,
      h: 0.6,
      fontFace: font,
      fontSize: 7,
      color: officeColor(color.muted),
      fit: 'shrink',
    });
  }
}

export async function writePptx(document: PackDocument): Promise<Blob> {
  const pptx = new PptxGenJS();
  const layout = layouts[document.pageSize];
  if (document.pageSize === 'a4') pptx.defineLayout({ name: layout.name, width: layout.width, height: layout.height });
  pptx.layout = layout.name;
  pptx.title = document.title;
  pptx.author = 'Pledge Tracker';
  pptx.subject = document.link;
  const font = document.lang === 'ko' ? FONT_KO : FONT_EN;
  pptx.theme = { headFontFace: font, bodyFontFace: font };
  const lang = document.lang;
  const cover = pptx.addSlide();
  cover.addText(document.title, {
    x: 0.5,
    y: 1.4,
    w: layout.width - 1,
    h: 1.2,
    fontFace: font,
    fontSize: 30,
    bold: true,
  });
  cover.addText(pt(lang, 'cover', { date: formatDate(document.date, lang), count: document.items.length }), {
    x: 0.5,
    y: 2.7,
    w: layout.width - 1,
    h: 0.6,
    fontFace: font,
    fontSize: 14,
    color: officeColor(color.muted),
  });
  cover.addText(document.link, {
    x: 0.5,
    y: 3.4,
    w: layout.width - 1,
    h: 0.8,
    fontFace: font,
    fontSize: 8,
    color: officeColor(color.accent),
    hyperlink: { url: document.link },
    fit: 'shrink',
  });
  for (const item of document.items) {
    addChartSlide(pptx, item.spec, item.takeaway, lang, document.pageSize);
    addDataSlides(pptx, item.spec, lang, document.pageSize);
  }
  const out = await pptx.write({ outputType: 'blob', compression: true });
  if (!(out instanceof Blob)) throw new Error('pptx-not-a-blob');
  return out;
}
