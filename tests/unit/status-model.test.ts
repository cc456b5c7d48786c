import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fractionElapsed } from '../../src/features/programs/model/dates';
import { expectedAt } from '../../src/features/programs/model/pace';
import { committedLedger, planTally, reportedLedgers } from '../../src/features/programs/model/ledger';
import { withRolledUpProgress } from '../../src/features/programs/model/rollup';
import { assessProgram, compareToPace } from '../../src/features/programs/model/status';
import type { Program } from '../../src/lib/schemas';
import { makeProgram, point } from '../support/program-factory';

const JO = 10_000;
const isoDate = fc
  .date({
    min: new Date('2025-01-01T00:00:00Z'),
    max: new Date('2032-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

const woori = [
  makeProgram({
    id: 'woori-total',
    childIds: ['woori-productive', 'woori-inclusive'],
    commitment: { kind: 'amount', targetEok: 80 * JO },
  }),
  makeProgram({
    id: 'woori-productive',
    parentId: 'woori-total',
    childIds: ['woori-ngf'],
    commitment: { kind: 'amount', targetEok: 73 * JO },
  }),
  makeProgram({
    id: 'woori-ngf',
    parentId: 'woori-productive',
    commitment: { kind: 'amount', targetEok: 10 * JO },
    overlaps: [
      {
        programId: 'ngf-total',
        amountEok: 10 * JO,
        note: { ko: '중복', en: 'overlap' },
      },
    ],
  }),
  makeProgram({
    id: 'woori-inclusive',
    parentId: 'woori-total',
    commitment: { kind: 'amount', targetEok: 7 * JO },
  }),
  makeProgram({
    id: 'ngf-total',
    commitment: { kind: 'amount', targetEok: 150 * JO },
  }),
];

describe('pace', () => {
  it('is linear over the period by default', () => {
    const program = makeProgram({
      id: 'p',
      period: { start: '2026-01-01', end: '2026-12-31' },
      commitment: { kind: 'amount', targetEok: 36_500 },
    });
    expect(expectedAt(program, '2026-01-10')).toEqual({
      expected: 1_000,
      basis: 'linear',
      asOf: '2026-01-10',
    });
  });

  it('follows a declared annual plan (Hana 17.8조 in 2026)', () => {
    const hana = makeProgram({
      id: 'hana',
      commitment: { kind: 'amount', targetEok: 84 * JO },
      plans: [
        {
          year: 2026,
          value: 178_000,
          provenance: 'reported',
          sourceIds: ['s1'],
        },
      ],
    });
    const pace = expectedAt(hana, '2026-12-31');
    expect(pace).toMatchObject({ expected: 178_000, basis: 'annual-plan' });
    expect(expectedAt(hana, '2030-12-31').expected).toBe(84 * JO);
  });

  it('stays within [0, target], in whole 억, never falling as time passes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000 }),
        isoDate,
        isoDate,
        fc.option(fc.integer({ min: 0, max: 500_000 })),
        (target, a, b, plan) => {
          const program = makeProgram({
            id: 'p',
            commitment: { kind: 'amount', targetEok: target },
            plans:
              plan === null
                ? []
                : [
                    {
                      year: 2027,
                      value: plan,
                      provenance: 'reported',
                      sourceIds: ['s1'],
                    },
                  ],
          });
          const [early, late] = a <= b ? [a, b] : [b, a];
          const first = expectedAt(program, early).expected;
          const second = expectedAt(program, late).expected;
          return Number.isInteger(first) && first >= 0 && second <= target && first <= second;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('elapsed share is within [0, 1]', () => {
    fc.assert(
      fc.property(isoDate, (asOf) => {
        const share = fractionElapsed({ start: '2026-01-01', end: '2030-12-31' }, asOf);
        return share >= 0 && share <= 1;
      }),
    );
  });
});

describe('status', () => {
  it('is on track just inside the grace band and behind or ahead just outside it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 1_000_000 }),
        fc.integer({ min: 100_000, max: 10_000_000 }),
        (expected, target) => {
          const band = Math.max(0.1 * expected, 0.01 * target);
          return (
            compareToPace(expected - band, expected, target, 0.1) === 'on-track' &&
            compareToPace(expected + band, expected, target, 0.1) === 'on-track' &&
            compareToPace(expected - band - 1, expected, target, 0.1) === 'behind' &&
            compareToPace(expected + band + 1, expected, target, 0.1) === 'ahead'
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('says behind pace, by how much, with dates', () => {
    const program = makeProgram({
      id: 'p',
      // Two readings, 10 months into five years: enough to judge (see honest-time.test.ts).
      progress: [point('2026-06-30', 20_000, 'illustrative'), point('2026-10-31', 50_000, 'illustrative')],
    });
    const assessment = assessProgram(program, '2026-10-31');
    expect(assessment.status).toBe('behind');
    expect(assessment.reason).toMatchObject({
      code: 'pace',
      reported: 50_000,
      reportedDate: '2026-10-31',
      basis: 'linear',
    });
    expect(assessment.gap).toBeLessThan(0);
  });

  it('has no reported data instead of 0%', () => {
    const assessment = assessProgram(makeProgram({ id: 'p' }), '2026-10-31');
    expect(assessment.status).toBe('no-data');
    expect(assessment.progress.kind).toBe('no-data');
  });

  it('is not started before the period', () => {
    expect(assessProgram(makeProgram({ id: 'p', progress: [point('2025-12-01', 1)] }), '2025-12-31').status).toBe(
      'not-started',
    );
  });

  it('judges milestones done, pending and overdue by their dates', () => {
    const milestone = (doneDate?: string, dueDate?: string) =>
      makeProgram({
        id: 'm',
        commitment: {
          kind: 'milestone',
          description: { ko: '설치', en: 'set up' },
        },
        milestones: [
          {
            id: 'm1',
            label: { ko: '설치', en: 'set up' },
            provenance: 'reported',
            sourceIds: ['s1'],
            ...(doneDate ? { doneDate } : {}),
            ...(dueDate ? { dueDate } : {}),
          },
        ],
      });
    expect(assessProgram(milestone('2025-10-01'), '2026-10-31').status).toBe('done');
    expect(assessProgram(milestone(undefined, '2025-12-31'), '2026-10-31').status).toBe('overdue');
    expect(assessProgram(milestone(undefined, '2026-12-31'), '2026-10-31').status).toBe('pending');
  });

  it('holds a share target, and judges price terms against the promised range', () => {
    const share = makeProgram({
      id: 's',
      commitment: {
        kind: 'share',
        targetPercent: 30,
        of: { ko: 'GPU', en: 'GPUs' },
      },
      progress: [point('2026-06-30', 31)],
    });
    expect(assessProgram(share, '2026-10-31').status).toBe('on-track');
    const price = makeProgram({
      id: 'pt',
      commitment: {
        kind: 'price-terms',
        discountMinPercent: 5,
        discountMaxPercent: 10,
        of: { ko: '시장가', en: 'market' },
      },
      progress: [point('2026-06-30', 3)],
    });
    expect(assessProgram(price, '2026-10-31').status).toBe('behind');
  });
});

describe('roll-ups', () => {
  it('counts Woori’s 80조 once whether or not its parts are selected too', () => {
    const all = new Set(woori.map((program) => program.id).filter((id) => id !== 'ngf-total'));
    const totals = committedLedger(woori, all);
    expect(totals.net).toBe(80 * JO);
    expect(totals.rowSum).toBe(170 * JO);
    expect(totals.counted).toEqual(['woori-total']);
  });

  it('deducts money two selected trees share once (10조 inside the fund’s 150조)', () => {
    const totals = committedLedger(woori, new Set(['woori-total', 'ngf-total']));
    expect(totals.net).toBe(220 * JO);
    expect(totals.sharedDeducted).toBe(10 * JO);
  });

  it('gives a parent its children’s reports, never its own plus theirs', () => {
    const programs = woori.map((program) =>
      program.id === 'woori-ngf'
        ? { ...program, progress: [point('2026-06-30', 1_000, 'illustrative')] }
        : program.id === 'woori-inclusive'
          ? { ...program, progress: [point('2026-06-30', 500, 'illustrative')] }
          : program,
    );
    const byId = new Map(programs.map((program) => [program.id, program]));
    const total = programs[0];
    if (!total) throw new Error('fixture');
    const rolled = withRolledUpProgress(total, byId);
    expect(rolled.progress).toEqual([
      expect.objectContaining({
        date: '2026-06-30',
        value: 1_500,
        provenance: 'illustrative',
      }),
    ]);
    const disbursed = reportedLedgers(programs, new Set(programs.map((p) => p.id)), '2026-10-31').find(
      (ledger) => ledger.basis === 'disbursed',
    );
    expect(disbursed?.net).toBe(1_500);
  });

  it('never counts a child twice, for any tree and selection', () => {
    const tree = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.nat()), {
        minLength: 1,
        maxLength: 25,
      })
      .map((specs) => {
        const programs: Program[] = specs.map(([amount, parentPick], index) => {
          const parentId = index === 0 || parentPick % 3 === 0 ? null : `p${parentPick % index}`;
          return makeProgram({
            id: `p${index}`,
            parentId,
            commitment: { kind: 'amount', targetEok: amount },
          });
        });
        return programs.map((program) => ({
          ...program,
          childIds: programs.filter((other) => other.parentId === program.id).map((child) => child.id),
        }));
      });
    fc.assert(
      fc.property(tree, fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }), (programs, picks) => {
        const selected = new Set(programs.filter((_, index) => picks[index]).map((program) => program.id));
        const totals = committedLedger(programs, selected);
        const counted = new Set(totals.counted);
        // No counted program is an ancestor of another counted program.
        const byId = new Map(programs.map((program) => [program.id, program]));
        for (const id of counted) {
          let parent = byId.get(id)?.parentId ?? null;
          while (parent) {
            if (counted.has(parent)) return false;
            parent = byId.get(parent)?.parentId ?? null;
          }
        }
        return totals.net <= totals.rowSum && Number.isInteger(totals.net) && totals.net >= 0;
      }),
      { numRuns: 200 },
    );
  });
});

describe('declared plans', () => {
  it('counts each plan once: a parent without a plan takes its children’s, never both', () => {
    const plan = (year: number, value: number) => ({ year, value, provenance: 'reported' as const, sourceIds: ['s1'] });
    const programs = [
      makeProgram({
        id: 'hana-total',
        childIds: ['hana-productive', 'hana-inclusive'],
        commitment: { kind: 'amount', targetEok: 100 * JO },
      }),
      makeProgram({
        id: 'hana-productive',
        parentId: 'hana-total',
        commitment: { kind: 'amount', targetEok: 84 * JO },
        plans: [plan(2026, 178_000)],
      }),
      makeProgram({ id: 'hana-inclusive', parentId: 'hana-total', commitment: { kind: 'amount', targetEok: 16 * JO } }),
      makeProgram({
        id: 'shinhan-total',
        commitment: { kind: 'amount', targetEok: 110 * JO },
        plans: [plan(2026, 200_000), plan(2027, 1)],
      }),
      makeProgram({ id: 'kb-total', commitment: { kind: 'amount', targetEok: 110 * JO } }),
    ];
    const all = new Set(programs.map((program) => program.id));
    expect(committedLedger(programs, all).net).toBe(320 * JO);
    expect(planTally(programs, all, 2026)).toEqual({
      year: 2026,
      value: 378_000,
      declared: 2,
      of: 3,
      partial: 0,
      sharedDeducted: 0,
    });
    expect(planTally(programs, new Set(['kb-total']), 2026).value).toBeNull();
  });
});

describe('overview totals', () => {
  it('counts a grandchild’s report once when its grandparent is shown and its parent is filtered out', async () => {
    const { computeOverviewTotals } = await import('../../src/features/programs/model/overview-totals');
    const { buildProgramRows } = await import('../../src/features/programs/model/overview-rows');
    const programs = [
      makeProgram({ id: 'top', childIds: ['middle'], progress: [point('2026-06-30', 3_000)] }),
      makeProgram({ id: 'middle', parentId: 'top', childIds: ['leaf'], progress: [point('2026-06-30', 2_000)] }),
      makeProgram({ id: 'leaf', parentId: 'middle', progress: [point('2026-06-30', 1_000)] }),
    ];
    const rows = buildProgramRows(programs, [], [], '2026-10-31', 'en');
    const shown = rows.filter((row) => row.program.id !== 'middle');
    const totals = computeOverviewTotals(
      rows.map((row) => row.program),
      shown,
      '2026-10-31',
    );
    const disbursed = totals.reported.find((ledger) => ledger.basis === 'disbursed');
    expect(disbursed?.net).toBe(3_000);
    expect(disbursed?.counted).toEqual(['top']);
    expect(totals.committed.counted).toEqual(['top']);
  });
});
