// The reader's date, read once where the app needs it ("update due since …"). The model never
// reads a clock: this is passed in.
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
