// A value as typed in the desk's form, in a unit the person chose, to the number the API takes:
// for money an integer count of 억원 ("1.5" in 조 → 15,000), counts and shares as typed.
// Decimal text is converted with integer arithmetic (no float rounding: 0.0001조 is 1억).

/** The units a money value may be typed in: 조원 (trillion won) or 억원 (100 million won). */
export const moneyUnits = ['jo', 'eok'] as const;
export type MoneyUnit = (typeof moneyUnits)[number];

const EOK_PER: Record<MoneyUnit, number> = { jo: 10_000, eok: 1 };
/** How many decimal places a unit can hold and still be a whole number of 억. */
const PLACES: Record<MoneyUnit, number> = { jo: 4, eok: 0 };

export type ValueProblem = 'required' | 'not-a-number' | 'not-whole-eok';

export type ValueEntry = { ok: true; value: number } | { ok: false; problem: ValueProblem };

/** "1,234.5", "-3", ".5" → sign, whole digits, fraction digits; null when not a number. */
function decimalParts(text: string): { negative: boolean; whole: string; fraction: string } | null {
  const match = /^([-−])?(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/.exec(text);
  if (!match) return null;
  const whole = (match[2] ?? '').replaceAll(',', '');
  const fraction = match[3] ?? '';
  if (whole === '' && fraction === '') return null;
  return { negative: match[1] !== undefined, whole, fraction };
}

/** A money value typed in `unit` → a whole number of 억원. */
export function moneyToEok(text: string, unit: MoneyUnit): ValueEntry {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'required' };
  const parts = decimalParts(trimmed);
  if (!parts) return { ok: false, problem: 'not-a-number' };
  const fraction = parts.fraction.replace(/0+$/, '');
  if (fraction.length > PLACES[unit]) return { ok: false, problem: 'not-whole-eok' };
  const wholeEok = Number(parts.whole || '0') * EOK_PER[unit];
  const fractionEok = fraction ? Number(fraction.padEnd(PLACES[unit], '0')) : 0;
  const value = wholeEok + fractionEok;
  if (!Number.isSafeInteger(value)) return { ok: false, problem: 'not-a-number' };
  return { ok: true, value: parts.negative && value !== 0 ? -value : value };
}

/** A count or a share, in the subject's own unit. */
export function plainNumber(text: string): ValueEntry {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'required' };
  const parts = decimalParts(trimmed);
  if (!parts) return { ok: false, problem: 'not-a-number' };
  const value = Number(`${parts.negative ? '-' : ''}${parts.whole || '0'}.${parts.fraction || '0'}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'not-a-number' };
}
