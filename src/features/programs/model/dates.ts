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

/** The same day `months` months later (clamped to the month's length). */
export function addMonths(iso: string, months: number): string {
  const [year = 1970, month = 1, day = 1] = iso.split('-').map(Number);
  const total = year * 12 + (month - 1) + months;
  const nextYear = Math.floor(total / 12);
  const nextMonth = (total % 12) + 1;
  const last = new Date(Date.UTC(nextYear, nextMonth, 0)).getUTCDate();
  return `${String(nextYear).padStart(4, '0')}-${String(nextMonth).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** The last day of the month `iso` falls in. */
export function endOfMonth(iso: string): string {
  const [year = 1970, month = 1] = iso.split('-').map(Number);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${iso.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}
