import type { Program } from '../../src/lib/schemas';

/** A valid Program with defaults; override what a test cares about. */
export function makeProgram(overrides: Partial<Program> & { id: string }): Program {
  return {
    name: { ko: overrides.id, en: overrides.id },
    summary: { ko: '요약', en: 'summary' },
    institutionIds: ['woori'],
    strategyId: 'pf-group-pledges',
    parentId: null,
    childIds: [],
    announced: '2025-09-29',
    period: { start: '2026-01-01', end: '2030-12-31' },
    commitment: { kind: 'amount', targetEok: 800_000 },
    commitmentFigure: { provenance: 'reported', sourceIds: ['s1'] },
    progress: [],
    plans: [],
    milestones: [],
    overlaps: [],
    disputes: [],
    notes: [],
    sources: [
      {
        id: 's1',
        publisher: { ko: '발행처', en: 'Publisher' },
        title: { ko: '제목', en: 'Title' },
        date: '2025-09-29',
      },
    ],
    ...overrides,
  };
}

export function point(date: string, value: number, provenance: 'reported' | 'derived' | 'illustrative' = 'reported') {
  return {
    date,
    value,
    provenance,
    sourceIds: ['s1'],
    ...(provenance === 'reported' ? {} : { basis: { ko: '시험', en: 'test' } }),
  };
}
