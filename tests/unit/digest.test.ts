import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDigest, computeDigest, digestGroups, type VintageView } from '../../src/features/programs/model/digest';
import { comparisonValues } from '../../src/features/programs/model/comparison';
import { cutDataset, cutReadings } from '../../src/lib/vintages';
import type { Dataset } from '../../src/lib/dataset';
import { programRecord, syntheticDataset, vintagePair } from '../support/vintage-factory';

const DATES = ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31', '2026-03-31'] as const;
const recorded = fc.option(fc.constantFrom(...DATES), { nil: undefined });
const withRecorded = <T extends object>(item: T, at: string | undefined) =>
  at === undefined ? item : { ...item, recordedAt: at };

const progressArb = fc.record({
  date: fc.constantFrom(...DATES),
  value: fc.integer({ min: 0, max: 200_000 }),
  basis: fc.constantFrom('disbursed', 'approved'),
  at: recorded,
});

const programArb = (id: string) =>
  fc
    .record({
      at: recorded,
      progress: fc.array(progressArb, { maxLength: 8 }),
      plans: fc.array(fc.record({ year: fc.constantFrom(2025, 2026), value: fc.nat(50_000), at: recorded }), {
        maxLength: 3,
      }),
      revisions: fc.array(fc.record({ date: fc.constantFrom(...DATES), target: fc.nat(300_000), at: recorded }), {
        maxLength: 2,
      }),
      disputes: fc.array(fc.record({ about: fc.constantFrom('a', 'b'), at: recorded, settled: recorded }), {
        maxLength: 2,
      }),
    })
    .map(({ at, progress, plans, revisions, disputes }) =>
      programRecord({
        id,
        commitmentFigure: withRecorded({ provenance: 'reported' as const, sourceIds: ['s1'] }, at),
        progress: progress.map((p) =>
          withRecorded(
            { date: p.date, value: p.value, moneyBasis: p.basis, provenance: 'reported' as const, sourceIds: ['s2'] },
            p.at,
          ),
        ),
        plans: plans.map((p) =>
          withRecorded({ year: p.year, value: p.value, provenance: 'reported' as const, sourceIds: ['s1'] }, p.at),
        ),
        commitmentRevisions: [...new Map(revisions.map((r) => [r.date, r])).values()].map((r) =>
          withRecorded(
            {
              date: r.date,
              commitment: { kind: 'amount' as const, targetEok: r.target },
              provenance: 'reported' as const,
              sourceIds: ['s3'],
            },
            r.at,
          ),
        ),
        disputes: disputes.map((d) => ({
          about: { ko: d.about, en: d.about },
          claims: [
            { claim: { ko: '가', en: 'x' }, sourceIds: ['s1'] },
            { claim: { ko: '나', en: 'y' }, sourceIds: ['s2'] },
          ],
          ...(d.at ? { recordedAt: d.at } : {}),
          ...(d.settled && (!d.at || d.settled >= d.at) ? { settledAt: d.settled } : {}),
        })),
      }),
    );

const indicatorArb = fc
  .array(fc.record({ date: fc.constantFrom(...DATES), value: fc.integer(), at: recorded }), { maxLength: 8 })
  .map((points): Dataset['indicators'][number] => ({
    id: 'loans',
    name: { ko: '대출', en: 'Loans' },
    summary: { ko: '요약', en: 'summary' },
    unit: 'krw-eok',
    measure: 'level',
    series: [
      {
        id: 'total',
        name: { ko: '합계', en: 'Total' },
        points: points.map((p) =>
          withRecorded(
            {
              date: p.date,
              value: p.value,
              kind: 'month-end' as const,
              provenance: 'reported' as const,
              sourceIds: ['s1'],
            },
            p.at,
          ),
        ),
      },
    ],
    breaks: [],
    notes: [],
  }));

const datasetArb = fc
  .tuple(fc.tuple(programArb('p1'), programArb('p2'), programArb('p3')), indicatorArb)
  .map(([programs, indicator]) => syntheticDataset(programs, [indicator]));

const cutsArb = fc
  .tuple(fc.constantFrom('2025-01-01', ...DATES), fc.constantFrom('2025-01-01', ...DATES))
  .map(([a, b]): [string, string] => (a <= b ? [a, b] : [b, a]));

/** Records compared as sets: a collection's order and the resolved sources are not the point. */
function normalise(view: VintageView) {
  const sortJson = (items: readonly unknown[] | undefined) => (items ?? []).map((i) => JSON.stringify(i)).sort();
  return {
    programs: [...view.programs]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((p) => ({
        id: p.id,
        commitment: p.commitment,
        progress: sortJson(p.progress),
        plans: sortJson(p.plans),
        milestones: sortJson(p.milestones),
        events: sortJson(p.events),
        revisions: sortJson(p.commitmentRevisions),
        disputes: sortJson(p.disputes),
      })),
    indicators: view.indicators.map((i) => ({
      id: i.id,
      series: i.series.map((s) => ({ id: s.id, points: sortJson(s.points) })),
      breaks: sortJson(i.breaks),
    })),
  };
}

describe('the change digest', () => {
  it('applying its changes to the older vintage reproduces the newer one', () => {
    fc.assert(
      fc.property(datasetArb, cutsArb, (dataset, [from, to]) => {
        const { older, newer } = vintagePair(dataset, from, to);
        // Time moves forward between the two, their as-of dates too. An older vintage with no
        // figures at all is as of its cut date, which can be later than the newer one's figures;
        // a target revised between those dates is then in force in the older one only, and no
        // digest row says so (a known gap: docs/api.md, the change digest).
        fc.pre(older.meta.asOf <= newer.meta.asOf);
        const digest = computeDigest(older, newer, { fromRecordedUpTo: from, toRecordedUpTo: to });
        expect(normalise(applyDigest(older, digest, newer.meta))).toEqual(normalise(newer));
      }),
      { numRuns: 300 },
    );
  });

  it('never mixes composition and performance changes', () => {
    fc.assert(
      fc.property(datasetArb, cutsArb, (dataset, [from, to]) => {
        const { older, newer } = vintagePair(dataset, from, to);
        const digest = computeDigest(older, newer, { fromRecordedUpTo: from, toRecordedUpTo: to });
        const groups = digestGroups(digest);
        const entered = new Set(groups.composition.map((row) => row.subject.id));
        expect(groups.composition.every((row) => row.kind === 'pledge-added' || row.kind === 'pledge-removed')).toBe(
          true,
        );
        // A pledge that entered brings its figures along: none of them counts as a change of performance.
        expect(groups.performance.filter((row) => entered.has(row.subject.id))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('shows a figure superseded twice with its latest reading only', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...DATES], { minLength: 3, maxLength: 3 }), fc.nat(1000), (stamps, base) => {
        const [a, b, c] = [...stamps].sort();
        const readings = [
          { date: '2025-03-31', value: base, recordedAt: a },
          { date: '2025-03-31', value: base + 1, recordedAt: c },
          { date: '2025-03-31', value: base + 2, recordedAt: b },
        ];
        const kept = cutReadings(readings, (r) => r.date, '2099-12-31');
        expect(kept).toEqual([{ date: '2025-03-31', value: base + 1, recordedAt: c }]);
      }),
    );
  });

  it('lists a revised target with its revision and source, and a status transition', () => {
    const dataset = syntheticDataset([
      programRecord({
        id: 'fund',
        commitment: { kind: 'amount', targetEok: 1_500_000 },
        period: { start: '2024-01-01', end: '2026-12-31' },
        progress: [
          { date: '2025-03-31', value: 700_000, provenance: 'reported', sourceIds: ['s2'] },
          { date: '2025-06-30', value: 900_000, provenance: 'reported', sourceIds: ['s2'] },
          { date: '2025-12-31', value: 950_000, provenance: 'reported', sourceIds: ['s3'], recordedAt: '2026-01-15' },
        ],
        commitmentRevisions: [
          {
            // Synthetic: the real fund "may become 160조" is a report, not a decision.
            date: '2025-12-01',
            commitment: { kind: 'amount', targetEok: 1_600_000 },
            provenance: 'reported',
            sourceIds: ['s3'],
            recordedAt: '2026-01-15',
          },
        ],
      }),
    ]);
    const { older, newer } = vintagePair(dataset, '2025-12-31', '2026-01-31');
    expect(older.programs[0]?.commitment).toEqual({ kind: 'amount', targetEok: 1_500_000 });
    expect(newer.programs[0]?.commitment).toEqual({ kind: 'amount', targetEok: 1_600_000 });
    const digest = computeDigest(older, newer, { fromRecordedUpTo: '2025-12-31', toRecordedUpTo: '2026-01-31' });
    const revision = digest.rows.find((row) => row.kind === 'target-revised');
    expect(revision).toMatchObject({ after: 1_600_000, sourceIds: ['s3'], date: '2025-12-01' });
    expect(digest.rows.find((row) => row.kind === 'status-changed')).toMatchObject({
      statusBefore: 'ahead',
      statusAfter: 'behind',
    });
    // Most important first: the status transition, then the target.
    expect(digest.rows.map((row) => row.kind).slice(0, 2)).toEqual(['status-changed', 'target-revised']);
    expect(comparisonValues(older).get('fund')).toBe(900_000);
  });

  it('computes a revised figure in 억 and percent', () => {
    const dataset = syntheticDataset([
      programRecord({
        id: 'loans',
        progress: [
          { date: '2025-06-30', value: 10_000, provenance: 'reported', sourceIds: ['s2'] },
          { date: '2025-06-30', value: 12_500, provenance: 'reported', sourceIds: ['s3'], recordedAt: '2025-12-31' },
        ],
      }),
    ]);
    const cut = cutDataset(dataset, '2025-12-31');
    expect(cut.programs[0]?.progress.map((p) => p.value)).toEqual([12_500]);
    const { older, newer } = vintagePair(dataset, '2025-07-01', '2025-12-31');
    const digest = computeDigest(older, newer, { fromRecordedUpTo: '2025-07-01', toRecordedUpTo: '2025-12-31' });
    expect(digest.rows.find((row) => row.kind === 'figure-revised')).toMatchObject({
      before: 10_000,
      after: 12_500,
      delta: 2_500,
      deltaPercent: 25,
      unit: 'krw-eok',
    });
  });
});
