import { render } from '@testing-library/react';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, it } from 'vitest';
import { panelToCsv } from '../../src/features/export/model/csv';
import { FORMULA_START } from '../../src/lib/csv-text';
import { renderSnapshotSvg } from '../../src/components/static-chart/render-snapshot';
import { ProgramTable } from '../../src/features/programs/components/program-table';
import { buildProgramRows } from '../../src/features/programs/model/overview-rows';
import type { PanelData } from '../../src/lib/panel-data';
import { makeProgram } from '../support/program-factory';
import { emptyChart, makePanel } from '../support/panel-factory';

const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '=HYPERLINK("http://evil","x")',
    '+SUM(A1)',
    '-1+1',
    '@cmd',
    '\tTAB',
    '\rCR',
    '\nLF',
    '\0NUL',
    '\u202Eevil\u202C',
    '우리금융 🚀 مرحبا',
    'x'.repeat(5_000),
    ']]></text><script>x</script>',
  ),
  fc.string({
    unit: fc.constantFrom('<', '>', '&', '"', "'", '=', '+', '-', '@', '\t', '\n', 'a', '한', '\u202e'),
    maxLength: 40,
  }),
);

describe('hostile strings', () => {
  it('a program name never becomes markup in the page', () => {
    fc.assert(
      fc.property(hostile, (name) => {
        const program = makeProgram({
          id: 'p',
          name: { ko: name || '-', en: name || '-' },
        });
        const rows = buildProgramRows([program], [], [], '2026-10-31', 'en');
        const { container, unmount } = render(
          <ProgramTable
            rows={rows}
            lang="en"
            hrefFor={(id) => `?v=1&program=${encodeURIComponent(id)}`}
            onOpen={() => undefined}
            csv={{ asOf: '2026-10-31', filtersText: '', filtered: false, datasetVersion: 'test', demo: false }}
          />,
        );
        /* eslint-disable testing-library/no-container, testing-library/no-node-access -- a property over the markup itself: no injected element or handler, whatever its role */
        const injected = container.querySelectorAll(
          'img, script, iframe, object, embed, a[href^="javascript"], [onerror], [onclick]',
        );
        const ok = injected.length === 0 && (container.querySelector('bdi')?.textContent ?? '') === (name || '-');
        /* eslint-enable testing-library/no-container, testing-library/no-node-access */
        unmount();
        return ok;
      }),
      { numRuns: 150 },
    );
  });

  it('an exported SVG stays well-formed with only its own elements', () => {
    const allowed = new Set(['svg', 'title', 'metadata', 'rect', 'text', 'g', 'line', 'circle', 'path', 'a']);
    fc.assert(
      fc.property(hostile, hostile, hostile, (title, filters, legend) => {
        const panel = makePanel({
          title,
          subtitle: legend,
          filters: { applies: true, text: filters },
          sources: [
            {
              id: 's',
              publisher: { ko: title, en: title },
              title: { ko: legend, en: legend },
              date: '2026-01-21',
              url: filters,
            },
          ],
          chart: {
            ...emptyChart('bar'),
            layout: 'vertical',
            x: { kind: 'category', label: 'x', values: [legend, title] },
            series: [
              {
                key: 'a',
                label: legend,
                color: '#000',
                role: 'value',
                style: 'solid',
                points: [
                  { value: 1, provenance: 'reported' },
                  { value: 2, provenance: 'derived' },
                ],
              },
            ],
            notes: [{ kind: 'break', label: filters }],
          },
        });
        const { svg } = renderSnapshotSvg(panel, 'en', `https://example.org/?q=${encodeURIComponent(filters)}`, {
          filters: { query: filters },
        });
        const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
        // eslint-disable-next-line testing-library/no-node-access -- a standalone SVG string parsed as XML, not the rendered page
        if (document.querySelector('parsererror')) return false;
        // eslint-disable-next-line testing-library/no-node-access -- every element of the written SVG, checked against an allow-list
        return [...document.querySelectorAll('*')].every(
          (element) =>
            allowed.has(element.localName) &&
            (element.localName !== 'a' || element.getAttribute('href')?.startsWith('https://example.org/') === true) &&
            ![...element.attributes].some((attribute) => attribute.name.startsWith('on')),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('a CSV never has a formula-leading text cell', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 5 }), (names) => {
        const panel: PanelData = {
          ...makePanel(),
          panelId: 'p',
          title: 't',
          subtitle: 's',
          asOf: '2026-10-31',
          sources: [],
          columns: [
            { key: 'name', label: names[0] ?? 'n' },
            { key: 'value', label: 'v', unit: 'krw-eok' },
          ],
          rows: names.map((name, index) => ({
            id: String(index),
            cells: { name, value: index % 2 ? -24_937 : null },
            provenance: 'reported',
          })),
          chart: emptyChart('bar'),
          containsIllustrative: false,
          containsDerived: false,
          empty: false,
        };
        const csv = panelToCsv(panel, {
          unit: { 'krw-eok': '억원', count: 'n', percent: '%' },
          provenanceHeader: 'Data',
          provenance: { reported: 'Reported' },
        });
        const parsed = Papa.parse<string[]>(csv.slice(1), {
          skipEmptyLines: false,
        }).data;
        const [header, ...rows] = parsed;
        const textCells = [header?.[0] ?? '', ...rows.filter((row) => row.length > 1).map((row) => row[0] ?? '')];
        const numbers = rows.filter((row) => row.length > 1).map((row) => row[1]);
        return (
          textCells.every((cell) => !FORMULA_START.test(cell)) &&
          numbers.every((cell) => cell === '' || cell === '-24937')
        );
      }),
      { numRuns: 150 },
    );
  });
});
