// The dataset as stored (src/data/dataset.v1.json) and the API resources built from it.
// Both the MSW handlers (development, tests) and the production build's static data files
// come from `buildResources`, so the mock and the embedded dataset cannot drift apart.
import * as z from 'zod/mini';
import {
  indicatorSchema,
  initiativeSchema,
  institutionSchema,
  metaSchema,
  programSchema,
  sourceSchema,
  strategySchema,
  type Indicator,
  type Program,
  type Source,
} from './schemas';

export const programRecordSchema = z.omit(programSchema, {
  sources: true,
  childIds: true,
});
export const indicatorRecordSchema = z.omit(indicatorSchema, { sources: true });

export const datasetSchema = z.object({
  meta: metaSchema,
  institutions: z.array(institutionSchema),
  initiatives: z.array(initiativeSchema),
  strategies: z.array(strategySchema),
  sources: z.array(sourceSchema),
  programs: z.array(programRecordSchema),
  indicators: z.array(indicatorRecordSchema),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type ProgramRecord = z.infer<typeof programRecordSchema>;
export type IndicatorRecord = z.infer<typeof indicatorRecordSchema>;

export interface ApiResources {
  meta: Dataset['meta'];
  institutions: { institutions: Dataset['institutions'] };
  strategies: {
    initiatives: Dataset['initiatives'];
    strategies: Dataset['strategies'];
  };
  programs: { programs: Program[] };
  indicators: { indicators: Indicator[] };
}

function collectSourceIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectSourceIds(item, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sourceIds' && Array.isArray(child)) {
        for (const sourceId of child) if (typeof sourceId === 'string') into.add(sourceId);
      } else {
        collectSourceIds(child, into);
      }
    }
  }
}

function resolveSources(record: unknown, byId: ReadonlyMap<string, Source>): Source[] {
  const ids = new Set<string>();
  collectSourceIds(record, ids);
  return [...ids].map((sourceId) => {
    const source = byId.get(sourceId);
    if (!source) throw new Error(`dataset: unknown source id "${sourceId}"`);
    return source;
  });
}

/** Resolves source references and parent/child links into the API's resource shapes. */
export function buildResources(dataset: Dataset): ApiResources {
  const sourcesById = new Map(dataset.sources.map((source) => [source.id, source]));
  const programs: Program[] = dataset.programs.map((record) => ({
    ...record,
    childIds: dataset.programs.filter((other) => other.parentId === record.id).map((child) => child.id),
    sources: resolveSources(record, sourcesById),
  }));
  const indicators: Indicator[] = dataset.indicators.map((record) => ({
    ...record,
    sources: resolveSources(record, sourcesById),
  }));
  return {
    meta: dataset.meta,
    institutions: { institutions: dataset.institutions },
    strategies: {
      initiatives: dataset.initiatives,
      strategies: dataset.strategies,
    },
    programs: { programs },
    indicators: { indicators },
  };
}
