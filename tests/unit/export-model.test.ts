import fc from 'fast-check';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { CSV_SLICE, panelToCsv, panelToCsvInSlices } from '../../src/features/export/model/csv';
import { BOM } from '../../src/lib/csv-text';
import { exportFileName, slug } from '../../src/lib/export-file-name';
import { addPngText, asciiJson, readPngText } from '../../src/features/export/model/png-text';
import { readSnapshotView } from '../../src/features/export/model/snapshot-svg';
import { renderSnapshotSvg } from '../../src/components/static-chart/render-snapshot';
import type { PanelData } from '../../src/lib/panel-data';
import { makePanel } from '../support/panel-factory';
import { commitmentKinds } from '../../src/lib/commitment-kinds';
import { datasetIds, pages, langs, pledgeStatuses, type ViewState } from '../../src/lib/view-state';

const viewArb: fc.Arbitrary<ViewState> = fc.record({
  filters: fc.record({
    institutions: fc.array(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { maxLength: 4 }),
    strategies: fc.array(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { maxLength: 4 }),
    statuses: fc.subarray([...pledgeStatuses]),
    kinds: fc.subarray([...commitmentKinds]),
    query: fc.string({ unit: 'grapheme', maxLength: 30 }),
  }),
  program: fc.option(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { nil: null }),
  lang: fc.constantFrom(...langs),
  groupBy: fc.constantFrom('institution' as const, 'strategy' as const),
  dataset: fc.constantFrom(...datasetIds),
  page: fc.constantFrom(...pages),
  compare: fc.option(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { nil: null }),
});

const labels = {
  unit: { 'krw-eok': '억원', count: 'count', percent: '%' },
  provenanceHeader: 'Data',
  provenance: { reported: 'Reported', derived: 'Derived', illustrative: 'Illustrative', mixed: 'Mixed' },
};

function panel(rows: PanelData['rows']): PanelData {
  return makePanel({
    panelId: 'five-bank-corporate-loans',
    title: 'Loans',
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'total', label: 'Total', unit: 'krw-eok' },
      { key: 'note', label: 'Note' },
    ],
    rows,
    empty: rows.length === 0,
  });
}

describe('CSV', () => {
  it('starts with a BOM, puts units in headers, keeps numbers plain and missing values empty', () => {
    const csv = panelToCsv(
      panel([
        { id: 'a', cells: { date: '2026-02-28', total: 8_543_288, note: '' }, provenance: 'reported' },
        {
          id: 'b',
          cells: { date: '2025-10-31', total: null, note: 'derived, "back-computed"\nfrom Dec' },
          provenance: 'derived',
        },
      ]),
      labels,
    );
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Date,Total (억원),Note,Data');
    expect(lines[1]).toBe('2026-02-28,8543288,,Reported');
    expect(csv).toContain('2025-10-31,,"derived, ""back-computed""\nfrom Dec",Derived');
  });

  it('round-trips any text through RFC 4180 quoting', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { minLength: 1, maxLength: 6 }), (notes) => {
        const csv = panelToCsv(
          panel(
            notes.map((note, index) => ({
              id: String(index),
              cells: { date: '2026-01-31', total: index, note },
              provenance: 'reported',
            })),
          ),
          labels,
        );
        const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data.slice(1, notes.length + 1);
        return parsed.every((row, index) => {
          const note = notes[index] ?? '';
          const expected = /^[=+\-@\t\r\n\0]/.test(note) ? `'${note}` : note;
          return row[2] === expected;
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('CSV in slices', () => {
  it('is the same file as the one-piece CSV, whatever the number of rows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 9_000 }), async (count) => {
        const data = panel(
          Array.from({ length: count }, (_, index) => ({
            id: String(index),
            cells: { date: '2026-01-31', total: index * 7, note: index % 3 ? '' : '=x' },
            provenance: 'reported' as const,
          })),
        );
        let pauses = 0;
        const sliced = await panelToCsvInSlices(data, labels, async () => {
          pauses += 1;
        });
        return sliced === panelToCsv(data, labels) && pauses === Math.ceil(count / CSV_SLICE);
      }),
      { numRuns: 20 },
    );
  });
});

describe('file names', () => {
  it('say panel, selection and as-of date, with a short hash of the whole view', () => {
    expect(
      exportFileName({
        panelId: 'pledged-vs-reported',
        selection: 'Institution: Hana Financial Group; Status: Behind',
        asOf: '2026-10-31',
        extension: 'png',
      }),
    ).toMatch(
      /^pledge-tracker_pledged-vs-reported_institution-hana-financial-group-status_[0-9a-z]{7}_2026-10-31\.png$/,
    );
    expect(exportFileName({ panelId: 'x', selection: '', asOf: '2026-10-31', extension: 'csv' })).toMatch(
      /^pledge-tracker_x_all_[0-9a-z]{7}_2026-10-31\.csv$/,
    );
    expect(slug('기관: 우리금융그룹 / ../..')).toBe('기관-우리금융그룹');
  });

  it('differ for views that differ only after the readable part, and for all rows vs shown rows', () => {
    const base = 'Institution: Hana Financial Group, Woori Financial Group, KB Financial Group; Status: ';
    const a = exportFileName({ panelId: 'p', selection: `${base}Behind`, asOf: '2026-10-31', extension: 'csv' });
    const b = exportFileName({ panelId: 'p', selection: `${base}On track`, asOf: '2026-10-31', extension: 'csv' });
    expect(a).not.toBe(b);
    const all = exportFileName({
      panelId: 'p',
      selection: `${base}Behind`,
      asOf: '2026-10-31',
      extension: 'csv',
      scope: 'all',
    });
    expect(all).toContain('_all-rows_');
    expect(all).not.toBe(a);
  });

  it('of a panel the filters do not apply to name no selection', () => {
    expect(exportFileName({ panelId: 'tech-credit', selection: null, asOf: '2026-10-31', extension: 'svg' })).toMatch(
      /^pledge-tracker_tech-credit_[0-9a-z]{7}_2026-10-31\.svg$/,
    );
  });

  it('never contain path separators or reserved characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (selection) => {
        const name = exportFileName({ panelId: 'p', selection, asOf: '2026-10-31', extension: 'svg' });
        // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
        return !/[\\/:*?"<>|\u0000-\u001f]/.test(name) && name.length < 120;
      }),
    );
  });
});

describe('snapshot metadata', () => {
  it('state → SVG → state', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        const { svg } = renderSnapshotSvg(makePanel(), view.lang, 'https://example.org/', view);
        expect(readSnapshotView(svg)).toEqual(view);
      }),
      { numRuns: 150 },
    );
  });

  it('state → PNG text chunk → state, the image still valid', () => {
    const image = new PNG({ width: 4, height: 3 });
    image.data.fill(255);
    const png = new Uint8Array(PNG.sync.write(image));
    fc.assert(
      fc.property(viewArb, (view) => {
        const withText = addPngText(png, 'pledge-tracker:view', asciiJson(view));
        const decoded = PNG.sync.read(Buffer.from(withText));
        expect(decoded.width).toBe(4);
        expect(JSON.parse(readPngText(withText).get('pledge-tracker:view') ?? 'null')).toEqual(view);
      }),
      { numRuns: 100 },
    );
  });
});
