import { describe, expect, it } from 'vitest';
import { defaultResources, demoResources } from '../../mocks/resources';
import rawDataset from '../../src/data/dataset.v1.json';
import { checkDataset, indicatorReadingProblems, JUMP_FACTOR, readingProblems } from '../../src/lib/data-rules';
import { datasetSchema } from '../../src/lib/dataset';
import type { Indicator } from '../../src/lib/schemas';
import { makeProgram, point } from '../support/program-factory';

const rules = { asOf: '2026-03-13', nonNegative: true, checkJumps: true };
const codes = (readings: { date: string; value: number; flagged?: boolean }[]) =>
  [...readingProblems(readings, rules).entries()].map(([index, problem]) => [index, problem.code]);

describe('reading rules (shared by data:check and the app)', () => {
  it('refuses dates outside 2000–2100 and after the as-of, on their edges', () => {
    expect(codes([{ date: '1999-12-31', value: 1 }])).toEqual([[0, 'implausible-date']]);
    expect(codes([{ date: '2000-01-01', value: 1 }])).toEqual([]);
    expect(codes([{ date: '2999-01-01', value: 1 }])).toEqual([[0, 'implausible-date']]);
    expect(codes([{ date: '2026-03-13', value: 1 }])).toEqual([]);
    expect(codes([{ date: '2026-03-14', value: 1 }])).toEqual([[0, 'after-as-of']]);
  });

  it('refuses negative balances but lets a change be negative', () => {
    expect(codes([{ date: '2025-03-31', value: -24_937 }])).toEqual([[0, 'negative']]);
    expect(readingProblems([{ date: '2025-03-31', value: -24_937 }], { ...rules, nonNegative: false }).size).toBe(0);
  });

  it(`refuses a ×${JUMP_FACTOR} jump against the previous reading unless it is flagged`, () => {
    const base = { date: '2026-01-31', value: 8_473_530 };
    expect(codes([base, { date: '2026-02-28', value: 84_735_300 }])).toEqual([[1, 'jump']]);
    expect(codes([base, { date: '2026-02-28', value: 84_735_299 }])).toEqual([]);
    expect(codes([base, { date: '2026-02-28', value: 847_353 }])).toEqual([[1, 'jump']]);
    expect(codes([base, { date: '2026-02-28', value: 84_735_300, flagged: true }])).toEqual([]);
    // A bad reading is not the base of the next comparison.
    expect(codes([base, { date: '2026-02-28', value: 1 }, { date: '2026-03-13', value: 8_543_288 }])).toEqual([
      [1, 'jump'],
    ]);
  });

  it('checks an indicator from a live API: a 1900 date, a reading after the as-of, a negative balance', () => {
    const indicator: Indicator = {
      id: 'loans',
      name: { ko: '대출', en: 'Loans' },
      summary: { ko: '요약', en: 'summary' },
      unit: 'krw-eok',
      measure: 'level',
      breaks: [],
      notes: [],
      sources: [],
      series: [
        {
          id: 'total',
          name: { ko: '합계', en: 'Total' },
          points: [
            { date: '1900-01-31', value: 8_000_000, kind: 'month-end', provenance: 'reported', sourceIds: ['s'] },
            { date: '2026-01-31', value: 8_473_530, kind: 'month-end', provenance: 'reported', sourceIds: ['s'] },
            { date: '2026-02-28', value: -1, kind: 'month-end', provenance: 'reported', sourceIds: ['s'] },
            { date: '2026-12-31', value: 8_600_000, kind: 'month-end', provenance: 'reported', sourceIds: ['s'] },
          ],
        },
      ],
    };
    const problems = [...indicatorReadingProblems(indicator, '2026-03-13').values()].map((problem) => problem.code);
    expect(problems).toEqual(['implausible-date', 'negative', 'after-as-of']);
  });
});

describe('npm run data:check rules', () => {
  it('pass on the dataset: every figure sourced, as-of is the newest reported date', () => {
    const dataset = datasetSchema.parse(rawDataset);
    const violations = checkDataset({
      asOf: defaultResources.meta.asOf,
      programs: defaultResources.programs.programs,
      indicators: defaultResources.indicators.indicators,
      knownSourceIds: new Set(dataset.sources.map((source) => source.id)),
      timeline: defaultResources.strategies.timeline ?? [],
    });
    expect(violations).toEqual([]);
  });

  it('the default data holds no illustrative figure; the demo does, apart', () => {
    const illustrative = (programs: typeof defaultResources.programs.programs) =>
      programs.flatMap((program) => program.progress).filter((reading) => reading.provenance === 'illustrative');
    expect(illustrative(defaultResources.programs.programs)).toEqual([]);
    expect(defaultResources.meta.containsIllustrative).toBe(false);
    expect(illustrative(demoResources.programs.programs).length).toBeGreaterThan(0);
    expect(demoResources.meta).toMatchObject({ dataset: 'demo', containsIllustrative: true });
  });

  it('names each violation with its path', () => {
    const program = makeProgram({
      id: 'bad',
      progress: [point('2026-02-01', 5), { ...point('2026-03-01', 6), sourceIds: [] }],
      overlaps: [{ programId: 'nowhere', amountEok: 1, note: { ko: '공유', en: 'shared' } }],
    });
    const violations = checkDataset({
      asOf: '2026-02-01',
      programs: [program],
      indicators: [],
      knownSourceIds: new Set(['s1']),
    });
    expect(violations.map((violation) => violation.path)).toEqual([
      'programs[bad].progress[1]',
      'programs[bad].progress[1] (2026-03-01)',
      'programs[bad].overlaps',
      'meta.asOf',
    ]);
  });
});
