// A deterministic large dataset for benchmarks and development (VITE_MOCK_SCENARIO=large):
// the real dataset plus thousands of generated programs and a long daily indicator series.
// Every generated figure is marked illustrative. Never shipped: only mocks/ and the bench use it.
import type { Dataset } from '../../src/lib/dataset';

/** mulberry32: a small seeded PRNG, so every run generates the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const illustrative = {
  provenance: 'illustrative' as const,
  sourceIds: ['generated-large-dataset'],
  basis: {
    ko: '벤치마크용으로 생성한 예시 값입니다.',
    en: 'Generated for benchmarks; not a real figure.',
  },
};

function isoDay(day: number): string {
  return new Date(Date.UTC(1990, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

export function generateLargeDataset(
  base: Dataset,
  options: { seed?: number; programs?: number; points?: number } = {},
): Dataset {
  const random = seededRandom(options.seed ?? 42);
  const programCount = options.programs ?? 5_000;
  const pointCount = options.points ?? 100_000;
  const institutions = [
    ...base.institutions,
    ...Array.from({ length: 60 }, (_, index) => ({
      id: `gen-inst-${index}`,
      name: { ko: `가상 기관 ${index}`, en: `Generated institution ${index}` },
      kind: 'bank' as const,
    })),
  ];
  const strategies = [
    ...base.strategies,
    ...Array.from({ length: 20 }, (_, index) => ({
      id: `gen-strategy-${index}`,
      initiativeId: index % 2 ? 'productive-finance' : 'win-win-growth',
      name: { ko: `가상 전략 ${index}`, en: `Generated strategy ${index}` },
    })),
  ];
  const generated: Dataset['programs'] = [];
  const extra = Math.max(0, programCount - base.programs.length);
  for (let index = 0; index < extra; index += 1) {
    const id = `gen-program-${index}`;
    const parentId = index > 10 && random() < 0.2 ? `gen-program-${Math.floor(random() * (index - 1))}` : null;
    const target = (1 + Math.floor(random() * 500)) * 1_000;
    const months = 1 + Math.floor(random() * 10);
    generated.push({
      id,
      name: { ko: `가상 공약 ${index}`, en: `Generated pledge ${index}` },
      summary: {
        ko: '벤치마크용 가상 공약',
        en: 'A generated pledge for benchmarks',
      },
      institutionIds: [`gen-inst-${Math.floor(random() * 60)}`],
      strategyId: `gen-strategy-${Math.floor(random() * 20)}`,
      parentId,
      announced: '2025-10-01',
      period: { start: '2026-01-01', end: '2030-12-31' },
      commitment: {
        kind: 'amount',
        targetEok: parentId ? Math.floor(target / 10) : target,
      },
      commitmentFigure: illustrative,
      progress: Array.from({ length: months }, (_, month) => ({
        date: new Date(Date.UTC(2026, month + 1, 0)).toISOString().slice(0, 10),
        value: Math.floor(((month + 1) / 60) * target * (0.5 + random())),
        ...illustrative,
      })),
      plans: [],
      milestones: [],
      overlaps: [],
      disputes: [],
      notes: [],
    });
  }
  const perSeries = Math.ceil(pointCount / 3);
  const daily = (level: number) => {
    let value = level;
    return Array.from({ length: perSeries }, (_, day) => {
      value += Math.round((random() - 0.48) * level * 0.002);
      return {
        date: isoDay(day),
        value,
        kind: 'day' as const,
        ...illustrative,
      };
    });
  };
  const indicators = base.indicators.map((indicator) =>
    indicator.id === 'five-bank-corporate-loans'
      ? {
          ...indicator,
          series: [
            {
              id: 'total',
              name: indicator.series[0]?.name ?? { ko: '합계', en: 'Total' },
              points: daily(8_000_000).map((point) => ({
                ...point,
                kind: 'month-end' as const,
              })),
            },
            {
              id: 'large',
              name: { ko: '대기업', en: 'Large corporates' },
              points: daily(1_600_000).map((point) => ({
                ...point,
                kind: 'month-end' as const,
              })),
            },
            {
              id: 'sme',
              name: { ko: '중소기업', en: 'SMEs' },
              points: daily(6_400_000).map((point) => ({
                ...point,
                kind: 'month-end' as const,
              })),
            },
          ],
        }
      : indicator,
  );
  return {
    ...base,
    meta: {
      ...base.meta,
      datasetVersion: `${base.meta.datasetVersion}-large`,
      containsIllustrative: true,
    },
    institutions,
    strategies,
    sources: [
      ...base.sources,
      {
        id: 'generated-large-dataset',
        publisher: { ko: '공약 추적기', en: 'Pledge Tracker' },
        title: { ko: '벤치마크용 생성 데이터 (실제 아님)', en: 'Generated benchmark data (not real)' },
        date: '2026-11-24',
      },
    ],
    programs: [...base.programs, ...generated],
    indicators,
  };
}
