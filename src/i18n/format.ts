// Deterministic number, money and date formatting for Korean and English. Used the same
// way on screen, in charts, in exports and in CSV headers. No `Intl` compact notation
// (it cannot write "1조 7,000억원" and differs between browser versions), no floats for
// money: amounts arrive as integer counts of 억원 and are split with integer arithmetic.
import type { Lang } from '../lib/view-state';

export type { Lang };

const MINUS = '\u2212';
const EOK_PER_JO = 10_000;
const DASH = '–';

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Guard: the model keeps integers; a stray fraction is rounded half away from zero. */
function toWholeEok(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

function signPrefix(value: number, signed: boolean): string {
  if (value < 0) return MINUS;
  return signed && value > 0 ? '+' : '';
}

/** "1.7", "841.8689", "0.05": an integer of 억 as 조 with exact trailing decimals. */
function eokAsJo(absEok: number): string {
  const whole = Math.floor(absEok / EOK_PER_JO);
  const rest = absEok % EOK_PER_JO;
  const fraction = String(rest).padStart(4, '0').replace(/0+$/, '');
  return fraction ? `${groupThousands(String(whole))}.${fraction}` : groupThousands(String(whole));
}

/** 억 as billions (1 billion = 10억): "15", "52.3", "0.5". */
function eokAsBillion(absEok: number): string {
  const whole = Math.floor(absEok / 10);
  const rest = absEok % 10;
  return rest ? `${groupThousands(String(whole))}.${rest}` : groupThousands(String(whole));
}

function compactKo(absEok: number): string {
  if (absEok >= EOK_PER_JO) {
    const tenths = Math.round(absEok / 1_000);
    return `${formatTenths(tenths)}조`;
  }
  return `${groupThousands(String(absEok))}억`;
}

/** An integer count of tenths as "12.3" / "12" with thousands separators. */
function formatTenths(tenths: number): string {
  const whole = Math.floor(tenths / 10);
  const rest = tenths % 10;
  return rest ? `${groupThousands(String(whole))}.${rest}` : groupThousands(String(whole));
}

export interface KrwOptions {
  /** Short form for axis ticks only (may round to one decimal): "1.7조", "15B". */
  compact?: boolean;
  /** Prefix "+" on positive values (for changes). */
  signed?: boolean;
}

/**
 * An amount of 억원 in words.
 * ko: 17000 → "1조 7,000억원", 150 → "150억원", 8418689 → "841조 8,689억원", 800000 → "80조원".
 * en: 17000 → "KRW 1.7 trillion", 150 → "KRW 15 billion", 5 → "KRW 500 million".
 */
export function formatKrw(eok: number, lang: Lang, options: KrwOptions = {}): string {
  if (!Number.isFinite(eok)) return DASH;
  const value = toWholeEok(eok);
  const abs = Math.abs(value);
  const sign = signPrefix(value, options.signed ?? false);
  if (options.compact) {
    if (lang === 'ko') return `${sign}${compactKo(abs)}`;
    return `${sign}${compactEnTick(abs)}`;
  }
  if (lang === 'ko') {
    if (abs === 0) return '0원';
    const jo = Math.floor(abs / EOK_PER_JO);
    const rest = abs % EOK_PER_JO;
    const parts: string[] = [];
    if (jo) parts.push(`${groupThousands(String(jo))}조`);
    if (rest) parts.push(`${groupThousands(String(rest))}억`);
    return `${sign}${parts.join(' ')}원`;
  }
  if (abs === 0) return 'KRW 0';
  if (abs >= EOK_PER_JO) return `${sign}KRW ${eokAsJo(abs)} trillion`;
  if (abs >= 10) return `${sign}KRW ${eokAsBillion(abs)} billion`;
  return `${sign}KRW ${abs * 100} million`;
}

function compactEnTick(absEok: number): string {
  if (absEok >= EOK_PER_JO) return `${formatTenths(Math.round(absEok / 1_000))}T`;
  if (absEok >= 10) return `${formatTenths(absEok)}B`;
  return absEok === 0 ? '0' : `${absEok * 100}M`;
}

/** The Korean long form back to 억 (inverse of formatKrw(_, 'ko')). NaN when not one. */
export function parseKrwKo(text: string): number {
  const match = /^([−-])?(?:([\d,]+)조)?\s*(?:([\d,]+)억)?원$/.exec(text.trim());
  if (!match || (match[2] === undefined && match[3] === undefined && text.trim() !== '0원')) {
    return text.trim() === '0원' ? 0 : Number.NaN;
  }
  const jo = match[2] ? Number(match[2].replace(/,/g, '')) : 0;
  const eok = match[3] ? Number(match[3].replace(/,/g, '')) : 0;
  const value = jo * EOK_PER_JO + eok;
  return match[1] ? -value : value;
}

/** A unit count: formatCount(20, 'ko', '곳') → "20곳"; formatCount(100, 'en', 'factories') → "100 factories". */
export function formatCount(value: number, lang: Lang, unit?: string): string {
  if (!Number.isFinite(value)) return DASH;
  const whole = toWholeEok(value);
  const text = `${whole < 0 ? MINUS : ''}${groupThousands(String(Math.abs(whole)))}`;
  if (!unit) return text;
  return lang === 'ko' ? `${text}${unit}` : `${text} ${unit}`;
}

function fixedDigits(value: number, fractionDigits: number): string {
  const scale = 10 ** fractionDigits;
  const scaled = Math.round(Math.abs(value) * scale);
  const whole = Math.floor(scaled / scale);
  const rest = scaled % scale;
  const fraction = fractionDigits > 0 ? String(rest).padStart(fractionDigits, '0').replace(/0+$/, '') : '';
  return `${value < 0 && scaled > 0 ? MINUS : ''}${groupThousands(String(whole))}${fraction ? `.${fraction}` : ''}`;
}

/** A percentage given in percent units: 30 → "30%", 12.5 → "12.5%". */
export function formatPercent(value: number, _lang: Lang, options: { fractionDigits?: number } = {}): string {
  if (!Number.isFinite(value)) return DASH;
  return `${fixedDigits(value, options.fractionDigits ?? 2)}%`;
}

export function formatPercentRange(min: number, max: number, lang: Lang): string {
  if (min === max) return formatPercent(min, lang);
  return `${formatPercent(min, lang).replace('%', '')}–${formatPercent(max, lang)}`;
}

/** A ratio as a percentage with one decimal: 0.1834 → "18.3%". */
export function formatRatio(ratio: number, lang: Lang): string {
  if (!Number.isFinite(ratio)) return DASH;
  return formatPercent(ratio * 100, lang, { fractionDigits: 1 });
}

const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-01-21" → "2026년 1월 21일" / "21 Jan 2026"; "2026-01" → "2026년 1월" / "Jan 2026". */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!match) return iso;
  const [, year, monthText, dayText] = match;
  const month = Number(monthText);
  const monthName = monthsEn[month - 1];
  if (!monthName) return iso;
  if (lang === 'ko') return dayText ? `${year}년 ${month}월 ${Number(dayText)}일` : `${year}년 ${month}월`;
  return dayText ? `${Number(dayText)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** A plain decimal with thousands separators and at most `fractionDigits` decimals: 1234.5 → "1,234.5". */
export function formatDecimal(value: number, _lang: Lang, fractionDigits = 4): string {
  if (!Number.isFinite(value)) return DASH;
  return fixedDigits(value, fractionDigits);
}

/**
 * How a chart's value axis states amounts of 억원: one unit for every tick (so the axis title is
 * short and never clipped) and the divisor that turns 억 into it.
 * ko: ≥ 1조 → 조원, else 억원; en: ≥ 1 trillion → KRW trillion, else KRW billion.
 */
export function krwAxisScale(maxAbsEok: number, lang: Lang): { divisor: number; unit: string } {
  if (maxAbsEok >= EOK_PER_JO) return { divisor: EOK_PER_JO, unit: lang === 'ko' ? '조원' : 'KRW trillion' };
  return lang === 'ko' ? { divisor: 1, unit: '억원' } : { divisor: 10, unit: 'KRW billion' };
}
