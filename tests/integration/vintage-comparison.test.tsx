import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { resourceHandlers, vintageHandlers } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { buildResources } from '../../src/lib/dataset';
import { vintagesOf } from '../../src/lib/vintages';
import { findRegion } from '../support/queries';
import { renderApp } from '../support/render-app';
import { programRecord, syntheticDataset } from '../support/vintage-factory';

// A pledge ahead of pace at the end-September briefing (4조 of 10조 a quarter into its period)
// that fell behind by the next (4.5조 with three quarters gone), and whose target was revised
// to 12조 from 1 March 2026 by a decision recorded on 5 March (source s3).
function revisedPledge() {
  const dataset = syntheticDataset([
    programRecord({
      id: 'p1',
      progress: [
        { date: '2025-03-31', value: 20_000, provenance: 'reported', sourceIds: ['s1'], recordedAt: '2025-07-15' },
        { date: '2025-06-30', value: 40_000, provenance: 'reported', sourceIds: ['s2'], recordedAt: '2025-07-15' },
        { date: '2026-06-30', value: 45_000, provenance: 'reported', sourceIds: ['s3'], recordedAt: '2026-07-10' },
      ],
      commitmentRevisions: [
        {
          date: '2026-03-01',
          commitment: { kind: 'amount', targetEok: 120_000 },
          provenance: 'reported',
          sourceIds: ['s3'],
          recordedAt: '2026-03-05',
        },
      ],
    }),
  ]);
  const current = { ...dataset, meta: { ...dataset.meta, asOf: '2026-06-30' } };
  server.use(...resourceHandlers(buildResources(current)), ...vintageHandlers(vintagesOf(current, ['2025-09-30'])));
}

describe('a synthetic pair of vintages over MSW', () => {
  it('lists the status transition and the target revision, and the pledge shows its revision with its source and both vintages', async () => {
    revisedPledge();
    const user = userEvent.setup();
    renderApp();
    const digest = await findRegion(/what changed since the last briefing/i);
    const performance = await within(digest).findByRole('table', { name: /^performance/i });
    const transition = within(performance)
      .getAllByRole('row')
      .find((row) => /status changed/i.test(row.textContent ?? ''));
    expect(transition).toHaveTextContent(/ahead/i);
    expect(transition).toHaveTextContent(/behind/i);
    const revision = within(performance)
      .getAllByRole('row')
      .find((row) => /target revised/i.test(row.textContent ?? ''));
    expect(revision).toHaveTextContent('KRW 12 trillion');

    await user.click(within(revision as HTMLElement).getByRole('link', { name: 'Pledge p1' }));
    const page = await screen.findByRole('article', { name: 'Pledge p1' });
    // The target in force is the revised one, marked as revised, with its own source.
    expect(page).toHaveTextContent(/KRW 12 trillion \(revised 1 Mar 2026\)/);
    const revisions = within(page).getByRole('region', { name: 'Revisions of the target' });
    expect(revisions).toHaveTextContent(/from 1 Mar 2026: KRW 12 trillion — in force/);
    expect(within(revisions).getByText(/Source s3/)).toBeInTheDocument();
    // Both vintages on one line: the figure at the end-September briefing and now.
    expect(within(page).getByText(/^Δ since 30 Sept? 2025$/)).toBeInTheDocument();
    expect(within(page).getByText('KRW 4 trillion then, KRW 4.5 trillion now (+KRW 500 billion)')).toBeInTheDocument();
  });
});

describe('the pledge chart against the comparison vintage (seeded vintages)', () => {
  it('says since when in its title, draws the earlier values as ghosts and puts a Δ column in its table', async () => {
    const user = userEvent.setup();
    renderApp();
    const section = await findRegion(/^pledged vs reported execution$/i);
    // The comparison vintage arrives after the page's own data.
    expect(await within(section).findByText(/^Δ since 28 Feb 2026 · \d+ pledges shown/)).toBeInTheDocument();
    expect(await within(section).findByText(/— recorded up to 28 Feb 2026$/)).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Table' }));
    const table = await within(section).findByRole('table');
    expect(within(table).getAllByRole('columnheader', { name: /— Δ since 28 Feb 2026/ }).length).toBeGreaterThan(0);
    // The fund's approval (7,500억 on 29 January), already in the February briefing.
    const fund = within(table).getByRole('row', { name: /National Growth Fund/ });
    expect(fund).toHaveTextContent('KRW 750 billion');
  });

  it('draws a context series as recorded at the comparison vintage, and the Δ of its revised figures', async () => {
    const user = userEvent.setup();
    renderApp();
    const section = await findRegion(/^five major banks' corporate loans$/i);
    expect(await within(section).findByText(/^Δ since 28 Feb 2026/)).toBeInTheDocument();
    expect(await within(section).findByText('Total — recorded up to 28 Feb 2026')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Table' }));
    const table = await within(section).findByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Total — Δ since 28 Feb 2026' })).toBeInTheDocument();
  });

  it('in Korean too, with no English under the title', async () => {
    renderApp('/?lang=ko&v=1');
    const section = await findRegion(/^약속 대비 보고된 이행$/);
    const since = await within(section).findByText(/^2026년 2월 28일 이후 증감 · /);
    expect(since.textContent ?? '').not.toMatch(/since|trillion|billion/i);
  });
});
