// @vitest-environment node
// A real office suite reads what we write: LibreOffice (headless, from Debian; .ci/run installs
// it) converts the deck to PDF and the workbook to CSV, and the text that comes out still has
// the title, the as-of date, a source and the Korean labels.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../mocks/resources';
import { writePptx } from '../../src/features/pack/writers/pptx';
import { writeXlsx } from '../../src/features/pack/writers/xlsx';
import { formatDate } from '../../src/i18n/format';
import { packDocument } from '../support/pack-document';

const dir = mkdtempSync(join(tmpdir(), 'pack-office-'));
const soffice = process.env.SOFFICE_PATH ?? 'soffice';

function convert(file: string, to: string): void {
  execFileSync(
    soffice,
    ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', to, '--outdir', dir, file],
    { stdio: 'pipe', timeout: 50_000 },
  );
}

const document = packDocument('ko', ['pledged-vs-reported', 'tech-credit-all-banks', 'five-bank-corporate-loans']);
const asOf = formatDate(defaultResources.meta.asOf, 'ko');
const source = document.items[0]?.spec.sources[0];

describe('LibreOffice', () => {
  it('converts the deck to a PDF with the title, the as-of date, a source and Korean labels', async () => {
    const file = join(dir, 'deck.pptx');
    writeFileSync(file, new Uint8Array(await (await writePptx(document)).arrayBuffer()));
    convert(file, 'pdf');
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'deck.pdf'), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      '',
    );
    expect(text).toContain(document.title.replace(/\s+/g, ''));
    expect(text).toContain(`${asOf}기준`.replace(/\s+/g, ''));
    expect(text).toContain(source?.publisher.ko.replace(/\s+/g, ''));
    for (const item of document.items) expect(text).toContain(item.takeaway.replace(/\s+/g, ''));
    // A category label and a value-axis label in Korean, drawn by LibreOffice from the native chart.
    expect(text).toContain('국민성장펀드');
    expect(text).toMatch(/\d+조/);
  });

  it('converts every sheet of the workbook to CSV with numbers, the sources and Korean labels', async () => {
    const file = join(dir, 'book.xlsx');
    writeFileSync(file, new Uint8Array(await (await writeXlsx(document)).arrayBuffer()));
    // 44,34,76: comma, quote, UTF-8; the last -1: every sheet to its own file (LibreOffice 7.2+).
    convert(file, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1');
    const csvs = readdirSync(dir).filter((name) => name.startsWith('book') && name.endsWith('.csv'));
    expect(csvs).toHaveLength(document.items.length + 2);
    const all = csvs.map((name) => readFileSync(join(dir, name), 'utf8')).join('\n');
    expect(all).toContain(document.title);
    expect(all).toContain(`${asOf} 기준`);
    expect(all).toContain(source?.publisher.ko);
    if (source?.url) expect(all).toContain(source.url);
    // The pledged 150조 stays a number of 억 (an unquoted field), not text.
    expect(all).toMatch(/국민성장펀드,[^,\n]*,1500000,1000000,7500,/);
    expect(readFileSync(join(dir, csvs.find((name) => name.includes('메타데이터')) ?? ''), 'utf8')).toContain('출처');
  });
});
