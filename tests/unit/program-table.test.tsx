import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ProgramTable } from '../../src/features/programs/components/program-table';
import { buildProgramRows } from '../../src/features/programs/model/overview-rows';
import { makeProgram } from '../support/program-factory';

const programs = Array.from({ length: 520 }, (_, index) => {
  const id = `p${String(index).padStart(3, '0')}`;
  return makeProgram({ id, name: { ko: id, en: id } });
});
const rows = buildProgramRows(programs, [], [], '2026-10-31', 'en');
const tableProps = {
  lang: 'en' as const,
  hrefFor: (id: string) => `?v=1&program=${id}`,
  csv: { asOf: '2026-10-31', filtersText: 'No filters', filtered: false, datasetVersion: 'test', demo: false },
};
const ids = (from: number, to: number) => new Set(programs.slice(from, to).map((program) => program.id));

function shownNames() {
  return within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('link')[0]?.textContent);
}

describe('the pledge table', () => {
  it('pages a long selection by 100, starts a new selection on its first page, and shows only the selection', async () => {
    const user = userEvent.setup();
    const onOpen = () => undefined;
    const { rerender } = render(<ProgramTable rows={rows} shownIds={ids(0, 520)} {...tableProps} onOpen={onOpen} />);
    expect(shownNames()).toHaveLength(100);
    expect(screen.getByText('1–100 of 520')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next 100' }));
    expect(shownNames()[0]).toBe('p100');
    expect(shownNames()).toHaveLength(100);
    expect(screen.getByText('101–200 of 520')).toBeInTheDocument();

    rerender(<ProgramTable rows={rows} shownIds={ids(90, 120)} {...tableProps} onOpen={onOpen} />);
    expect(shownNames()).toEqual(programs.slice(90, 120).map((program) => program.id));
    expect(screen.queryByRole('navigation', { name: 'Pages of the pledge table' })).not.toBeInTheDocument();

    rerender(<ProgramTable rows={rows} shownIds={ids(0, 520)} {...tableProps} onOpen={onOpen} />);
    expect(shownNames()).toEqual(programs.slice(0, 100).map((program) => program.id));
    // Rows drawn earlier stay (hidden) for a quick way back, but never more than four pages.
    for (let page = 0; page < 5; page += 1) await user.click(screen.getByRole('button', { name: 'Next 100' }));
    expect(screen.getByText('501–520 of 520')).toBeInTheDocument();
    expect(shownNames()).toHaveLength(20);
    expect(screen.getAllByRole('row', { hidden: true }).length).toBeLessThanOrEqual(1 + 400);

    rerender(<ProgramTable rows={rows} shownIds={new Set()} {...tableProps} onOpen={onOpen} />);
    expect(screen.getByText('No pledge matches the current filters.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
