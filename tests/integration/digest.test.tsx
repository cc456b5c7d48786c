import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

async function digestRegion() {
  return screen.findByRole('region', { name: /what changed since the last briefing/i });
}

async function performanceTable() {
  const region = await digestRegion();
  return within(region).findByRole('table', { name: /^performance/i });
}

describe('the change digest over the seeded vintages (MSW)', () => {
  it("draws each pledge's value at the comparison vintage as a ghost in the scorecard, and follows the choice", async () => {
    const user = userEvent.setup();
    renderApp();
    const scorecard = await screen.findByRole('region', { name: /which pledges are behind/i });
    const fund = () =>
      within(scorecard)
        .getAllByRole('row')
        .find((row) => within(row).queryByRole('link', { name: /^national growth fund$/i }));
    // The previous briefing (end-February 2026) already had the fund's 29 January approval.
    expect(await within(scorecard).findByText(/Faint bar: as recorded up to 28 Feb 2026/)).toBeInTheDocument();
    expect(fund()).toHaveTextContent(/at the comparison vintage/);
    // At the end-December briefing the fund had approved nothing yet: no ghost to draw.
    await user.selectOptions(
      within(await digestRegion()).getByRole('combobox', { name: /compare with/i }),
      'briefing-2025-12-31',
    );
    expect(await within(scorecard).findByText(/Faint bar: as recorded up to 31 Dec 2025/)).toBeInTheDocument();
    expect(fund()).not.toHaveTextContent(/at the comparison vintage/);
    expect(window.location.search).toContain('compare=briefing-2025-12-31');
  });

  it('compares the latest with the previous briefing by default: the February loan balances are new', async () => {
    renderApp();
    const region = await digestRegion();
    expect(within(region).getByRole('combobox', { name: /compare with/i })).toHaveValue('briefing-2026-02-28');
    const table = await performanceTable();
    const loans = within(table)
      .getAllByRole('row')
      .filter((row) => /five major banks' corporate loans/i.test(row.textContent ?? ''));
    expect(loans.length).toBeGreaterThanOrEqual(3);
    expect(loans.some((row) => /28 Feb 2026|Feb 28, 2026|2026-02-28/.test(row.textContent ?? ''))).toBe(true);
    // The header's source line (the recorded-up-to date is a span of its own in it).
    const sourceLine = (_: string, element: Element | null) =>
      element?.tagName === 'P' && /data as of .* · recorded up to/i.test(element.textContent ?? '');
    expect((await screen.findAllByText(sourceLine)).length).toBeGreaterThan(0);
  });

  it("lists the fund's launch on 2025-12-11 and its first approval of KRW 750 billion against the Oct 2025 briefing", async () => {
    const user = userEvent.setup();
    renderApp();
    const region = await digestRegion();
    await user.selectOptions(within(region).getByRole('combobox', { name: /compare with/i }), 'briefing-2025-10-31');
    const table = await performanceTable();
    const fundRows = within(table)
      .getAllByRole('row')
      .filter((row) => within(row).queryByRole('link', { name: /^national growth fund$/i }));
    const text = fundRows.map((row) => row.textContent ?? '').join('\n');
    expect(text).toMatch(/official launch/i);
    expect(text).toMatch(/KRW 750 billion/);
    // The approval is a new figure of the fund: 7,500억 approved on 2026-01-29.
    expect(
      fundRows.some(
        (row) => /new figure/i.test(row.textContent ?? '') && /KRW 750 billion/.test(row.textContent ?? ''),
      ),
    ).toBe(true);
    // Pledges recorded after the briefing are composition, kept apart.
    const composition = within(region).getByRole('table', { name: /composition/i });
    expect(within(composition).getAllByRole('row').length).toBeGreaterThan(1);
    expect(within(composition).queryByText(/new figure/i)).not.toBeInTheDocument();
  });

  it('drops an unknown comparison vintage from the link with a notice', async () => {
    renderApp('/?compare=briefing-1999-01-01&v=1');
    const region = await digestRegion();
    expect(await within(region).findByText(/“briefing-1999-01-01”, which is not a vintage/)).toBeInTheDocument();
    expect(within(region).getByRole('combobox', { name: /compare with/i })).toHaveValue('briefing-2026-02-28');
  });

  it('reads the comparison vintage from the link', async () => {
    renderApp('/?compare=briefing-2025-12-31&v=1');
    const region = await digestRegion();
    expect(within(region).getByRole('combobox', { name: /compare with/i })).toHaveValue('briefing-2025-12-31');
  });
});
