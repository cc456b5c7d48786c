import { within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { resourceHandlers } from '../../mocks/handlers';
import { defaultResources } from '../../mocks/resources';
import { emptyResources, faultHandler } from '../../mocks/scenarios';
import { findRegion } from '../support/queries';
import { renderApp } from '../support/render-app';

const panel = findRegion;

async function showTable(section: HTMLElement) {
  await userEvent.setup().click(await within(section).findByRole('button', { name: 'Table' }));
  return within(section).findByRole('table');
}

describe('context indicator panels', () => {
  it('five-bank corporate loans: title, legend, axis unit, exact table values, intra-month reading marked', async () => {
    renderApp();
    const section = await panel(/five major banks' corporate loans$/i);
    // The chart (lazy) with its legend entries and axis unit.
    expect(await within(section).findByText('KRW (T = trillion, B = billion)')).toBeInTheDocument();
    for (const entry of ['Total', 'Large corporates', 'SMEs', 'Total — intra-month reading']) {
      expect(within(section).getByText(entry)).toBeInTheDocument();
    }
    expect(within(section).getByText(/Hollow marker: derived/)).toBeInTheDocument();
    // "Data as of" is the newest date any reported figure describes (the fund's citizen-fund
    // managers, chosen on 13 March 2026), whatever the panel.
    expect(within(section).getByText(/Data as of 13 Mar 2026/)).toBeInTheDocument();
    const table = await showTable(section);
    // (Its Δ column's header names the comparison vintage's cut, also 28 Feb 2026.)
    const feb = within(table).getByRole('row', { name: /^28 Feb 2026/ });
    expect(feb).toHaveTextContent('KRW 854.3288 trillion');
    expect(feb).toHaveTextContent('KRW 175.5849 trillion');
    const intraMonth = within(table).getByRole('row', { name: /21 Oct 2025/ });
    expect(intraMonth).toHaveTextContent('KRW 841.8689 trillion');
    expect(intraMonth).toHaveTextContent('Intra-month reading');
    expect(within(table).getByRole('row', { name: /30 Nov 2025/ })).toHaveTextContent('Derived');
  });

  it('technology credit: the 2024 series break and the disputed December value', async () => {
    renderApp();
    const section = await panel(/technology-credit loans, all banks/i);
    expect(await within(section).findByText(/Series break: 2024 change/)).toBeInTheDocument();
    expect(within(section).getByText('All banks — other reported value (disputed)')).toBeInTheDocument();
    const table = await showTable(section);
    const december = within(table).getByRole('row', { name: /31 Dec 2025/ });
    expect(december).toHaveTextContent('KRW 319.1068 trillion');
    expect(december).toHaveTextContent(/Disputed: KRW 319.1068 trillion \/ KRW 321.4 trillion/);
  });

  it('H1 vs H2 increases in a table of exact values', async () => {
    renderApp();
    const section = await panel(/corporate loan increases/i);
    const table = await showTable(section);
    expect(within(table).getByRole('row', { name: /H1 2025/ })).toHaveTextContent('KRW 2.5519 trillion');
    expect(within(table).getByRole('row', { name: /H2 2025 to 21 Oct/ })).toHaveTextContent('KRW 5.9801 trillion');
  });

  it('shows loading, then an error with Retry for one panel while the others draw', async () => {
    server.use(faultHandler('indicators/tech-credit-all-banks', 'http-500'));
    renderApp();
    const section = await panel(/technology-credit loans, all banks/i);
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('This indicator could not be loaded.');
    expect(alert).toHaveTextContent('(500)');
    expect(within(section).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    const loans = await panel(/five major banks' corporate loans$/i);
    expect(await within(loans).findByText('Large corporates')).toBeInTheDocument();
  });

  it('says so while loading, and when a series is empty', async () => {
    server.use(
      http.get('/api/v1/indicators/tech-credit-five-banks', async () => {
        await delay(400);
        return HttpResponse.json({ error: 'x' }, { status: 404 });
      }),
    );
    renderApp();
    const section = await panel(/technology-credit loans, five major banks/i);
    expect(within(section).getByRole('status')).toHaveTextContent('Loading…');
    expect(await within(section).findByRole('alert')).toHaveTextContent('(404)');
  });

  it('says a series has no data yet instead of drawing an empty chart', async () => {
    server.use(...resourceHandlers(emptyResources(defaultResources)));
    renderApp();
    const section = await panel(/five major banks' corporate loans$/i);
    expect(await within(section).findByText('This series has no data yet.')).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Table' })).not.toBeInTheDocument();
  });
});

describe('pledge panels', () => {
  it('pledged vs reported: each won once, with illustrative figures marked (demo dataset)', async () => {
    renderApp('/?v=1&data=demo');
    const section = await panel(/pledged vs reported execution/i);
    expect(
      within(section).getByText(/8 pledges shown, each won counted once, grouped by institution; no filters/),
    ).toBeInTheDocument();
    expect(await within(section).findByText('Supplied or paid out (reported) (Illustrative)')).toBeInTheDocument();
    expect(within(section).getByText('Illustrative data')).toBeInTheDocument();
    const table = await showTable(section);
    const woori = within(table).getByRole('row', {
      name: /^Woori Financial 'Future Co-Growth Project'/,
    });
    expect(woori).toHaveTextContent('KRW 80 trillion');
    // The fund's bar is what is left of it once the groups' contributions are counted under them.
    const fund = within(table).getByRole('row', { name: /National Growth Fund/ });
    expect(fund).toHaveTextContent(/counted once, under .*Woori/);
    expect(within(table).queryByRole('row', { name: /^Woori productive finance/ })).not.toBeInTheDocument();
  });
});

describe('impossible context data from the data source', () => {
  it('names a 1900 date, a reading after the as-of and a negative balance, and leaves them out of the chart and table', async () => {
    const loans = defaultResources.indicators.indicators.find((item) => item.id === 'five-bank-corporate-loans');
    if (!loans) throw new Error('fixture');
    const [first, ...rest] = loans.series;
    if (!first) throw new Error('fixture');
    const broken = {
      ...loans,
      series: [
        {
          ...first,
          points: [
            ...first.points,
            {
              date: '1900-01-31',
              value: 8_000_000,
              kind: 'month-end' as const,
              provenance: 'reported' as const,
              sourceIds: [],
            },
            {
              date: '2999-01-31',
              value: 8_000_000,
              kind: 'month-end' as const,
              provenance: 'reported' as const,
              sourceIds: [],
            },
            {
              date: '2026-12-31',
              value: 8_600_000,
              kind: 'month-end' as const,
              provenance: 'reported' as const,
              sourceIds: [],
            },
            {
              date: '2025-09-30',
              value: -5,
              kind: 'month-end' as const,
              provenance: 'reported' as const,
              sourceIds: [],
            },
          ],
        },
        ...rest,
      ],
    };
    server.use(http.get('/api/v1/indicators/five-bank-corporate-loans', () => HttpResponse.json(broken)));
    renderApp();
    const section = await panel(/five major banks' corporate loans$/i);
    const note = await within(section).findByRole('note');
    expect(note).toHaveTextContent('A reading with an impossible date (1900-01-31) was left out.');
    expect(note).toHaveTextContent('A reading with an impossible date (2999-01-31) was left out.');
    expect(note).toHaveTextContent('A reading dated 31 Dec 2026, after the data’s as-of date, was left out.');
    expect(note).toHaveTextContent('A negative or unreadable balance (-5) on 30 Sep 2025 was left out.');
    const table = await showTable(section);
    expect(within(table).queryByRole('row', { name: /31 Dec 2026|30 Sep 2025|1900|2999/ })).not.toBeInTheDocument();
  });
});
