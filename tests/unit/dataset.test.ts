import { describe, expect, it } from 'vitest';
import raw from '../../src/data/dataset.v1.json';
import { buildResources, datasetSchema } from '../../src/lib/dataset';

const dataset = datasetSchema.parse(raw);
const byId = new Map(dataset.programs.map((program) => [program.id, program]));
const JO = 10_000;

function program(id: string) {
  const found = byId.get(id);
  if (!found) throw new Error(`no program ${id}`);
  return found;
}
function target(id: string): number {
  const { commitment } = program(id);
  if (commitment.kind !== 'amount') throw new Error(`${id} is not an amount`);
  return commitment.targetEok;
}
function indicatorPoint(indicatorId: string, seriesId: string, date: string) {
  const point = dataset.indicators
    .find((indicator) => indicator.id === indicatorId)
    ?.series.find((series) => series.id === seriesId)
    ?.points.find((item) => item.date === date);
  if (!point) throw new Error(`no point ${indicatorId}/${seriesId}/${date}`);
  return point;
}

describe('the dataset', () => {
  it('parses against the contract and builds every resource', () => {
    const resources = buildResources(dataset);
    expect(resources.programs.programs).toHaveLength(dataset.programs.length);
    expect(resources.programs.programs.every((item) => item.sources.length > 0)).toBe(true);
  });

  it('resolves every parent, and no amount children add up to more than their parent', () => {
    for (const item of dataset.programs) {
      if (!item.parentId) continue;
      const parent = program(item.parentId);
      const children = dataset.programs.filter((other) => other.parentId === parent.id);
      if (parent.commitment.kind === 'amount') {
        const sum = children.reduce(
          (total, child) => total + (child.commitment.kind === 'amount' ? child.commitment.targetEok : 0),
          0,
        );
        // The win-win parts add to 1조 7,150억 against the announced "about 1.7조": recorded as announced.
        const tolerance = parent.id === 'winwin-financing' ? 150 : 0;
        expect(sum, `children of ${parent.id}`).toBeLessThanOrEqual(parent.commitment.targetEok + tolerance);
      }
    }
  });

  it('records the five groups’ pledges as published: 508조 in all', () => {
    expect(target('woori-total')).toBe(80 * JO);
    expect(target('hana-total')).toBe(100 * JO);
    expect(target('nh-total')).toBe(108 * JO);
    expect(target('kb-total')).toBe(110 * JO);
    expect(target('shinhan-total')).toBe(110 * JO);
    const groups = ['woori-total', 'hana-total', 'nh-total', 'kb-total', 'shinhan-total'];
    expect(groups.reduce((sum, id) => sum + target(id), 0)).toBe(508 * JO);
    expect(target('woori-productive') + target('woori-inclusive')).toBe(target('woori-total'));
    expect(target('hana-productive') + target('hana-inclusive')).toBe(target('hana-total'));
  });

  it('records the win-win parts adding up to about 1.7조', () => {
    const parts = ['winwin-hyundai-kia', 'winwin-posco-intl', 'winwin-steel-export'].map(target);
    expect(parts).toEqual([13_000, 150, 4_000]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(17_150);
    expect(target('winwin-financing')).toBe(17_000);
  });

  it('records the National Growth Fund, its 2026 plan, first approval and the groups’ shares', () => {
    const ngf = program('ngf-total');
    expect(target('ngf-total')).toBe(150 * JO);
    expect(ngf.plans).toContainEqual(expect.objectContaining({ year: 2026, value: 30 * JO }));
    expect(ngf.progress).toContainEqual(
      expect.objectContaining({
        date: '2026-01-29',
        value: 7_500,
        provenance: 'reported',
      }),
    );
    for (const id of ['woori-ngf', 'hana-ngf']) {
      expect(program(id).overlaps).toContainEqual(
        expect.objectContaining({ programId: 'ngf-total', amountEok: 10 * JO }),
      );
    }
  });

  it('records the annual plans of Hana and Shinhan', () => {
    expect(program('hana-productive').plans).toContainEqual(expect.objectContaining({ year: 2026, value: 178_000 }));
    expect(program('shinhan-total').plans).toContainEqual(expect.objectContaining({ year: 2026, value: 200_000 }));
  });

  it('keeps the loan series exact, with intra-month readings marked as such', () => {
    expect(indicatorPoint('five-bank-corporate-loans', 'total', '2025-10-21')).toMatchObject({
      value: 8_418_689,
      kind: 'day',
    });
    expect(indicatorPoint('five-bank-corporate-loans', 'total', '2026-02-28')).toMatchObject({
      value: 8_543_288,
      kind: 'month-end',
    });
    expect(indicatorPoint('five-bank-corporate-loans', 'total', '2025-12-31').value).toBe(8_447_254);
    expect(indicatorPoint('five-bank-corporate-loans', 'total', '2025-10-31').provenance).toBe('derived');
    expect(indicatorPoint('tech-credit-five-banks', 'five-banks', '2025-08-31').value).toBe(1_566_658);
    const december = indicatorPoint('tech-credit-all-banks', 'all-banks', '2025-12-31');
    expect(december.dispute?.claims).toHaveLength(2);
  });

  it('marks every illustrative point with a basis, and every derived point with how', () => {
    const points = [
      ...dataset.programs.flatMap((item) => item.progress),
      ...dataset.indicators.flatMap((indicator) => indicator.series.flatMap((series) => series.points)),
    ];
    for (const point of points) {
      if (point.provenance !== 'reported') expect(point.basis, `${point.date}`).toBeTruthy();
    }
    expect(points.some((point) => point.provenance === 'illustrative')).toBe(dataset.meta.containsIllustrative);
  });

  it('cites different sources on each side of a dispute', () => {
    const disputes = [
      ...dataset.programs.flatMap((item) => item.disputes),
      ...dataset.indicators.flatMap((indicator) =>
        indicator.series.flatMap((series) => series.points.flatMap((point) => (point.dispute ? [point.dispute] : []))),
      ),
    ];
    expect(disputes.length).toBeGreaterThanOrEqual(3);
    for (const dispute of disputes) {
      const [first, second] = dispute.claims;
      expect(first?.sourceIds).not.toEqual(second?.sourceIds);
    }
  });

  it('stores every KRW amount as a whole number of 억', () => {
    for (const item of dataset.programs) {
      if (item.commitment.kind !== 'amount') continue;
      for (const value of [
        item.commitment.targetEok,
        ...item.progress.map((p) => p.value),
        ...item.plans.map((p) => p.value),
      ]) {
        expect(Number.isInteger(value)).toBe(true);
      }
    }
    for (const indicator of dataset.indicators) {
      for (const point of indicator.series.flatMap((series) => series.points))
        expect(Number.isInteger(point.value)).toBe(true);
    }
  });
});
