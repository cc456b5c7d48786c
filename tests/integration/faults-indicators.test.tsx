import { afterAll, describe, it } from 'vitest';
import { matrixFaults } from '../../mocks/scenarios';
import { indicatorResources, matrixRecorder, runMatrixCase } from '../support/fault-matrix';

// The fault matrix, part 2: each context indicator failing on the overview.
const matrix = matrixRecorder('overview-indicators');
afterAll(() => matrix.write());

describe.each(indicatorResources)('overview, %s failing', (resource) => {
  it.each(matrixFaults)('%s: its panel says it, the others keep working, and it recovers', async (fault) => {
    await runMatrixCase(fault, resource, 'overview', 'en', matrix.record);
  });
});
