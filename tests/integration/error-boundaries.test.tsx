// A panel whose transform throws, and a page whose content throws: each says so in the
// reader's language with Retry, the rest keeps working, and new data clears the message.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { defaultResources } from '../../mocks/resources';
import type * as ProgramPanels from '../../src/features/programs/model/program-panels';
import type * as StatusTallies from '../../src/features/programs/components/status-tallies';
import { findRegion } from '../support/queries';
import { renderApp } from '../support/render-app';

const broken = vi.hoisted(() => ({ transform: false, tallies: false }));

vi.mock('../../src/features/programs/model/program-panels', async (importOriginal) => {
  const original = await importOriginal<typeof ProgramPanels>();
  return {
    ...original,
    pledgedVsReportedPanel: (...args: Parameters<typeof original.pledgedVsReportedPanel>) => {
      if (broken.transform) throw new Error('transform failed');
      return original.pledgedVsReportedPanel(...args);
    },
  };
});

vi.mock('../../src/features/programs/components/status-tallies', async (importOriginal) => {
  const original = await importOriginal<typeof StatusTallies>();
  return {
    ...original,
    StatusTallies: (props: Parameters<typeof original.StatusTallies>[0]) => {
      if (broken.tallies) throw new Error('tallies failed');
      return original.StatusTallies(props);
    },
  };
});

/** The programs resource with one name changed: new data, as a refresh would bring. */
function serveRenamedPrograms() {
  const { programs } = defaultResources.programs;
  const renamed = programs.map((program, index) =>
    index === 0 ? { ...program, name: { ...program.name, en: `${program.name.en} (renamed)` } } : program,
  );
  server.use(
    http.get('/api/v1/programs', () => HttpResponse.json({ ...defaultResources.programs, programs: renamed })),
  );
}

describe('error boundaries', () => {
  it('a panel whose transform throws says so with Retry, the rest works, and new data clears it', async () => {
    broken.transform = true;
    const user = userEvent.setup();
    const { queryClient } = renderApp();
    const panel = await findRegion('Pledged vs reported execution');
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('This panel could not be drawn.');
    expect(alert).toHaveTextContent('Something went wrong while drawing it.');

    // The rest of the page: the other panel, the table, the filters.
    const composition = await findRegion(/composition of the pledges/i);
    expect(await within(composition).findByRole('button', { name: 'Table' })).toBeInTheDocument();
    // The table's code loads after the page (a lazy part).
    const table = await screen.findByRole('table', { name: /every tracked pledge/i });
    await user.click(screen.getByText('Institution', { selector: 'summary' }));
    await user.click(screen.getByRole('checkbox', { name: /Hana Financial Group/ }));
    expect(await screen.findByText(/^Showing \d+ of \d+ pledges$/)).toBeInTheDocument();
    expect(table).toBeInTheDocument();

    // Retry while it still throws: the message stays.
    await user.click(within(await findRegion('Pledged vs reported execution')).getByRole('button', { name: 'Retry' }));
    expect(await within(await findRegion('Pledged vs reported execution')).findByRole('alert')).toBeInTheDocument();

    // The fault is gone and new data arrives: the panel draws again without a click.
    broken.transform = false;
    serveRenamedPrograms();
    await queryClient.invalidateQueries();
    expect((await screen.findAllByText(/\(renamed\)/)).length).toBeGreaterThan(0);
    // The failed panel is replaced by the drawn one: ask for the region afresh each time.
    const pledged = () => screen.getByRole('region', { name: 'Pledged vs reported execution' });
    await waitFor(() => expect(within(pledged()).getByRole('button', { name: 'Table' })).toBeInTheDocument());
    expect(within(pledged()).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a page whose content throws keeps the header, speaks the reader’s language, and recovers', async () => {
    broken.tallies = true;
    const user = userEvent.setup();
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This page could not be shown.');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ko');
    expect(await screen.findByText('이 화면을 표시하지 못했습니다.')).toBeInTheDocument();

    broken.tallies = false;
    await user.click(screen.getByRole('button', { name: '다시 시도' }));
    expect(await screen.findByRole('table', { name: /추적 중인 모든 공약/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
