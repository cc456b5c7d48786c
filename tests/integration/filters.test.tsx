import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultResources, demoResources } from '../../mocks/resources';
import { figure, findRegion } from '../support/queries';
import { renderApp } from '../support/render-app';

const total = defaultResources.programs.programs.length;
const hanaCount = defaultResources.programs.programs.filter((program) =>
  program.institutionIds.includes('hana'),
).length;

async function table() {
  return screen.findByRole('table', { name: /every tracked pledge/i });
}

function bodyRows(element: HTMLElement) {
  return within(element).getAllByRole('row').slice(1);
}

describe('filters', () => {
  it('choosing an institution narrows the table, the tallies and the chart data; clearing restores all', async () => {
    const user = userEvent.setup();
    renderApp();
    expect(bodyRows(await table())).toHaveLength(total);
    await user.click(screen.getByText('Institution', { selector: 'summary' }));
    const option = screen.getByRole('checkbox', {
      name: /Hana Financial Group/,
    });
    expect(option).toHaveAccessibleName(`Hana Financial Group (${hanaCount})`);
    await user.click(option);

    expect(bodyRows(await table())).toHaveLength(hanaCount);
    expect(screen.getByText(`Showing ${hanaCount} of ${total} pledges`)).toBeInTheDocument();
    expect(figure('Committed by the shown pledges, each won once')).toHaveTextContent('KRW 100 trillion');
    const panel = await findRegion('Pledged vs reported execution');
    expect(panel).toHaveTextContent('1 pledge shown');
    expect(panel).toHaveTextContent('Institution: Hana Financial Group');
    expect(window.location.search).toContain('inst=hana');

    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(bodyRows(await table())).toHaveLength(total);
    expect(screen.getByText(`Showing ${total} of ${total} pledges`)).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  it('the counts beside the other facets’ options follow a choice (just after the answer)', async () => {
    const user = userEvent.setup();
    renderApp();
    await table();
    const inStrategy = (institution: string | null) =>
      defaultResources.programs.programs.filter(
        (program) =>
          program.strategyId === 'pf-group-pledges' &&
          (institution === null || program.institutionIds.includes(institution)),
      ).length;
    expect(inStrategy('hana')).toBeLessThan(inStrategy(null));
    await user.click(screen.getByText('Strategy', { selector: 'summary' }));
    const strategyOption = (count: number) =>
      screen.findByRole('checkbox', { name: new RegExp(`^Five groups.+five-year pledges \\(${count}\\)$`) });
    await strategyOption(inStrategy(null));
    await user.click(screen.getByText('Institution', { selector: 'summary' }));
    await user.click(screen.getByRole('checkbox', { name: /Hana Financial Group/ }));
    expect(await strategyOption(inStrategy('hana'))).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /Hana Financial Group/ }));
    await strategyOption(inStrategy(null));
  });

  it('removes one filter with its chip', async () => {
    const user = userEvent.setup();
    // Only the demo dataset has pledges behind pace to filter on.
    renderApp('/?v=1&data=demo&status=behind&inst=hana');
    await table();
    await user.click(screen.getByRole('button', { name: 'Remove filter Behind' }));
    const demo = demoResources.programs.programs;
    const demoHana = demo.filter((program) => program.institutionIds.includes('hana')).length;
    expect(screen.getByText(`Showing ${demoHana} of ${demo.length} pledges`)).toBeInTheDocument();
  });

  it('finds pledges by a Korean or an English name', async () => {
    const user = userEvent.setup();
    renderApp();
    await table();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), '국민성장펀드');
    const rows = bodyRows(await table());
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toHaveTextContent('National Growth Fund');
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'smart factories');
    expect(bodyRows(await table())).toHaveLength(1);
  });

  it('a link with an unknown institution shows a notice and the rest of the view', async () => {
    renderApp('/?v=1&data=demo&inst=acme-bank,woori&status=behind');
    await table();
    expect(
      await screen.findByText(/Part of the link could not be used and was ignored: inst=acme-bank/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: 'Remove filter Woori Financial Group',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove filter Behind' })).toBeInTheDocument();
  });

  it('restores the last view from local storage when the URL has none', async () => {
    window.localStorage.setItem('pledge-tracker:last-view', 'inst=kb&v=1');
    window.history.replaceState(null, '', '/');
    const { useUiStore, createInitialView } = await import('../../src/lib/ui-store');
    useUiStore.setState(createInitialView('en'));
    const { render } = await import('@testing-library/react');
    const { App } = await import('../../src/app/app');
    const { createQueryClient } = await import('../../src/lib/query-client');
    render(<App queryClient={createQueryClient({ retryDelay: 1 })} />);
    expect(
      await screen.findByRole('button', {
        name: 'Remove filter KB Financial Group',
      }),
    ).toBeInTheDocument();
  });
});
