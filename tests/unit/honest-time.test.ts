import { describe, expect, it } from 'vitest';
import { addMonths, endOfMonth } from '../../src/features/programs/model/dates';
import { freshnessOf, lastStep } from '../../src/features/programs/model/freshness';
import { assessProgram, TOO_EARLY } from '../../src/features/programs/model/status';
import { makeProgram, point } from '../support/program-factory';

// A 100-day period (2026-01-01 … 2026-04-10) so shares of it are whole days.
const period = { start: '2026-01-01', end: '2026-04-10' };
const amount = (progress: ReturnType<typeof point>[]) =>
  makeProgram({ id: 'p', period, commitment: { kind: 'amount', targetEok: 1_000 }, progress });

describe('too early to judge', () => {
  it('states its thresholds', () => {
    expect(TOO_EARLY).toEqual({ minShareOfPeriod: 0.1, minReadings: 2 });
  });

  it('needs 10% of the period: day 9 of 100 is too early, day 10 is judged', () => {
    // Two readings, nothing reported: behind once the share threshold is met.
    expect(assessProgram(amount([point('2026-01-01', 0), point('2026-01-09', 0)]), '2026-01-09').status).toBe(
      'too-early',
    );
    expect(assessProgram(amount([point('2026-01-01', 0), point('2026-01-10', 0)]), '2026-01-10').status).toBe('behind');
  });

  it('needs two readings: one reading late in the period is too early, two are judged', () => {
    expect(assessProgram(amount([point('2026-03-01', 0)]), '2026-03-01').status).toBe('too-early');
    expect(assessProgram(amount([point('2026-02-01', 0), point('2026-03-01', 0)]), '2026-03-01').status).toBe('behind');
  });

  it('judges the fund’s one approval 29 days into five years as too early, dated at the reading', () => {
    const fund = makeProgram({
      id: 'fund',
      period: { start: '2026-01-01', end: '2030-12-31' },
      commitment: { kind: 'amount', targetEok: 1_500_000, moneyBasis: 'fund-size' },
      progress: [{ ...point('2026-01-29', 7_500), moneyBasis: 'approved' }],
    });
    const assessment = assessProgram(fund, '2026-03-13');
    expect(assessment.status).toBe('too-early');
    expect(assessment.judgedAt).toBe('2026-01-29');
    expect(assessment.gap).toBeNull();
  });

  it('still calls a target met achieved, however early', () => {
    expect(assessProgram(amount([point('2026-01-02', 1_000)]), '2026-01-02').status).toBe('achieved');
  });
});

describe('assumed dates are not deadlines', () => {
  it('a milestone past a due date no source gives is pending, not overdue', () => {
    const milestone = (dueDateAssumption?: { ko: string; en: string }) =>
      makeProgram({
        id: 'm',
        commitment: { kind: 'milestone', description: { ko: '부서', en: 'unit' } },
        milestones: [
          {
            id: 'unit',
            label: { ko: '부서 신설', en: 'Unit set up' },
            dueDate: '2025-12-31',
            provenance: 'reported',
            sourceIds: ['s1'],
            ...(dueDateAssumption ? { dueDateAssumption } : {}),
          },
        ],
      });
    expect(assessProgram(milestone(), '2026-03-01').status).toBe('overdue');
    const assumed = assessProgram(milestone({ ko: '출처 없음', en: 'no source' }), '2026-03-01');
    expect(assumed.status).toBe('pending');
    expect(assumed.reason).toEqual({ code: 'milestone-assumed-due', dueDate: '2025-12-31' });
  });
});

describe('last reported and updates due', () => {
  const monthly = (progress: ReturnType<typeof point>[], assumption?: { ko: string; en: string }) =>
    makeProgram({
      id: 'p',
      progress,
      reporting: { cadence: 'monthly', sourceIds: ['s1'], ...(assumption ? { assumption } : {}) },
    });

  it('a monthly figure for January is due by the end of March (one month, plus a month to publish)', () => {
    const fresh = freshnessOf(monthly([point('2026-01-29', 7_500)]), '2026-03-13', '2026-03-31');
    expect(fresh).toMatchObject({ lastReported: '2026-01-29', nextDue: '2026-03-31', updateDue: false });
    expect(freshnessOf(monthly([point('2026-01-29', 7_500)]), '2026-03-13', '2026-04-01')?.updateDue).toBe(true);
  });

  it('says when the cadence is an assumption, and counts from the period start with no reading', () => {
    const fresh = freshnessOf(monthly([], { ko: '가정', en: 'assumed' }), '2026-03-13', '2026-12-02');
    expect(fresh).toMatchObject({ lastReported: null, cadenceAssumed: true, nextDue: '2026-03-31', updateDue: true });
  });

  it('has nothing to say without a cadence', () => {
    expect(freshnessOf(makeProgram({ id: 'p' }), '2026-03-13', '2026-12-02')).toBeNull();
  });

  it('a late update never changes the status', () => {
    const program = monthly([point('2026-01-29', 7_500)]);
    expect(assessProgram(program, '2026-12-01').status).toBe(assessProgram(program, '2026-02-01').status);
  });

  it('names the last dated step of a pledge with no reading', () => {
    const program = makeProgram({
      id: 'p',
      announced: '2025-09-10',
      events: [
        { date: '2025-12-11', label: { ko: '출범', en: 'Launched' }, provenance: 'reported', sourceIds: ['s1'] },
        {
          date: '2026-03-13',
          label: { ko: '운용사 선정', en: 'Managers chosen' },
          provenance: 'reported',
          sourceIds: ['s1'],
        },
      ],
    });
    expect(lastStep(program, '2026-02-28')).toEqual({ date: '2025-12-11', label: { ko: '출범', en: 'Launched' } });
    expect(lastStep(makeProgram({ id: 'q', announced: '2025-09-10' }), '2026-02-28').date).toBe('2025-09-10');
  });
});

describe('calendar helpers', () => {
  it('adds months clamped to the month and finds month ends', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(endOfMonth('2024-02-03')).toBe('2024-02-29');
  });
});
