// The pledged-vs-reported bars come in the same order in Korean and English: by the dataset's
// order of institutions (or strategies), then the largest first — never by translated name.
import { describe, expect, it } from 'vitest';
import { groupOf, pledgedVsReportedPanel } from '../../src/features/programs/model/program-panels';
import type { Lang } from '../../src/lib/view-state';
import { names, pledgeLabels, programs } from '../support/pledge-panel';

const ids = new Set(programs.map((program) => program.id));
const context = { datasetVersion: 'test', demo: false, filtersText: '' };

function order(groupBy: 'institution' | 'strategy', lang: Lang) {
  return pledgedVsReportedPanel(programs, ids, '2026-10-31', groupBy, names, lang, pledgeLabels, context).rows.map(
    (row) => row.id,
  );
}

describe('pledged vs reported: bar order', () => {
  for (const groupBy of ['institution', 'strategy'] as const) {
    it(`grouped by ${groupBy}: the same bars in the same order in both languages`, () => {
      const en = order(groupBy, 'en');
      expect(en.length).toBeGreaterThan(2);
      expect(order(groupBy, 'ko')).toEqual(en);
    });
  }

  it("follows the dataset's order of institutions, whatever their names sort to", () => {
    const rows = order('institution', 'en');
    const byId = new Map(programs.map((program) => [program.id, program]));
    const ranks = rows.map((id) => {
      const program = byId.get(id);
      if (!program) throw new Error(id);
      const group = groupOf(program, 'institution', names, 'en');
      return names.institutions.findIndex((item) => item.name.en === group);
    });
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});
