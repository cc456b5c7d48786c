// The views beyond the overview's tables: the change digest and the briefing pack say which data
// failed and why, offer Retry and recover, while the rest of the page keeps working.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { switchableFault } from '../../mocks/scenarios';
import { emptyPack, packToHash } from '../../src/features/pack/model/pack';
import { renderApp } from '../support/render-app';

describe('the change digest', () => {
  it.each(['vintages', 'vintages/briefing-2026-02-28/programs'])(
    'when %s fails: names the vintages and why, the scorecard still answers, Retry recovers',
    async (resource) => {
      const fault = switchableFault(resource, 'http-500');
      server.use(fault.handler);
      const user = userEvent.setup();
      renderApp();
      const region = await screen.findByRole('region', { name: /what changed since the last briefing/i });
      const alert = await within(region).findByRole('alert');
      expect(alert).toHaveTextContent('The vintages (earlier cuts of the data) could not be loaded.');
      expect(alert).toHaveTextContent('The change digest needs them, so it is not shown.');
      expect(alert).toHaveTextContent('(500)');
      expect(screen.getByRole('table', { name: /scorecard/i })).toBeInTheDocument();
      fault.clear();
      await user.click(within(alert).getByRole('button', { name: 'Retry' }));
      expect(await within(region).findByRole('combobox', { name: /compare with/i })).toBeInTheDocument();
    },
  );
});

describe('the briefing pack', () => {
  it('when the pledges fail: says so in Korean with 다시 시도, and draws its items once they load', async () => {
    const pack = {
      ...emptyPack('ko', '2026-12-05'),
      items: [{ id: 'i1', panelId: 'pledged-vs-reported', query: '', datasetVersion: 'x', takeaway: '' }],
    };
    const fault = switchableFault('programs', 'http-503');
    server.use(fault.handler);
    const user = userEvent.setup();
    renderApp(`/?lang=ko${packToHash(pack)}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('공약 목록을 불러오지 못했습니다.');
    expect(alert).toHaveTextContent('브리핑 묶음은 이 자료로 항목을 그리므로 항목을 표시하지 않습니다.');
    fault.clear();
    await user.click(within(alert).getByRole('button', { name: '다시 시도' }));
    expect(await screen.findByRole('heading', { level: 2, name: /브리핑/ })).toBeInTheDocument();
    expect(screen.queryByText('공약 목록을 불러오지 못했습니다.')).not.toBeInTheDocument();
  });
});

describe('the data desk', () => {
  it('when the pledges fail: says the desk needs them, with Retry, and lists them once they load', async () => {
    const fault = switchableFault('programs', 'http-500');
    server.use(fault.handler);
    const user = userEvent.setup();
    renderApp('/#desk');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The list of pledges could not be loaded.');
    expect(alert).toHaveTextContent('The data desk lists the pledges from it');
    fault.clear();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await screen.findByRole('button', { name: 'Sign in' });
    await waitFor(() => expect(screen.queryByText('The list of pledges could not be loaded.')).not.toBeInTheDocument());
  });
});
