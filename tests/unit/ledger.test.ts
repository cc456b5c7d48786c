import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { committedLedger, planTally, reportedLedgers } from '../../src/features/programs/model/ledger';
import type { Program } from '../../src/lib/schemas';
import { makeProgram, point } from '../support/program-factory';

const JO = 10_000;

// The oracle: a forest whose every program is an explicit set of 억 units. A child is a subset of
// its parent (children disjoint); money two trees share is the same units sitting in both. The
// union of the selected programs' sets, counted unit by unit, is the truth the ledger must meet.
// It shares no code with the ledger.
interface ForestSpec {
  /** Per program: parent pick, own (not-in-children) units. */
  nodes: { parentPick: number; own: number }[];
  /** Shares: from program, to program, units. */
  shares: { from: number; to: number; units: number }[];
}

const forestSpec: fc.Arbitrary<ForestSpec> = fc.record({
  nodes: fc.array(fc.record({ parentPick: fc.nat(), own: fc.integer({ min: 0, max: 12 }) }), {
    minLength: 2,
    maxLength: 14,
  }),
  shares: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), units: fc.integer({ min: 1, max: 6 }) }), {
    maxLength: 8,
  }),
});

function buildForest(spec: ForestSpec): { programs: Program[]; sets: Map<string, Set<number>> } {
  const count = spec.nodes.length;
  const parent = spec.nodes.map((node, index) =>
    index === 0 || node.parentPick % 3 === 0 ? null : node.parentPick % index,
  );
  const rootOf = (index: number): number => {
    let current = index;
    while (parent[current] !== null && parent[current] !== undefined) current = parent[current] ?? current;
    return current;
  };
  // Own units: global ids. A unit a share moves is the *same* id placed in the other program.
  let next = 0;
  const own: number[][] = spec.nodes.map((node) => Array.from({ length: node.own }, () => next++));
  const free: number[][] = own.map((units) => [...units]);
  const overlaps = new Map<number, { programId: string; amountEok: number }[]>();
  const pairs = new Set<string>();
  for (const share of spec.shares) {
    const from = share.from % count;
    const to = share.to % count;
    if (rootOf(from) === rootOf(to)) continue; // shared money links two different trees
    // The contract: one declaration per pair (declared on both sides, it is the same money).
    const pair = [from, to].sort().join('|');
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    const fromFree = free[from] ?? [];
    const toFree = free[to] ?? [];
    const units = Math.min(share.units, fromFree.length, toFree.length);
    if (units === 0) continue;
    const moved = toFree.splice(0, units);
    const replaced = fromFree.splice(0, units);
    const fromOwn = own[from] ?? [];
    own[from] = fromOwn.map((unit) => {
      const at = replaced.indexOf(unit);
      return at >= 0 ? (moved[at] ?? unit) : unit;
    });
    const list = overlaps.get(from) ?? [];
    list.push({ programId: `p${to}`, amountEok: units });
    overlaps.set(from, list);
  }
  const sets = new Map<string, Set<number>>();
  const setOf = (index: number): Set<number> => {
    const key = `p${index}`;
    const known = sets.get(key);
    if (known) return known;
    const set = new Set(own[index]);
    parent.forEach((p, child) => {
      if (p === index) for (const unit of setOf(child)) set.add(unit);
    });
    sets.set(key, set);
    return set;
  };
  for (let index = 0; index < count; index += 1) setOf(index);
  const programs = spec.nodes.map((_, index) =>
    makeProgram({
      id: `p${index}`,
      parentId: parent[index] === null ? null : `p${parent[index]}`,
      childIds: parent.flatMap((p, child) => (p === index ? [`p${child}`] : [])),
      commitment: { kind: 'amount', targetEok: sets.get(`p${index}`)?.size ?? 0 },
      overlaps: (overlaps.get(index) ?? []).map((overlap) => ({ ...overlap, note: { ko: '공유', en: 'shared' } })),
    }),
  );
  return { programs, sets };
}

describe('the ledger counts each won once', () => {
  it('equals the union of won, unit by unit, for any forest, overlaps and selection', () => {
    fc.assert(
      fc.property(forestSpec, fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }), (spec, picks) => {
        const { programs, sets } = buildForest(spec);
        const selected = new Set(programs.filter((_, index) => picks[index]).map((program) => program.id));
        const union = new Set<number>();
        for (const id of selected) for (const unit of sets.get(id) ?? []) union.add(unit);
        expect(committedLedger(programs, selected).net).toBe(union.size);
      }),
      { numRuns: 500 },
    );
  });

  it('never removes one won twice: a fund shared by five contributors loses at most what it holds', () => {
    const fund = makeProgram({
      id: 'fund',
      commitment: { kind: 'amount', targetEok: 150 * JO, moneyBasis: 'fund-size' },
      progress: [{ ...point('2026-01-29', 7_500), moneyBasis: 'approved' }],
    });
    const groups = ['a', 'b', 'c', 'd', 'e'].map((id) =>
      makeProgram({
        id,
        commitment: { kind: 'amount', targetEok: 10 * JO },
        // Each contributor's (made-up) approvals exceed the fund's own.
        progress: [{ ...point('2026-06-30', 5_000, 'illustrative'), moneyBasis: 'approved' }],
        overlaps: [{ programId: 'fund', amountEok: 10 * JO, note: { ko: '출자', en: 'contribution' } }],
      }),
    );
    const programs = [fund, ...groups];
    const all = new Set(programs.map((program) => program.id));
    expect(committedLedger(programs, all).net).toBe(150 * JO);
    const approved = reportedLedgers(programs, all, '2026-10-31').find((ledger) => ledger.basis === 'approved');
    // 5 × 5,000 + 7,500, less the 7,500 the fund holds, counted once — not three or five times.
    expect(approved?.sharedDeducted).toBe(7_500);
    expect(approved?.net).toBe(25_000);
  });

  it('keeps approvals, money paid out and balances apart', () => {
    const programs = [
      makeProgram({ id: 'fund', progress: [{ ...point('2026-01-29', 7_500), moneyBasis: 'approved' }] }),
      makeProgram({ id: 'bank', progress: [point('2026-03-31', 2_000)] }),
    ];
    const ledgers = reportedLedgers(programs, new Set(['fund', 'bank']), '2026-10-31');
    expect(Object.fromEntries(ledgers.map((ledger) => [ledger.basis, ledger.net]))).toEqual({
      approved: 7_500,
      disbursed: 2_000,
      balance: 0,
    });
    expect(ledgers.find((ledger) => ledger.basis === 'approved')?.latestDate).toBe('2026-01-29');
  });

  it('reads the same dataset again at another date and for another selection (the readings are kept per date)', () => {
    const programs = [
      makeProgram({ id: 'bank', progress: [point('2026-03-31', 2_000), point('2026-09-30', 3_000)] }),
      makeProgram({ id: 'other', progress: [point('2026-03-31', 1_000)] }),
    ];
    const disbursed = (selected: string[], asOf: string) =>
      reportedLedgers(programs, new Set(selected), asOf).find((ledger) => ledger.basis === 'disbursed');
    expect(disbursed(['bank'], '2026-10-31')?.net).toBe(3_000);
    // An earlier date on the same array does not see the later reading.
    expect(disbursed(['bank'], '2026-06-30')?.net).toBe(2_000);
    expect(disbursed(['bank'], '2026-06-30')?.latestDate).toBe('2026-03-31');
    expect(disbursed(['bank', 'other'], '2026-10-31')?.net).toBe(4_000);
    expect(disbursed(['other'], '2026-10-31')?.net).toBe(1_000);
  });
});

describe('the plan total', () => {
  const plan = (value: number, extra: object = {}) => ({
    year: 2026,
    value,
    provenance: 'reported' as const,
    sourceIds: ['s1'],
    ...extra,
  });
  const programs = [
    makeProgram({ id: 'fund', commitment: { kind: 'amount', targetEok: 150 * JO }, plans: [plan(30 * JO)] }),
    makeProgram({
      id: 'shinhan',
      commitment: { kind: 'amount', targetEok: 110 * JO },
      plans: [plan(20 * JO, { overlaps: [{ programId: 'fund', amountEok: 2 * JO }] })],
    }),
    makeProgram({
      id: 'woori',
      commitment: { kind: 'amount', targetEok: 80 * JO },
      plans: [plan(127_000, { scope: { ko: '우리은행 대출만', en: 'Woori Bank lending only' } })],
    }),
    makeProgram({ id: 'kb', commitment: { kind: 'amount', targetEok: 110 * JO } }),
  ];

  it('takes money two plans hold once and says how many pledges declared one', () => {
    const tally = planTally(programs, new Set(programs.map((program) => program.id)), 2026);
    expect(tally.value).toBe(30 * JO + 20 * JO + 127_000 - 2 * JO);
    expect(tally).toMatchObject({ declared: 3, of: 4, partial: 1, sharedDeducted: 2 * JO });
  });

  it('deducts nothing when the other plan is not counted', () => {
    const tally = planTally(programs, new Set(['shinhan', 'kb']), 2026);
    expect(tally).toMatchObject({ value: 20 * JO, declared: 1, of: 2, sharedDeducted: 0 });
  });
});

describe('charts read the same ledger as the tallies', () => {
  it('the pledged bars add up to the committed tally, for any selection of the dataset', async () => {
    const { defaultResources, demoResources } = await import('../../mocks/resources');
    const { pledgedVsReportedPanel } = await import('../../src/features/programs/model/program-panels');
    const labels = {
      title: '',
      subtitle: '',
      program: '',
      group: '',
      pledged: '',
      counted: '',
      reportedBasis: { approved: '', disbursed: '', balance: '' },
      illustrative: '',
      noData: '',
      sharedNote: () => '',
    };
    for (const resources of [defaultResources, demoResources]) {
      const programs = resources.programs.programs;
      const names = { institutions: resources.institutions.institutions, strategies: resources.strategies.strategies };
      fc.assert(
        fc.property(fc.subarray(programs.map((program) => program.id)), (ids) => {
          const selected = new Set(ids);
          const panel = pledgedVsReportedPanel(
            programs,
            selected,
            resources.meta.asOf,
            'institution',
            names,
            'en',
            labels,
            { datasetVersion: resources.meta.datasetVersion, demo: false, filtersText: '' },
          );
          const counted = panel.chart.series.find((series) => series.key === 'counted');
          const bars = (counted?.points ?? []).reduce((sum, point) => sum + (point.value ?? 0), 0);
          expect(bars).toBe(committedLedger(programs, selected).net);
        }),
        { numRuns: 200 },
      );
    }
  });
});
