import { describe, expect, it } from 'vitest';
import raw from '../../src/data/dataset.v1.json';
import { datasetSchema } from '../../src/lib/dataset';
import { generateLargeDataset } from '../../mocks/factories/large-dataset';

describe('the large benchmark dataset', () => {
  const base = datasetSchema.parse(raw);
  it('is valid, deterministic, and as large as promised', () => {
    const first = generateLargeDataset(base);
    const second = generateLargeDataset(base);
    expect(datasetSchema.safeParse(first).success).toBe(true);
    expect(first.programs).toHaveLength(5_000);
    const points = first.indicators.flatMap((indicator) => indicator.series.flatMap((series) => series.points)).length;
    expect(points).toBeGreaterThanOrEqual(100_000);
    expect(JSON.stringify(second.programs.slice(-5))).toBe(JSON.stringify(first.programs.slice(-5)));
  });
});
