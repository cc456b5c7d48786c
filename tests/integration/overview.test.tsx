import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../mocks/resources';
import { figure, findRegion, rowOf } from '../support/queries';
import { renderApp } from '../support/render-app';

const programs = defaultResources.programs.programs;

async function pledgeTable() {
  return screen.findByRole('table', { name: /every tracked pledge/i });
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
    // The first figure's badge: a disclosure (details, role group) whose summary says "Reported".
    const details = within(row).getAllByRole('group')[0];
    if (!details) throw new Error('no badge');
    const badge = within(details).getByText('Reported');
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

  it('shows declared plans for the year, each won once, and how many pledges declared one', async () => {
    renderApp();
    await pledgeTable();
    // Hana 17.8조 + Shinhan 20조 + Woori Bank 12.7조 + National Growth Fund 30조, less the 2조 of
    // Shinhan's plan that goes into the fund and sits in the fund's plan too.
    const planned = figure('Declared plans for 2026, each won once');
    expect(planned).toHaveTextContent('KRW 78.5 trillion');
    expect(planned).toHaveTextContent(/4 of \d+ money pledges declared a plan for the year\./);
    expect(planned).toHaveTextContent('1 of the plans covers only part of its pledge.');
  });

  it('shows reported money one kind at a time: the fund’s approval is not money paid out', async () => {
    renderApp();
    await pledgeTable();
    const approved = figure('Approved (reported)');
    expect(approved).toHaveTextContent('KRW 750 billion');
    expect(approved).toHaveTextContent('latest figure 29 Jan 2026');
    expect(figure('Supplied or paid out (reported)')).toHaveTextContent('None reported yet');
  });

  it('counts the 30조 the three other groups put into the fund once: 611.2조 committed by all 40-odd pledges', async () => {
    renderApp();
    await pledgeTable();
    const committed = figure('Committed by the shown pledges, each won once');
    expect(committed).toHaveTextContent(/^KRW 611\.2 trillion/);
    expect(committed).toHaveTextContent('− KRW 50 trillion counted in both, taken once');
  });

  it('a status chip filters the view to those pledges', async () => {
    const user = userEvent.setup();
    renderApp();
    await pledgeTable();
    await user.click(screen.getByRole('button', { name: /^\d+ No reported figure yet — show these pledges$/ }));
    expect(screen.getByRole('button', { name: 'Remove filter No reported figure yet' })).toBeInTheDocument();
    expect(window.location.search).toContain('status=no-data');
  });

  it('the scorecard follows a filter and its removal: the lines left out are gone for every reader, then back in their place', async () => {
    const user = userEvent.setup();
    renderApp();
    await pledgeTable();
    const scorecard = screen.getByRole('table', { name: /scorecard/i });
    const names = () =>
      within(scorecard)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent);
    const before = names();
    expect(before.length).toBeGreaterThan(5);
    await user.click(screen.getByRole('button', { name: /^\d+ No reported figure yet — show these pledges$/ }));
    const filtered = names();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(before.length);
    for (const row of within(scorecard).getAllByRole('row').slice(1))
      if (within(row).queryByRole('rowheader')) expect(row).toHaveTextContent('No reported figure yet');
    await user.click(screen.getByRole('button', { name: 'Remove filter No reported figure yet' }));
    expect(names()).toEqual(before);
  });

  it('links the tallies to the method page, in both languages', async () => {
    const user = userEvent.setup();
    renderApp();
    await pledgeTable();
    await user.click(screen.getByRole('link', { name: 'How each figure is counted (method)' }));
    expect(await screen.findByRole('heading', { name: 'How the figures are counted', level: 2 })).toHaveFocus();
    expect(
      screen.getByText(/at least 10% of the period has passed by the latest reading and at least 2 readings/),
    ).toBeInTheDocument();
    expect(window.location.search).toContain('page=method');
  });

  it('links each tally, the statuses and the scorecard to the section of the method that explains them', async () => {
    const user = userEvent.setup();
    renderApp();
    await pledgeTable();
    const tallies = await findRegion('Headline figures');
    expect(within(tallies).getAllByRole('link', { name: 'How this is counted' })[0]).toHaveAttribute(
      'href',
      '?page=method&v=1#method-ledger',
    );
    expect(within(tallies).getByRole('link', { name: 'How plans are added' })).toHaveAttribute(
      'href',
      '?page=method&v=1#method-plans',
    );
    expect(within(tallies).getByRole('link', { name: 'When an update is due' })).toBeInTheDocument();
    expect(within(tallies).getAllByRole('link', { name: 'How a verdict is made' })).toHaveLength(1);
    const scorecard = await findRegion('Which pledges are behind, by how much, and who made them');
    expect(within(scorecard).getByRole('link', { name: 'How a verdict is made' })).toHaveAttribute(
      'href',
      '?page=method&v=1#method-pace',
    );
    await user.click(within(tallies).getAllByRole('link', { name: 'Kinds of money' })[0]!);
    expect(
      await screen.findByRole('heading', { name: 'Kinds of money are never added together', level: 3 }),
    ).toHaveFocus();
    expect(window.location.search).toContain('page=method');
    expect(window.location.hash).toBe('#method-bases');
  });

  it('shows the five groups pledged 508조 in all, counted once', async () => {
    renderApp();
    await pledgeTable();
    expect(figure('Pledged by the five financial groups (five years, each won once)')).toHaveTextContent(
      'KRW 508 trillion',
    );
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
      within(table).getByRole('link', {
        name: /open details for government gpus/i,
      }),
    );
    const section = await findRegion('Where sources disagree');
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
