import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../mocks/resources';
import { renderApp } from '../support/render-app';

const programs = defaultResources.programs.programs;

async function pledgeTable() {
  return screen.findByRole('table', { name: /every tracked pledge/i });
}

function rowOf(table: HTMLElement, name: RegExp) {
  const header = within(table).getByRole('button', {
    name: new RegExp(`open details for ${name.source}`, 'i'),
  });
  const row = header.closest('tr');
  if (!row) throw new Error('no row');
  return row;
}

describe('overview', () => {
  it('lists every program from the dataset', async () => {
    renderApp();
    const table = await pledgeTable();
    // header row + one row per program
    expect(within(table).getAllByRole('row')).toHaveLength(programs.length + 1);
  });

  it("shows Woori's 80조 as its 73조 and 7조 parts, not added on top", async () => {
    renderApp();
    const table = await pledgeTable();
    expect(
      within(rowOf(table, /woori financial 'future co-growth project'/)).getByText(/KRW 80 trillion/),
    ).toBeInTheDocument();
    const productive = rowOf(table, /woori productive finance/);
    expect(within(productive).getByText('KRW 73 trillion')).toBeInTheDocument();
    expect(within(productive).getByText(/part of woori financial/i)).toBeInTheDocument();
    expect(within(rowOf(table, /woori inclusive finance/)).getByText('KRW 7 trillion')).toBeInTheDocument();
  });

  it('opens a figure’s badge to its sources', async () => {
    const user = userEvent.setup();
    renderApp();
    const table = await pledgeTable();
    const row = rowOf(table, /woori financial 'future co-growth project'/);
    const badge = within(row).getAllByText('Reported', { selector: 'summary span' })[0];
    if (!badge) throw new Error('no badge');
    const details = badge.closest('details');
    if (!details) throw new Error('no details');
    // Closed, a badge carries only its label (its sources are drawn when opened).
    expect(within(details).queryByRole('list')).not.toBeInTheDocument();
    await user.click(badge);
    const woori = programs.find((program) => program.id === 'woori-total');
    const source = woori?.sources.find((item) => woori.commitmentFigure.sourceIds.includes(item.id));
    if (!source) throw new Error('fixture: Woori’s commitment has no source');
    expect(await within(details).findByText(source.publisher.en, { exact: false })).toBeVisible();
    await user.click(badge);
    expect(within(details).queryByRole('list')).not.toBeInTheDocument();
  });

  it('shows the funnel: pledged, planned for the year from declared plans, reported', async () => {
    renderApp();
    await pledgeTable();
    // Hana 17.8조 + Shinhan 20조 + Woori Bank 12.7조 + National Growth Fund 30조, each once.
    const planned = screen.getByText('Planned for 2026 (declared annual plans)').closest('div');
    expect(planned).toHaveTextContent('KRW 80.5 trillion');
  });

  it('shows the five groups pledged 508조 in all, counted once', async () => {
    renderApp();
    await pledgeTable();
    const tally = screen.getByText('Pledged by the five financial groups').closest('div');
    expect(tally).toHaveTextContent('KRW 508 trillion');
  });

  it('shows the GPU pledge as a share with its price terms and the dispute between sources', async () => {
    const user = userEvent.setup();
    renderApp();
    const table = await pledgeTable();
    expect(
      within(rowOf(table, /government gpus for smes/)).getByText(/30% of government-secured GPUs/),
    ).toBeInTheDocument();
    expect(within(rowOf(table, /gpu fees for smes/)).getByText(/5–10% below the market price/)).toBeInTheDocument();
    await user.click(
      within(table).getByRole('button', {
        name: /open details for government gpus/i,
      }),
    );
    const dispute = await screen.findByRole('heading', {
      name: 'Where sources disagree',
    });
    const section = dispute.closest('section');
    expect(section).toHaveTextContent('5–10% cheaper than the market price');
    expect(section).toHaveTextContent('A fee of about 5–10% of the market price');
  });

  it('shows AI factories as counts: 20 in 2026 and 100 by 2030', async () => {
    renderApp();
    const table = await pledgeTable();
    expect(within(rowOf(table, /ai win-win smart factories, 2026/)).getByText('20 factories')).toBeInTheDocument();
    expect(within(rowOf(table, /100 ai factories by 2030/)).getByText('100 factories')).toBeInTheDocument();
  });

  it('labels illustrative progress as illustrative (demo dataset)', async () => {
    renderApp('/?v=1&data=demo');
    const table = await pledgeTable();
    const row = rowOf(table, /hana productive finance/);
    expect(within(row).getAllByText('Illustrative').length).toBeGreaterThan(0);
  });

  it('gives a behind-pace program its reason, and says so when there is no data (demo dataset)', async () => {
    renderApp('/?v=1&data=demo');
    const table = await pledgeTable();
    const behind = rowOf(table, /hana inclusive finance/);
    expect(within(behind).getByText('Behind')).toBeInTheDocument();
    expect(within(behind).getByText(/was expected by then .*behind pace by KRW/)).toBeInTheDocument();
    const kb = rowOf(table, /kb financial five-year/);
    expect(within(kb).getAllByText('No reported data').length).toBeGreaterThan(0);
    expect(within(kb).queryByText(/0%/)).not.toBeInTheDocument();
  });
});
