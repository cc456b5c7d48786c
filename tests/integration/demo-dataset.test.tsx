// The demo dataset exists to exercise the dashboard: every status a pledge can have and every
// chart, drawn with figures — while the default (reported) dataset stays free of made-up ones.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoResources } from '../../mocks/resources';
import { buildProgramRows } from '../../src/features/programs/model/overview-rows';
import { translate } from '../../src/i18n/i18n';
import { pledgeStatuses } from '../../src/lib/view-state';
import { findRegion } from '../support/queries';
import { renderApp } from '../support/render-app';

const rows = buildProgramRows(
  demoResources.programs.programs,
  demoResources.institutions.institutions,
  demoResources.strategies.strategies,
  demoResources.meta.asOf,
  'en',
);

async function tableRows(section: HTMLElement) {
  await userEvent.setup().click(await within(section).findByRole('button', { name: 'Table' }));
  const table = await within(section).findByRole('table');
  return within(table).getAllByRole('row').slice(1);
}

describe('the demo dataset', () => {
  it('reaches every status', () => {
    const reached = new Set(rows.map((row) => row.assessment.status));
    expect([...pledgeStatuses].filter((status) => !reached.has(status))).toEqual([]);
  });

  it('marks its made-up pledges as made up, in both languages', () => {
    const made = demoResources.programs.programs.filter((program) => program.id.startsWith('demo-'));
    expect(made.length).toBeGreaterThan(0);
    for (const program of made) {
      expect(program.name.en).toMatch(/^Demo: /);
      expect(program.name.ko).toMatch(/^예시: /);
      expect(program.commitmentFigure.provenance).toBe('illustrative');
    }
  });

  it('offers a chip for every status and draws every overview chart with figures', async () => {
    renderApp('/?v=1&data=demo');
    const tallies = await findRegion('Headline figures');
    for (const status of pledgeStatuses) {
      const label = translate('en', `status:label.${status}`);
      expect(
        within(tallies).getByRole('button', { name: `${String(countOf(status))} ${label} — show these pledges` }),
      ).toBeInTheDocument();
    }
    for (const title of [
      /^Pledged vs reported execution$/,
      /^Composition of the pledges by institution$/,
      /^Five major banks' corporate loans$/,
      /^Five major banks' corporate loan increases/,
      /^Technology-credit loans, all banks$/,
      /technology-credit loans, five/i,
    ]) {
      const section = await findRegion(title);
      expect((await tableRows(section)).length).toBeGreaterThan(0);
    }
  });

  it("draws a pledge's progress against its expected path", async () => {
    const measured = rows.find(
      (row) => row.assessment.status === 'behind' && row.program.progress.length > 1 && row.program.parentId === null,
    );
    if (!measured) throw new Error('fixture: no measured pledge behind pace in the demo');
    renderApp(`/?v=1&data=demo&program=${measured.program.id}`);
    const section = await findRegion(/^Cumulative progress against the expected path$/);
    expect((await tableRows(section)).length).toBeGreaterThanOrEqual(measured.program.progress.length);
    expect(screen.getAllByText('Illustrative data').length).toBeGreaterThan(0);
  });
});

function countOf(status: string) {
  return rows.filter((row) => row.assessment.status === status).length;
}
