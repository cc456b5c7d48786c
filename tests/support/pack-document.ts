// A briefing document of real panels (today's dataset), as the pack page would hand to the writers.
import { defaultResources } from '../../mocks/resources';
import { resolvePackItems } from '../../src/app/pack-specs';
import type { PackDocument } from '../../src/features/pack/model/document';
import type { PackItem } from '../../src/features/pack/model/pack';
import type { Lang } from '../../src/lib/view-state';

export function packDocument(
  lang: Lang,
  panelIds: readonly string[],
  queries: Record<string, string> = {},
): PackDocument {
  const items: PackItem[] = panelIds.map((panelId, index) => ({
    id: `i${index + 1}`,
    panelId,
    query: queries[panelId] ?? '',
    datasetVersion: defaultResources.meta.datasetVersion,
    takeaway: '',
  }));
  const resolved = resolvePackItems(
    items,
    {
      programs: defaultResources.programs.programs,
      institutions: defaultResources.institutions.institutions,
      strategies: defaultResources.strategies.strategies,
      indicators: new Map(defaultResources.indicators.indicators.map((indicator) => [indicator.id, indicator])),
      asOf: defaultResources.meta.asOf,
      context: { datasetVersion: defaultResources.meta.datasetVersion, demo: false },
    },
    lang,
  );
  return {
    title: lang === 'ko' ? '생산적 금융 주간 브리핑' : 'Productive finance weekly briefing',
    date: '2026-11-30',
    lang,
    pageSize: '16:9',
    link: 'https://tracker.example.org/#pack=abc',
    items: resolved.flatMap((entry) =>
      entry.spec ? [{ takeaway: entry.item.takeaway || entry.suggestion, spec: entry.spec }] : [],
    ),
  };
}
