import { afterAll, describe, it } from 'vitest';
import { matrixFaults } from '../../mocks/scenarios';
import { matrixRecorder, referenceResources, runMatrixCase } from '../support/fault-matrix';

// The fault matrix, part 3: a pledge's detail page (it reads no indicator), and every fault
// in Korean on the overview's pledge list.
const matrix = matrixRecorder('detail-and-korean');
afterAll(() => matrix.write());

describe.each(referenceResources)('detail page, %s failing', (resource) => {
  it.each(matrixFaults)('%s: the page says it or keeps working, and recovers', async (fault) => {
    await runMatrixCase(fault, resource, 'detail', 'en', matrix.record);
  });
});

describe('in Korean', () => {
  it.each(matrixFaults)('programs, %s: said in Korean, with 다시 시도', async (fault) => {
    await runMatrixCase(fault, 'programs', 'overview', 'ko', matrix.record);
  });
});
