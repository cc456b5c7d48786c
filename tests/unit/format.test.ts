import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatKrw,
  formatPercent,
  formatPercentRange,
  formatRatio,
  parseKrwKo,
} from '../../src/i18n/format';

// Figures from the dataset, in 억원.
const cases: [eok: number, ko: string, en: string][] = [
  [17_000, '1조 7,000억원', 'KRW 1.7 trillion'],
  [150, '150억원', 'KRW 15 billion'],
  [8_418_689, '841조 8,689억원', 'KRW 841.8689 trillion'],
  [800_000, '80조원', 'KRW 80 trillion'],
  [8_297_383, '829조 7,383억원', 'KRW 829.7383 trillion'],
  [121_306, '12조 1,306억원', 'KRW 12.1306 trillion'],
  [-24_937, '−2조 4,937억원', '−KRW 2.4937 trillion'],
  [1_553_593, '155조 3,593억원', 'KRW 155.3593 trillion'],
  [1_566_658, '156조 6,658억원', 'KRW 156.6658 trillion'],
  [13_065, '1조 3,065억원', 'KRW 1.3065 trillion'],
  [786, '786억원', 'KRW 78.6 billion'],
  [8_543_288, '854조 3,288억원', 'KRW 854.3288 trillion'],
  [5_080_000, '508조원', 'KRW 508 trillion'],
  [15_000, '1조 5,000억원', 'KRW 1.5 trillion'],
  [1_500_000, '150조원', 'KRW 150 trillion'],
  [7_500, '7,500억원', 'KRW 750 billion'],
  [523, '523억원', 'KRW 52.3 billion'],
  [5, '5억원', 'KRW 500 million'],
  [0, '0원', 'KRW 0'],
  [12_345_678, '1,234조 5,678억원', 'KRW 1,234.5678 trillion'],
];

describe('formatKrw', () => {
  it.each(cases)('%i억 → %s / %s', (eok, ko, en) => {
    expect(formatKrw(eok, 'ko')).toBe(ko);
    expect(formatKrw(eok, 'en')).toBe(en);
  });

  it('writes compact axis ticks', () => {
    expect(formatKrw(17_000, 'ko', { compact: true })).toBe('1.7조');
    expect(formatKrw(150, 'ko', { compact: true })).toBe('150억');
    expect(formatKrw(8_418_689, 'en', { compact: true })).toBe('841.9T');
    expect(formatKrw(150, 'en', { compact: true })).toBe('15B');
  });

  it('signs changes when asked', () => {
    expect(formatKrw(52_734, 'en', { signed: true })).toBe('+KRW 5.2734 trillion');
    expect(formatKrw(-24_937, 'ko', { signed: true })).toBe('−2조 4,937억원');
  });

  it('never prints NaN or Infinity', () => {
    expect(formatKrw(Number.NaN, 'ko')).toBe('–');
    expect(formatKrw(Number.POSITIVE_INFINITY, 'en')).toBe('–');
  });

  const amount = fc.integer({
    min: -10_000_000_000_000,
    max: 10_000_000_000_000,
  });

  it('the Korean long form parses back to the same amount', () => {
    fc.assert(
      fc.property(amount, (eok) => parseKrwKo(formatKrw(eok, 'ko')) === eok),
      { numRuns: 500 },
    );
  });

  it('never contains NaN, e+ or Infinity, in any form', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom('ko' as const, 'en' as const), fc.boolean(), (eok, lang, compact) => {
        const text = formatKrw(eok, lang, { compact });
        return !/NaN|e\+|Infinity/.test(text);
      }),
      { numRuns: 500 },
    );
  });

  it('the English long form has no more significant digits than the integer', () => {
    fc.assert(
      fc.property(amount, (eok) => {
        const digits = formatKrw(eok, 'en')
          .replace(/[^0-9]/g, '')
          .replace(/^0+/, '');
        const input = String(Math.abs(eok)).replace(/0+$/, '');
        return digits.replace(/0+$/, '').length <= Math.max(1, input.length);
      }),
      { numRuns: 500 },
    );
  });

  it('a negative amount always starts with the minus sign', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000_000, max: -1 }),
        fc.constantFrom('ko' as const, 'en' as const),
        (eok, lang) => formatKrw(eok, lang, { signed: true }).startsWith('−'),
      ),
    );
  });
});

describe('counts, percentages and dates', () => {
  it('localises counts with their unit', () => {
    expect(formatCount(20, 'ko', '곳')).toBe('20곳');
    expect(formatCount(100, 'en', 'factories')).toBe('100 factories');
    expect(formatCount(12_000, 'en')).toBe('12,000');
  });

  it('formats percentages, ranges and ratios', () => {
    expect(formatPercent(30, 'en')).toBe('30%');
    expect(formatPercentRange(5, 10, 'ko')).toBe('5–10%');
    expect(formatRatio(0.1834, 'en')).toBe('18.3%');
  });

  it('writes dates in each language’s convention', () => {
    expect(formatDate('2026-01-21', 'ko')).toBe('2026년 1월 21일');
    expect(formatDate('2026-01-21', 'en')).toBe('21 Jan 2026');
    expect(formatDate('2025-10', 'en')).toBe('Oct 2025');
    expect(formatDate('2025-10', 'ko')).toBe('2025년 10월');
  });
});
