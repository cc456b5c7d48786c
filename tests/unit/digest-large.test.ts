import { describe, expect, it } from 'vitest';
import { LARGE_FROM, LARGE_TO, largeVintagePair } from '../../mocks/factories/large-vintages';
import { computeDigest, digestGroups } from '../../src/features/programs/model/digest';

describe('the digest on a large generated dataset', () => {
  it('lists late-recorded pledges as composition and corrections as revised figures', () => {
    const { older, newer } = largeVintagePair(400);
    const digest = computeDigest(older, newer, { fromRecordedUpTo: LARGE_FROM, toRecordedUpTo: LARGE_TO });
    const groups = digestGroups(digest);
    expect(groups.composition.length).toBeGreaterThan(0);
    expect(groups.composition.every((row) => row.kind === 'pledge-added')).toBe(true);
    expect(groups.performance.some((row) => row.kind === 'figure-revised')).toBe(true);
  });
});
