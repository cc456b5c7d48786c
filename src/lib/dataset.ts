// The dataset as stored (src/data/dataset.v1.json) and the API resources built from it.
// Both the MSW handlers (development, tests) and the production build's static data files
// come from `buildResources`, so the mock and the embedded dataset cannot drift apart.
import * as z from 'zod/mini';
import {
  indicatorSchema,
  initiativeSchema,
  institutionSchema,
  metaSchema,
  programEventSchema,
  programSchema,
  progressPointSchema,
  sourceSchema,
  strategySchema,
  type Indicator,
  type Program,
  type Source,
} from './schemas';
import { revisionInForce } from './vintages';

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
  /** Dated context outside any one pledge, served with the strategies. */
  timeline: z.optional(z.array(programEventSchema)),
  sources: z.array(sourceSchema),
  programs: z.array(programRecordSchema),
  indicators: z.array(indicatorRecordSchema),
});

export type Dataset = z.infer<typeof datasetSchema>;

/**
 * The demo dataset (src/data/demo.v1.json): the reported dataset plus illustrative progress,
 * kept in its own file so the default build holds no made-up figure. Every point it adds must
 * be illustrative (checked when it is applied).
 */
export const demoOverlaySchema = z.object({
  meta: z.object({ asOf: z.string(), datasetVersion: z.string() }),
  note: z.object({ ko: z.string(), en: z.string() }),
  programs: z.record(z.string(), z.object({ progress: z.array(progressPointSchema) })),
  /** Made-up pledges (ids start "demo-", every figure illustrative) for states today's data
   *  never reaches: a deadline missed, a period not begun. */
  demoPrograms: z.optional(z.array(programRecordSchema)),
});
export type DemoOverlay = z.infer<typeof demoOverlaySchema>;

/** The demo dataset: the reported one with the overlay's illustrative progress added. */
export function applyDemo(dataset: Dataset, overlay: DemoOverlay): Dataset {
  for (const [programId, { progress }] of Object.entries(overlay.programs)) {
    if (!dataset.programs.some((program) => program.id === programId))
      throw new Error(`demo: unknown program "${programId}"`);
    const wrong = progress.find((point) => point.provenance !== 'illustrative');
    if (wrong) throw new Error(`demo: ${programId} ${wrong.date} must be illustrative`);
  }
  const made = overlay.demoPrograms ?? [];
  for (const program of made) {
    if (!program.id.startsWith('demo-'))
      throw new Error(`demo: a made-up pledge's id must start "demo-" (${program.id})`);
    const figures = [program.commitmentFigure, ...program.progress, ...program.plans, ...program.milestones];
    if (figures.some((figure) => figure.provenance !== 'illustrative'))
      throw new Error(`demo: every figure of ${program.id} must be illustrative`);
    if (dataset.programs.some((other) => other.id === program.id)) throw new Error(`demo: ${program.id} exists`);
  }
  return {
    ...dataset,
    meta: {
      ...dataset.meta,
      ...overlay.meta,
      dataset: 'demo',
      containsIllustrative: true,
    },
    programs: dataset.programs
      .map((program) => {
        const extra = overlay.programs[program.id]?.progress ?? [];
        if (extra.length === 0) return program;
        const progress = [...program.progress, ...extra].sort((a, b) => a.date.localeCompare(b.date));
        return { ...program, progress };
      })
      .concat(made),
  };
}

export interface ApiResources {
  meta: Dataset['meta'];
  institutions: { institutions: Dataset['institutions'] };
  strategies: {
    initiatives: Dataset['initiatives'];
    strategies: Dataset['strategies'];
    timeline?: Dataset['timeline'];
    sources?: Source[];
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

function withTargetInForce(record: Dataset['programs'][number], asOf: string) {
  const inForce = revisionInForce(record.commitmentRevisions, asOf);
  return inForce ? { commitment: inForce.commitment } : {};
}

/** Resolves source references and parent/child links into the API's resource shapes. */
export function buildResources(dataset: Dataset): ApiResources {
  const sourcesById = new Map(dataset.sources.map((source) => [source.id, source]));
  const programs: Program[] = dataset.programs.map((record) => ({
    ...record,
    // A decided revision of the target is judged against from its date; it stays listed.
    ...withTargetInForce(record, dataset.meta.asOf),
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
      ...(dataset.timeline
        ? { timeline: dataset.timeline, sources: resolveSources(dataset.timeline, sourcesById) }
        : {}),
    },
    programs: { programs },
    indicators: { indicators },
  };
}
