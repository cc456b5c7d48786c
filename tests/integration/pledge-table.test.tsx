// The complete pledge table: one line per pledge, a link to each pledge's page, a gap column that
// sorts furthest-behind first, and its own CSV of what it shows.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoResources } from '../../mocks/resources';
import { renderApp } from '../support/render-app';
import { rowOf } from '../support/queries';

const pledgeTable = () => screen.findByRole('table', { name: /every tracked pledge/i });
const columnIndex = (table: HTMLElement, name: RegExp) =>
  within(table)
    .getAllByRole('columnheader')
    .findIndex((header) => name.test(header.textContent ?? ''));
/** A body row's cells in column order: its header cell (the pledge), then the others. */
const cellsOf = (row: HTMLElement) => [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')];
const cellTexts = (table: HTMLElement, column: number) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => cellsOf(row)[column]?.textContent ?? '');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the pledge table', () => {
  it('names each pledge with a real link to its page; a click opens it here', async () => {
    renderApp('/?v=1&data=demo');
    const table = await pledgeTable();
    const row = rowOf(table, /hana inclusive finance/);
    const link = within(row).getByRole('link', { name: /open details for hana inclusive finance/i });
    const target = demoResources.programs.programs.find(
      (program) => /inclusive/i.test(program.name.en) && program.institutionIds.includes('hana'),
    );
    expect(link).toHaveAttribute('href', expect.stringContaining(`program=${target?.id ?? ''}`));
    await userEvent.setup().click(link);
    expect(await screen.findByRole('heading', { level: 2, name: /hana inclusive finance/i })).toBeInTheDocument();
  });

  it('gives the reason on demand and sorts by the gap to pace: furthest behind first, none judged last', async () => {
    const user = userEvent.setup();
    renderApp('/?v=1&data=demo');
    const table = await pledgeTable();
    const behind = rowOf(table, /hana inclusive finance/);
    const reason = within(behind).getByText(/behind pace by KRW/);
    expect(reason).not.toBeVisible();
    // The status opens its reason.
    await user.click(within(behind).getByText('Behind'));
    expect(reason).toBeVisible();

    await user.click(within(table).getByRole('button', { name: /gap to pace/i }));
    const header = within(table).getByRole('columnheader', { name: /gap to pace/i });
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const statuses = cellTexts(table, columnIndex(table, /^Status/));
    const gaps = cellTexts(table, columnIndex(table, /^Gap to pace/));
    expect(statuses[0]).toMatch(/^(Behind|Overdue)/);
    expect(gaps[0]).toMatch(/^[−-]KRW/);
    // Pledges with no judged gap come after every judged one.
    // A pledge with no figure shows a dash (its words for screen readers).
    const unjudged = /^–?(No reported figure yet|no gap judged|\d+ of \d+ steps done)$/;
    const firstUnjudged = gaps.findIndex((gap) => unjudged.test(gap));
    expect(firstUnjudged).toBeGreaterThan(0);
    expect(gaps.slice(firstUnjudged).every((gap) => unjudged.test(gap))).toBe(true);

    await user.click(within(table).getByRole('button', { name: /gap to pace/i }));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const descending = cellTexts(table, columnIndex(table, /^Gap to pace/));
    expect(descending.at(-1)).toBe(gaps.at(-1));
  });

  it('downloads its own CSV: what the table shows, with status, gap, last reported and sources', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) blobs.push(blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const user = userEvent.setup();
    renderApp('/?v=1&data=demo&status=behind');
    const table = await pledgeTable();
    const shownRows = within(table).getAllByRole('row').slice(1);
    await user.click(screen.getByRole('button', { name: 'Download this table (CSV)' }));
    expect(await screen.findByText(`CSV of ${shownRows.length} pledges downloaded.`)).toBeInTheDocument();
    const bytes = new Uint8Array(await (blobs.at(-1) ?? new Blob()).arrayBuffer());
    // UTF-8 with a byte-order mark: Korean Excel opens it as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(lines.find((line) => line[0] === 'DEMO')).toBeDefined();
    expect(lines.find((line) => line[0] === 'Filters')?.[1]).toMatch(/Behind/);
    const headerIndex = lines.findIndex((line) => line[0] === 'Pledge');
    const header = lines[headerIndex] ?? [];
    for (const column of ['Status', 'Reason', 'Gap to pace', 'Last reported', 'Sources', 'Source links'])
      expect(header).toContain(column);
    const body = lines.slice(headerIndex + 1);
    expect(body).toHaveLength(shownRows.length);
    const hana = body.find((line) => /Hana inclusive finance/i.test(line[0] ?? '')) ?? [];
    const hanaRow = rowOf(table, /hana inclusive finance/);
    const cells = cellsOf(hanaRow);
    expect(hana[header.indexOf('Status')]).toBe('Behind');
    // The gap as the table shows it (a leading minus sign is never read as a formula).
    expect(hana[header.indexOf('Gap to pace')]).toBe(cells[columnIndex(table, /^Gap to pace/)]?.textContent);
    expect(hana[header.indexOf('Sources')]).toMatch(/\d{4}/);
    expect(hana[header.indexOf('Source links')]).toMatch(/^https?:\/\//);
    // One language: no 조 or 억 in the English file.
    expect(text).not.toMatch(/[조억]/);
  });
});
