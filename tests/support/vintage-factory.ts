// Synthetic vintages: a small dataset whose readings carry recording dates, cut twice.
import type { Dataset } from '../../src/lib/dataset';
import { buildResources } from '../../src/lib/dataset';
import { cutDataset } from '../../src/lib/vintages';
import type { VintageView } from '../../src/features/programs/model/digest';

const source = (id: string, date: string) => ({
  id,
  publisher: { ko: '발행처', en: 'Publisher' },
  title: { ko: `출처 ${id}`, en: `Source ${id}` },
  date,
});

type ProgramRecord = Dataset['programs'][number];

export function programRecord(overrides: Partial<ProgramRecord> & { id: string }): ProgramRecord {
  return {
    name: { ko: `공약 ${overrides.id}`, en: `Pledge ${overrides.id}` },
    summary: { ko: '요약', en: 'summary' },
    institutionIds: ['inst'],
    strategyId: 'strat',
    parentId: null,
    announced: '2025-01-01',
    period: { start: '2025-01-01', end: '2026-12-31' },
    commitment: { kind: 'amount', targetEok: 100_000 },
    commitmentFigure: { provenance: 'reported', sourceIds: ['s1'] },
    progress: [],
    plans: [],
    milestones: [],
    overlaps: [],
    disputes: [],
    notes: [],
    ...overrides,
  };
}

export function syntheticDataset(programs: ProgramRecord[], indicators: Dataset['indicators'] = []): Dataset {
  return {
    meta: {
      apiVersion: 1,
      datasetVersion: 'synthetic',
      asOf: '2026-12-31',
      containsIllustrative: false,
      title: { ko: '시험', en: 'Test' },
    },
    institutions: [{ id: 'inst', name: { ko: '기관', en: 'Institution' }, kind: 'bank' }],
    initiatives: [{ id: 'init', name: { ko: '정책', en: 'Initiative' }, announced: '2025-01-01' }],
    strategies: [{ id: 'strat', initiativeId: 'init', name: { ko: '전략', en: 'Strategy' } }],
    sources: [source('s1', '2025-01-01'), source('s2', '2025-06-30'), source('s3', '2025-12-31')],
    programs,
    indicators,
  };
}

export function viewOf(dataset: Dataset): VintageView {
  const resources = buildResources(dataset);
  return { meta: resources.meta, programs: resources.programs.programs, indicators: resources.indicators.indicators };
}

/** The dataset cut at two recording dates, as the app reads them. */
export function vintagePair(dataset: Dataset, from: string, to: string): { older: VintageView; newer: VintageView } {
  return { older: viewOf(cutDataset(dataset, from)), newer: viewOf(cutDataset(dataset, to)) };
}
