// The value axis the screen and the exports share: round 1–2–5 steps, in 조/억 or trillion/billion.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartAxis, niceStep, niceTicks, shortTickLabel } from '../../src/components/charts/value-axis';
import { emptyChart } from '../support/panel-factory';

const JO = 10_000; // 억 per 조

const labels = (values: readonly number[], lang: 'ko' | 'en') => {
  const axis = niceTicks(values, true);
  return axis.ticks.map((tick) => shortTickLabel(tick, 'krw-eok', axis, lang));
};

describe('niceStep', () => {
  it('is 1, 2 or 5 times a power of ten, never smaller than range / count', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e12, noNaN: true }), fc.integer({ min: 2, max: 10 }), (range, count) => {
        const step = niceStep(range, count);
        expect(step).toBeGreaterThanOrEqual((range / count) * (1 - 1e-9));
        const mantissa = Math.round((step / 10 ** Math.floor(Math.log10(step) + 1e-9)) * 1e6) / 1e6;
        expect([1, 2, 5, 10]).toContain(mantissa);
      }),
    );
  });
});

describe('niceTicks', () => {
  it('0 to 854조: steps of 200조, from 0조 to 1,000조, read the same in both languages', () => {
    const axis = niceTicks([8_263_000, 8_543_288], true);
    expect(axis.ticks).toEqual([0, 200, 400, 600, 800, 1000].map((jo) => jo * JO));
    expect(axis.baseline).toBeNull();
    expect(labels([8_263_000, 8_543_288], 'ko')).toEqual(['0조', '200조', '400조', '600조', '800조', '1,000조']);
    expect(labels([8_263_000, 8_543_288], 'en')).toEqual(['0T', '200T', '400T', '600T', '800T', '1,000T']);
  });

  it('826 to 854조 without zero: 10조 steps from 820조, and says where the axis starts', () => {
    const axis = niceTicks([8_263_000, 8_543_288], false);
    expect(axis.ticks).toEqual([820, 830, 840, 850, 860].map((jo) => jo * JO));
    expect(axis.baseline).toBe(820 * JO);
  });

  it('a 1.7조 range: 0.5조 steps, no rounded-away labels like 6.5조 or 0.3조', () => {
    expect(labels([0, 17_000], 'ko')).toEqual(['0조', '0.5조', '1조', '1.5조', '2조']);
    expect(labels([0, 17_000], 'en')).toEqual(['0T', '0.5T', '1T', '1.5T', '2T']);
  });

  it('below 1조 the ticks are in 억 (ko) and billions (en)', () => {
    expect(labels([0, 2_600], 'ko')).toEqual(['0억', '1,000억', '2,000억', '3,000억']);
    expect(labels([0, 2_600], 'en')).toEqual(['0B', '100B', '200B', '300B']);
  });

  it('negative values: the axis spans below zero in round steps, with a minus sign', () => {
    const axis = niceTicks([-3_000, 7_500], true);
    expect(axis.ticks).toEqual([-5_000, 0, 5_000, 10_000]);
    expect(axis.baseline).toBeNull();
    expect(labels([-3_000, 7_500], 'ko')[0]).toBe('\u22120.5조');
  });

  it('always covers the values, ticks one step apart, zero kept when asked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { minLength: 1, maxLength: 20 }),
        fc.boolean(),
        (values, fromZero) => {
          const axis = niceTicks(values, fromZero);
          expect(axis.min).toBeLessThanOrEqual(Math.min(...values));
          expect(axis.max).toBeGreaterThanOrEqual(Math.max(...values));
          expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
          expect(axis.ticks.length).toBeLessThanOrEqual(7);
          if (fromZero) expect(axis.ticks).toContain(0);
          expect(axis.baseline === null).toBe(axis.min <= 0);
        },
      ),
    );
  });
});

describe('chartAxis', () => {
  it('bars start at zero whatever the spec says; a line starts near its data unless it says fromZero', () => {
    const line = {
      ...emptyChart('line'),
      x: { kind: 'date' as const, label: 'Date', values: ['2025-12-31', '2026-02-28'] },
      y: { unit: 'krw-eok' as const, fromZero: false },
      series: [
        {
          key: 'total',
          label: 'Total',
          color: 'ink',
          role: 'value' as const,
          style: 'solid' as const,
          points: [
            { value: 8_263_000, provenance: 'reported' as const },
            { value: 8_543_288, provenance: 'reported' as const },
          ],
        },
      ],
    };
    expect(chartAxis(line).baseline).toBe(820 * JO);
    expect(chartAxis({ ...line, y: { ...line.y, fromZero: true } }).ticks[0]).toBe(0);
    expect(chartAxis({ ...line, type: 'bar' }).ticks[0]).toBe(0);
  });
});
