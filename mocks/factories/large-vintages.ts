// Two vintages of the 5,000-program dataset (mocks/factories/large-dataset.ts), for the digest
// bench (scripts/bench.mjs) and its test: every reading gets a recording date spread over 2025,
// a tenth of the programs are recorded late, and some readings are corrected later.
import rawDataset from '../../src/data/dataset.v1.json';
import { buildResources, datasetSchema, type Dataset } from '../../src/lib/dataset';
import { cutDataset } from '../../src/lib/vintages';
import type { VintageView } from '../../src/features/programs/model/digest';
import { generateLargeDataset, seededRandom } from './large-dataset';

const month = (index: number) => `2025-${String(1 + (index % 12)).padStart(2, '0')}-28`;

function withRecordingDates(dataset: Dataset): Dataset {
  const random = seededRandom(7);
  return {
    ...dataset,
    programs: dataset.programs.map((program, index) => {
      const progress = program.progress.map((point) => ({ ...point, recordedAt: month(Math.floor(random() * 12)) }));
      const corrections = progress
        .filter(() => random() < 0.05)
        .map((point) => ({ ...point, value: Math.round(point.value * 1.05), recordedAt: '2025-12-28' }));
      return {
        ...program,
        commitmentFigure: { ...program.commitmentFigure, ...(index % 10 === 9 ? { recordedAt: '2025-11-28' } : {}) },
        progress: [...progress, ...corrections],
      };
    }),
  };
}

function view(dataset: Dataset): VintageView {
  const resources = buildResources(dataset);
  return { meta: resources.meta, programs: resources.programs.programs, indicators: resources.indicators.indicators };
}

export const LARGE_FROM = '2025-10-28';
export const LARGE_TO = '2025-12-28';

/** The older and newer vintage of the large dataset, as the app reads them. */
export function largeVintagePair(programs = 5_000): { older: VintageView; newer: VintageView } {
  const dataset = withRecordingDates(generateLargeDataset(datasetSchema.parse(rawDataset), { programs }));
  return { older: view(cutDataset(dataset, LARGE_FROM)), newer: view(cutDataset(dataset, LARGE_TO)) };
}
