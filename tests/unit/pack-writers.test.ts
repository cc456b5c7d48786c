// @vitest-environment node
// The deck and the workbook opened by an independent reader (a zip reader and the XML inside):
// a native chart part with the exact series values, sheets with numbers (not text) in a 조/억
// format, and a metadata sheet that lists every source.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writePptx } from '../../src/features/pack/writers/pptx';
import { writeXlsx } from '../../src/features/pack/writers/xlsx';
import { KO_AMOUNT_FORMAT } from '../../src/features/pack/writers/number-format';
import { packDocument } from '../support/pack-document';
import { defaultResources } from '../../mocks/resources';
import { formatDate } from '../../src/i18n/format';

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const panels = ['pledged-vs-reported', 'five-bank-corporate-loans', 'five-bank-corporate-loan-changes-large-sme'];

async function unzip(blob: Blob): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe('the deck', () => {
  it('has one chart slide and a data slide per item, native charts with the exact values, notes and Korean fonts', async () => {
    const document = packDocument('ko', panels);
    expect(document.items).toHaveLength(3);
    const files = await unzip(await writePptx(document));
    const charts = Object.keys(files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name));
    expect(charts).toHaveLength(3);
    const chartXml = charts.map((name) => files[name] ?? '').join('\n');
    for (const item of document.items)
      for (const series of item.spec.chart.series)
        for (const point of series.points)
          if (point.value !== null) expect(chartXml).toContain(`<c:v>${point.value}</c:v>`);
    expect(chartXml).toContain('<c:barChart>');
    expect(chartXml).toContain('<c:lineChart>');
    // An embedded workbook per chart: PowerPoint's "Edit Data".
    expect(Object.keys(files).filter((name) => /^ppt\/embeddings\/.*\.xlsx$/.test(name))).toHaveLength(3);
    const slides = Object.keys(files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides.length).toBeGreaterThanOrEqual(1 + 3 * 2);
    const slideXml = slides.map((name) => files[name] ?? '').join('\n');
    for (const item of document.items) expect(slideXml).toContain(xml(item.takeaway));
    expect(slideXml).toContain('Malgun Gothic');
    expect(slideXml).toContain(`${formatDate(defaultResources.meta.asOf, 'ko')} 기준`);
    const notes = Object.keys(files)
      .filter((name) => /^ppt\/notesSlides\/.*\.xml$/.test(name))
      .map((name) => files[name] ?? '')
      .join('\n');
    expect(notes).toContain('150조원');
  });

  it('uses the page size asked for', async () => {
    const files = await unzip(await writePptx({ ...packDocument('en', panels.slice(0, 1)), pageSize: 'a4' }));
    // A4 landscape: 11.69 × 8.27 in, in EMU.
    expect(files['ppt/presentation.xml']).toMatch(/<p:sldSz cx="1068\d{4}" cy="756\d{4}"/);
  });
});

describe('the workbook', () => {
  it('has a README, one sheet per item with amounts as numbers in a 조/억 format, and a metadata sheet with every source', async () => {
    const document = packDocument('ko', panels);
    const files = await unzip(await writeXlsx(document));
    const workbook = files['xl/workbook.xml'] ?? '';
    expect(workbook).toContain('읽어보기');
    expect(workbook).toContain('메타데이터');
    const sheets = Object.keys(files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets).toHaveLength(5);
    const styles = files['xl/styles.xml'] ?? '';
    expect(styles).toContain(xml(KO_AMOUNT_FORMAT));
    const first = files['xl/worksheets/sheet2.xml'] ?? '';
    // Pledged 150조 as the number of 억 (t absent = a number cell), never as text.
    expect(first).toMatch(/<c r="C\d+" s="\d+"><v>1500000<\/v><\/c>/);
    const shared = files['xl/sharedStrings.xml'] ?? '';
    const everything = shared + sheets.map((name) => files[name] ?? '').join('');
    for (const item of document.items)
      for (const source of item.spec.sources) {
        expect(everything).toContain(source.publisher.ko.replace(/&/g, '&amp;'));
        if (source.url) expect(everything).toContain(source.url.replace(/&/g, '&amp;'));
      }
    expect(everything).toContain('데이터셋 버전');
  });
});
