import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { resourceHandlers } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { largeResources } from '../../mocks/scenarios';
import { findRegion } from '../support/queries';
import { renderApp } from '../support/render-app';

const large = largeResources();
const programs = large.programs.programs;

describe('5,000 pledges', () => {
  it('filters the paged table, the tallies and the charts, and leaves none of them busy', async () => {
    server.use(...resourceHandlers(large));
    const user = userEvent.setup();
    renderApp();
    const table = await screen.findByRole('table', { name: /every tracked pledge/i });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(100);
    expect(screen.getByText('1–100 of 5,000')).toBeInTheDocument();

    await user.click(screen.getByText('Institution', { selector: 'summary' }));
    const institution = large.institutions.institutions.find((item) =>
      programs.some((program) => program.institutionIds.includes(item.id)),
    );
    if (!institution) throw new Error('fixture: no institution with pledges');
    const institutionName = institution.name.en;
    const expected = programs.filter((program) => program.institutionIds.includes(institution.id));
    const option = screen.getByRole('checkbox', {
      name: `${institutionName} (${expected.length})`,
    });
    await user.click(option);

    expect(
      await screen.findByText(`Showing ${expected.length.toLocaleString('en-US')} of 5,000 pledges`, { exact: false }),
    ).toBeInTheDocument();
    const shown = within(table).getAllByRole('rowheader');
    expect(shown).toHaveLength(Math.min(100, expected.length));
    const names = new Set(expected.map((program) => program.name.en));
    for (const header of shown) expect(names.has(within(header).getAllByRole('link')[0]?.textContent ?? '')).toBe(true);
    const panel = await findRegion('Pledged vs reported execution');
    expect(panel).toHaveTextContent(`Institution: ${institutionName}`);
    expect(await findRegion('Charts')).toHaveAttribute('aria-busy', 'false');
    expect(await findRegion('All pledges')).toHaveAttribute('aria-busy', 'false');
  });

  it('the scorecard shows what needs attention first and all of the selection on request', async () => {
    server.use(...resourceHandlers(large));
    const user = userEvent.setup();
    renderApp();
    const scorecard = await screen.findByRole('table', { name: /scorecard/i });
    const note = await screen.findByText(/^Showing the 60 pledges that need attention most, of [\d,]+\.$/);
    const total = Number(/of ([\d,]+)\./.exec(note.textContent ?? '')?.[1]?.replaceAll(',', ''));
    expect(total).toBeGreaterThan(60);
    expect(within(scorecard).getAllByRole('link')).toHaveLength(60);
    await user.click(screen.getByRole('button', { name: `Show all ${total.toLocaleString('en-US')}` }));
    expect(within(scorecard).getAllByRole('link')).toHaveLength(total);
    expect(screen.queryByText(/need attention most/)).not.toBeInTheDocument();
  });

  it('keeps the table on its page when the language changes', async () => {
    server.use(...resourceHandlers(large));
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('table', { name: /every tracked pledge/i });
    await user.click(screen.getByRole('button', { name: 'Next 100' }));
    expect(screen.getByText('101–200 of 5,000')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ko');
    await screen.findByRole('table', { name: /추적 중인 모든 공약/ });
    expect(await screen.findByText('전체 5,000건 중 101–200')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '이전 100건' })).toBeEnabled();

    await user.selectOptions(screen.getByRole('combobox', { name: '언어' }), 'en');
    expect(await screen.findByText('101–200 of 5,000')).toBeInTheDocument();
  });
});
