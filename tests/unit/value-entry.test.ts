// A money value typed in 조 or 억 → the API's integer count of 억원, and the problems named.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyToEok, plainNumber } from '../../src/features/desk/model/value-entry';
import { formatKrw } from '../../src/i18n/format';

describe('moneyToEok', () => {
  it.each([
    ['1.5', 'jo', 15_000],
    ['1', 'jo', 10_000],
    ['0.0001', 'jo', 1],
    ['841.8689', 'jo', 8_418_689],
    ['1,234.5', 'jo', 12_345_000],
    ['.5', 'jo', 5_000],
    ['1.50000', 'jo', 15_000],
    ['-2.5', 'jo', -25_000],
    ['15000', 'eok', 15_000],
    ['15,000', 'eok', 15_000],
    ['7.0', 'eok', 7],
    [' 150 ', 'eok', 150],
  ] as const)('%s %s → %d 억', (text, unit, eok) => {
    expect(moneyToEok(text, unit)).toEqual({ ok: true, value: eok });
  });

  it.each([
    ['', 'jo', 'required'],
    ['  ', 'eok', 'required'],
    ['1.2.3', 'jo', 'not-a-number'],
    ['-', 'jo', 'not-a-number'],
    ['.', 'eok', 'not-a-number'],
    ['12x', 'eok', 'not-a-number'],
    ['1,23', 'eok', 'not-a-number'],
    ['1e3', 'jo', 'not-a-number'],
    ['1.00001', 'jo', 'not-whole-eok'],
    ['1.5', 'eok', 'not-whole-eok'],
  ] as const)('“%s” in %s is refused: %s', (text, unit, problem) => {
    expect(moneyToEok(text, unit)).toEqual({ ok: false, problem });
  });

  it('reads back every amount the formatter writes in 조', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (eok) => {
        const jo = `${Math.floor(eok / 10_000)}.${String(eok % 10_000).padStart(4, '0')}`;
        expect(moneyToEok(jo, 'jo')).toEqual({ ok: true, value: eok });
        expect(moneyToEok(String(eok), 'eok')).toEqual({ ok: true, value: eok });
      }),
    );
  });

  it('shows the amount in words in each language', () => {
    const entry = moneyToEok('1.5', 'jo');
    expect(entry.ok && formatKrw(entry.value, 'ko')).toBe('1조 5,000억원');
    expect(entry.ok && formatKrw(entry.value, 'en')).toBe('KRW 1.5 trillion');
  });
});

describe('plainNumber', () => {
  it('keeps counts and shares in their unit', () => {
    expect(plainNumber('12.5')).toEqual({ ok: true, value: 12.5 });
    expect(plainNumber('1,200')).toEqual({ ok: true, value: 1200 });
    expect(plainNumber('-3')).toEqual({ ok: true, value: -3 });
    expect(plainNumber('1.2.3')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(plainNumber('')).toEqual({ ok: false, problem: 'required' });
  });
});
