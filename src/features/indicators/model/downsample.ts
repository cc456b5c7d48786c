// Largest-Triangle-Three-Buckets downsampling: keeps the visual shape of a long series
// with at most `threshold` points (first and last always kept). Pure and generic.
export function downsampleLttb<T>(
  points: readonly T[],
  x: (point: T) => number,
  y: (point: T) => number,
  threshold: number,
): T[] {
  const length = points.length;
  if (threshold >= length || threshold < 3) return [...points];
  const sampled: T[] = [];
  const bucketSize = (length - 2) / (threshold - 2);
  let a = 0;
  const first = points[0];
  if (first === undefined) return [];
  sampled.push(first);
  for (let bucket = 0; bucket < threshold - 2; bucket += 1) {
    const nextStart = Math.floor((bucket + 1) * bucketSize) + 1;
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, length);
    let avgX = 0;
    let avgY = 0;
    for (let index = nextStart; index < nextEnd; index += 1) {
      const point = points[index];
      if (point === undefined) continue;
      avgX += x(point);
      avgY += y(point);
    }
    const span = Math.max(1, nextEnd - nextStart);
    avgX /= span;
    avgY /= span;
    const start = Math.floor(bucket * bucketSize) + 1;
    const end = Math.floor((bucket + 1) * bucketSize) + 1;
    const anchor = points[a];
    if (anchor === undefined) continue;
    let bestArea = -1;
    let best = start;
    for (let index = start; index < end; index += 1) {
      const point = points[index];
      if (point === undefined) continue;
      const area = Math.abs((x(anchor) - avgX) * (y(point) - y(anchor)) - (x(anchor) - x(point)) * (avgY - y(anchor)));
      if (area > bestArea) {
        bestArea = area;
        best = index;
      }
    }
    const chosen = points[best];
    if (chosen !== undefined) sampled.push(chosen);
    a = best;
  }
  const last = points[length - 1];
  if (last !== undefined) sampled.push(last);
  return sampled;
}
