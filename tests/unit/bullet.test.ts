import { describe, expect, it } from 'vitest';
import { bulletMarks, milestoneLadder } from '../../src/features/programs/model/bullet';
import { buildProgramRows } from '../../src/features/programs/model/overview-rows';
import { buildScorecardRows, sortScorecard } from '../../src/features/programs/model/scorecard';
import { assessProgram } from '../../src/features/programs/model/status';
import { makeProgram, point } from '../support/program-factory';

// A 10,000억 pledge over 2026–2030 (1,826 days): by 2027-12-31, 730/1826 of it is expected.
const money = makeProgram({
  id: 'money',
  commitment: { kind: 'amount', targetEok: 10_000 },
  progress: [point('2026-12-31', 1_000), point('2027-12-31', 2_000)],
});

describe('bulletMarks', () => {
  it('gives progress, the expected mark and the grace band as fractions of the target', () => {
    const assessment = assessProgram(money, '2028-01-31');
    const marks = bulletMarks(money, assessment);
    expect(marks.glyph).toBe('bar');
    expect(marks.progress).toBeCloseTo(0.2);
    // Expected by the latest reading's date: 730 of 1,826 days → 3,998억 (rounded once in pace).
    expect(marks.expected).toBeCloseTo(0.3998);
    // The band the status is judged with: ±10 % of expected.
    expect(marks.band?.low).toBeCloseTo(0.3998 - 0.03998);
    expect(marks.band?.high).toBeCloseTo(0.3998 + 0.03998);
    expect(assessment.status).toBe('behind');
    expect(marks.comparison).toBeNull();
    expect(marks.scaleMax).toBe(1);
  });

  it('draws a comparison value as a ghost and widens the scale past the target', () => {
    const marks = bulletMarks(money, assessProgram(money, '2028-01-31'), { comparison: 12_500 });
    expect(marks.comparison).toBeCloseTo(1.25);
    expect(marks.scaleMax).toBeCloseTo(1.3);
  });

  it('keeps a floor of 1 % of the target in the band', () => {
    const early = makeProgram({ ...money, progress: [point('2026-01-20', 10), point('2026-07-01', 900)] });
    const marks = bulletMarks(early, assessProgram(early, '2026-08-01'));
    const half = (marks.band!.high - marks.band!.low) / 2;
    expect(half).toBeGreaterThanOrEqual(0.01 - 1e-9);
  });

  it('has no glyph without a reported figure', () => {
    const none = makeProgram({ id: 'none' });
    const marks = bulletMarks(none, assessProgram(none, '2026-10-31'));
    expect(marks).toMatchObject({ glyph: 'none', progress: null, expected: null, band: null });
  });

  it('draws a share on 0–100 % against its target line', () => {
    const share = makeProgram({
      id: 'share',
      commitment: { kind: 'share', targetPercent: 40, of: { ko: 'GPU', en: 'GPUs' } },
      progress: [point('2026-06-30', 30)],
    });
    const marks = bulletMarks(share, assessProgram(share, '2026-10-31'));
    expect(marks).toMatchObject({ glyph: 'share', expected: null, scaleMax: 2.5 });
    expect(marks.progress).toBeCloseTo(0.75);
    expect(marks.band).toEqual({ low: 0.9, high: 1 });
  });

  it('draws price terms against the promised range', () => {
    const terms = makeProgram({
      id: 'terms',
      commitment: {
        kind: 'price-terms',
        discountMinPercent: 5,
        discountMaxPercent: 10,
        of: { ko: '요금', en: 'fees' },
      },
      progress: [point('2026-06-30', 8)],
    });
    const marks = bulletMarks(terms, assessProgram(terms, '2026-10-31'));
    expect(marks).toMatchObject({ glyph: 'range', band: { low: 0.5, high: 1 }, scaleMax: 1.25 });
    expect(marks.progress).toBeCloseTo(0.8);
  });
});

describe('milestoneLadder', () => {
  it('lists done steps first, then the ones still due by date', () => {
    const steps = makeProgram({
      id: 'steps',
      commitment: { kind: 'milestone', description: { ko: '단계', en: 'steps' } },
      milestones: [
        { id: 'b', provenance: 'reported', sourceIds: ['s1'], label: { ko: 'B', en: 'B' }, dueDate: '2026-12-31' },
        { id: 'a', provenance: 'reported', sourceIds: ['s1'], label: { ko: 'A', en: 'A' }, doneDate: '2026-03-01' },
        { id: 'c', provenance: 'reported', sourceIds: ['s1'], label: { ko: 'C', en: 'C' }, dueDate: '2026-06-30' },
      ],
    });
    expect(milestoneLadder(steps, '2026-10-31').map((step) => [step.label.en, step.done])).toEqual([
      ['A', true],
      ['C', false],
      ['B', false],
    ]);
  });
});

describe('scorecard rows', () => {
  const parent = makeProgram({ id: 'parent', childIds: ['child'], commitment: { kind: 'amount', targetEok: 20_000 } });
  const child = makeProgram({ ...money, id: 'child', parentId: 'parent' });
  const ahead = makeProgram({
    ...money,
    id: 'ahead',
    progress: [point('2026-12-31', 5_000), point('2027-12-31', 6_000)],
  });
  const far = makeProgram({ ...money, id: 'far', progress: [point('2026-12-31', 100), point('2027-12-31', 200)] });
  const empty = makeProgram({ id: 'empty' });
  const programs = [parent, child, ahead, far, empty];
  const rows = buildProgramRows(programs, [], [], '2028-01-31', 'en');

  it('shows the top-level pledges of the selection, furthest behind first, no data apart', () => {
    const all = new Set(programs.map((program) => program.id));
    const card = sortScorecard(buildScorecardRows(rows, all), { key: 'attention', direction: 'ascending' }, 'en');
    // The parent rolls its child up (2,000 of 20,000): behind by less than `far`.
    expect(card.map((entry) => [entry.row.program.id, entry.group])).toEqual([
      ['far', 'judged'],
      ['parent', 'judged'],
      ['ahead', 'judged'],
      ['empty', 'no-data'],
    ]);
  });

  it('shows a child when its parent is filtered out, and sorts by gap either way', () => {
    const card = buildScorecardRows(rows, new Set(['child', 'far', 'empty']));
    expect(card.map((entry) => entry.row.program.id)).toEqual(['child', 'far', 'empty']);
    const descending = sortScorecard(card, { key: 'gap', direction: 'descending' }, 'en');
    expect(descending.map((entry) => entry.row.program.id)).toEqual(['child', 'far', 'empty']);
    expect(card[1]!.gapShare).toBeCloseTo((200 - 3_998) / 10_000);
  });
});
