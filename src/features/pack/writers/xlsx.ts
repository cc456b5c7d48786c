// The pack as an Excel workbook (write-excel-file, loaded only when asked for): a README sheet,
// one sheet per item with the rows shown (amounts as NUMBERS in 억원 with a 조/억 or trillion
// format, never text; missing values empty, never 0), and a Metadata sheet: sources with
// title, date and address, provenance, disputes, series breaks, filters and dataset version.
import writeXlsxFile, { type Row, type Sheet } from 'write-excel-file/universal';
import { filtersLine } from '../../../components/static-chart/snapshot-text';
import { citedTitle } from '../../../lib/citation';
import { formatDate } from '../../../i18n/format';
import { translate, type SubKey } from '../../../i18n/i18n';
import { provenanceMix, type PanelData } from '../../../lib/panel-data';
import type { Lang } from '../../../lib/view-state';
import { packSources, type PackDocument } from '../model/document';
import { FONT_EN, FONT_KO } from './pptx-fonts';
import { amountFormat } from './number-format';
import { pt, type PackPageKey } from '../messages';
import { st } from '../../../components/static-chart/messages';

/** Excel: at most 31 characters, none of : \ / ? * [ ], unique. */
export function sheetName(text: string, taken: Set<string>): string {
  const cleaned = [...text]
    .map((char) => ((char.codePointAt(0) ?? 0) < 32 || ':\\/?*[]'.includes(char) ? ' ' : char))
    .join('');
  const base = cleaned.replace(/\s+/g, ' ').trim().slice(0, 28) || 'Sheet';
  let name = base;
  for (let number = 2; taken.has(name.toLowerCase()); number += 1) name = `${base.slice(0, 26)} ${number}`;
  taken.add(name.toLowerCase());
  return name;
}

/** A text cell that Excel must never read as a formula or a number. */
function textCell(value: string, bold = false): Row[number] {
  return { value, type: String, format: '@', ...(bold ? { fontWeight: 'bold' as const } : {}) };
}

function itemSheet(spec: PanelData, takeaway: string, lang: Lang, name: string): Sheet<Blob> {
  const format = amountFormat(lang);
  const provenanceLabel = (value: PanelData['rows'][number]['provenance']) =>
    translate(lang, `common:provenance.${value}`);
  const data: Row[] = [
    [textCell(takeaway, true)],
    [textCell(spec.title)],
    [textCell(st(lang, 'asOf', { date: formatDate(spec.asOf, lang) }))],
    [textCell(filtersLine(spec, lang))],
    [],
    [
      ...spec.columns.map((column) => textCell(column.label, true)),
      textCell(translate(lang, 'common:dataColumn'), true),
    ],
    ...spec.rows.map((row) => [
      ...spec.columns.map((column) => {
        const value = row.cells[column.key];
        if (value === null || value === undefined) return null;
        if (typeof value === 'number')
          return column.unit === 'krw-eok'
            ? { value, type: Number, format }
            : { value, type: Number, format: column.unit === 'percent' ? '0.##"%"' : '#,##0' };
        return textCell(value);
      }),
      textCell(provenanceLabel(row.provenance)),
    ]),
  ];
  return {
    data,
    sheet: name,
    columns: [...spec.columns.map((column) => ({ width: column.unit ? 22 : 36 })), { width: 14 }],
    stickyRowsCount: 6,
  };
}

function metadataSheet(document: PackDocument, names: string[], lang: Lang): Sheet<Blob> {
  const t = (key: SubKey<PackPageKey, 'workbook'>, options?: Record<string, unknown>) =>
    pt(lang, `workbook.${key}`, options);
  const rows: Row[] = [[textCell(t('metadata'), true)], []];
  rows.push([textCell(t('field'), true), textCell(t('value'), true)]);
  rows.push([
    textCell(t('datasetVersion')),
    textCell([...new Set(document.items.map((item) => item.spec.datasetVersion))].join(', ')),
  ]);
  if (document.items.some((item) => item.spec.demo)) rows.push([textCell(t('demo')), textCell(st(lang, 'demo'))]);
  rows.push([]);
  rows.push(
    [t('item'), t('sheet'), t('asOf'), t('filters'), t('provenance'), t('breaks')].map((label) =>
      textCell(label, true),
    ),
  );
  document.items.forEach((item, index) => {
    const mix = provenanceMix(item.spec.chart);
    rows.push([
      textCell(item.takeaway),
      textCell(names[index] ?? ''),
      textCell(formatDate(item.spec.asOf, lang)),
      textCell(filtersLine(item.spec, lang)),
      textCell(st(lang, 'mix', { ...mix })),
      textCell(item.spec.chart.notes.map((note) => note.label).join(' · ')),
    ]);
  });
  rows.push([]);
  rows.push([textCell(t('disputes'), true)]);
  for (const item of document.items)
    for (const row of item.spec.rows)
      if (row.note && /dispute|엇갈|논란|disputed/i.test(row.note))
        rows.push([textCell(item.spec.title), textCell(row.note)]);
  rows.push([]);
  rows.push(
    [t('source'), t('publisher'), t('sourceTitle'), t('sourceDate'), t('address')].map((label) =>
      textCell(label, true),
    ),
  );
  for (const source of packSources(document))
    rows.push([
      textCell(source.id),
      textCell(source.publisher[lang]),
      textCell(citedTitle(source, lang).text),
      textCell(formatDate(source.date, lang)),
      textCell(source.url ?? ''),
    ]);
  return {
    data: rows,
    sheet: t('metadata'),
    columns: [{ width: 40 }, { width: 24 }, { width: 60 }, { width: 40 }, { width: 40 }, { width: 40 }],
  };
}

function readmeSheet(document: PackDocument, lang: Lang): Sheet<Blob> {
  const t = (key: SubKey<PackPageKey, 'workbook'>) => pt(lang, `workbook.${key}`);
  return {
    data: [
      [textCell(document.title, true)],
      [textCell(pt(lang, 'cover', { date: formatDate(document.date, lang), count: document.items.length }))],
      [],
      [textCell(t('readmeLines'))],
      [],
      [textCell(document.link)],
    ],
    sheet: t('readme'),
    columns: [{ width: 120 }],
  };
}

export async function writeXlsx(document: PackDocument): Promise<Blob> {
  const lang = document.lang;
  const taken = new Set<string>([
    pt(lang, 'workbook.readme').toLowerCase(),
    pt(lang, 'workbook.metadata').toLowerCase(),
  ]);
  const names = document.items.map((item, index) => sheetName(`${index + 1} ${item.spec.title}`, taken));
  const sheets = [
    readmeSheet(document, lang),
    ...document.items.map((item, index) =>
      itemSheet(item.spec, item.takeaway, lang, names[index] ?? `Sheet ${index + 1}`),
    ),
    metadataSheet(document, names, lang),
  ];
  return writeXlsxFile(sheets, { fontFamily: lang === 'ko' ? FONT_KO : FONT_EN, fontSize: 10 }).toBlob();
}
