// Calendar arithmetic on ISO dates (YYYY-MM-DD) in whole UTC days: no clock, no time zone.
const DAY_MS = 86_400_000;

export function dayNumber(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return Math.round(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / DAY_MS);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export interface Period {
  start: string;
  end: string;
}

/** Share of the period elapsed by the end of `asOf`, clamped to [0, 1]. */
export function fractionElapsed(period: Period, asOf: string): number {
  const total = daysBetween(period.start, period.end) + 1;
  if (total <= 0) return asOf >= period.start ? 1 : 0;
  const elapsed = daysBetween(period.start, asOf) + 1;
  return Math.min(1, Math.max(0, elapsed / total));
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
