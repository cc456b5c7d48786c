// The import's row reader and checker (src/lib/desk-import.ts), which the server, MSW and the
// app's preview share: good rows become figure inputs, bad ones name their line and field.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../mocks/resources';
import { cellsToCsv, checkImportCsv, rowToInput } from '../../src/lib/desk-import';
import { importColumns } from '../../src/lib/desk-schemas';
import { previewRows } from '../../src/features/desk/model/import-preview';

const reference = { programs: defaultResources.programs.programs, indicators: defaultResources.indicators.indicators };
const header = importColumns.join(',');
const row = (subject: string, date: string, value: string, extra = { series: '', kind: '' }) =>
  `${subject},${extra.series},${extra.kind},${date},${value},disbursed,reported,,,,은행,"Bank, Inc.",공시,Disclosure,2026-11,https://example.org/d,`;

describe('rowToInput', () => {
  it('reads numbers as numbers, blanks as missing and keeps text as typed', () => {
    const input = rowToInput({
      value: ' 1500 ',
      date: '2026-06-30',
      money_basis: '',
      provenance: 'reported',
      unverified: 'yes',
      source_publisher_ko: '<b>은행</b>',
      note: '  ',
    });
    expect(input).toMatchObject({ value: 1500, date: '2026-06-30', moneyBasis: undefined, unverified: true });
    expect(input).toMatchObject({ source: { publisher: { ko: '<b>은행</b>', en: '' } }, note: undefined });
    expect(rowToInput({ value: '1.2.3' }).value).toBe('1.2.3');
    expect(rowToInput({ value: '' }).value).toBeUndefined();
  });
});

describe('checkImportCsv', () => {
  it('turns valid rows into figures for pledges and indicators', () => {
    const csv = [
      `\uFEFF${header}`,
      row('program:shinhan-total', '2026-06-30', '1000'),
      row('indicator:tech-credit-five-banks', '2026-08-31', '1570000', { series: 'five-banks', kind: 'month-end' }),
    ].join('\n');
    const result = checkImportCsv(reference, csv);
    expect(result.problem).toBeNull();
    expect(result.errors).toEqual([]);
    expect(
      result.rows.map((checked) => [checked.line, checked.figure?.subject.key, checked.figure?.input.value]),
    ).toEqual([
      [2, 'program:shinhan-total', 1000],
      [3, 'indicator:tech-credit-five-banks', 1_570_000],
    ]);
    expect(result.rows[0]?.figure?.input.source.publisher).toEqual({ ko: '은행', en: 'Bank, Inc.' });
  });

  it('names the line and field of every bad row, and saves nothing', () => {
    const csv = [
      header,
      row('program:shinhan-total', '2026-12-31', '3000'),
      row('program:shinhan-total', '2026-13-01', '3000'),
      row('program:no-such-pledge', '2026-12-31', '1'),
      row('program:shinhan-total', '2026-12-31', '12.5'),
      row('indicator:tech-credit-five-banks', '2026-08-31', '1', { series: 'five-banks', kind: '' }),
      row('indicator:tech-credit-five-banks', '2026-08-31', '1', { series: 'nope', kind: 'month-end' }),
      row('program:shinhan-total', '2026-12-31', '1.2.3'),
    ].join('\n');
    const result = checkImportCsv(reference, csv);
    expect(result.problem).toMatch(/problem\(s\) in the CSV; nothing was saved$/);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 3, field: 'date' }),
        { line: 4, field: 'subject', message: 'no program no-such-pledge' },
        { line: 5, field: 'value', message: 'expected a whole number of 억원' },
        expect.objectContaining({ line: 6, field: 'kind' }),
        { line: 7, field: 'seriesId', message: 'unknown series (one of five-banks)' },
        { line: 8, field: 'value', message: 'Invalid input' },
      ]),
    );
    expect(result.errors.some((error) => error.line === 2)).toBe(false);
    expect(result.rows[0]?.figure).toBeDefined();
    expect(result.rows.slice(1).every((checked) => checked.figure === undefined)).toBe(true);
  });

  it('refuses a file without the columns or without rows', () => {
    expect(checkImportCsv(reference, 'subject,date\nprogram:x,2026-01-01')).toMatchObject({
      problem: expect.stringContaining('the CSV lacks columns: series, kind'),
      errors: expect.arrayContaining([{ line: 1, field: 'value', message: 'missing column' }]),
    });
    expect(checkImportCsv(reference, `${header}\n\n`)).toEqual({
      rows: [],
      errors: [],
      problem: 'the CSV holds no rows',
    });
  });
});

describe('cellsToCsv', () => {
  it('writes a sheet’s cells as the import’s CSV, quoting what needs it', () => {
    const csv = cellsToCsv([
      ['subject', 'value', 'date', 'note'],
      ['program:a', 1500, new Date('2026-06-30T00:00:00Z'), 'a, "quoted" note'],
      ['program:b', null, undefined, true],
    ]);
    expect(csv).toBe('subject,value,date,note\nprogram:a,1500,2026-06-30,"a, ""quoted"" note"\nprogram:b,,,true');
  });
});

describe('previewRows', () => {
  it('draws every row with a problem and the first valid ones, counting the rest', () => {
    const rows = Array.from({ length: 10 }, (_, index) => ({ line: index + 2, row: {} }));
    const { shown, hidden } = previewRows(rows, [{ line: 9, field: 'date', message: 'x' }], 3);
    expect(shown.map((row) => row.line)).toEqual([2, 3, 4, 9]);
    expect(hidden).toBe(6);
  });
});
