// The read API's resources (docs/api.md), each declared once: its path, where its body comes
// from, its response schema, whether it is a static file and whether the first view needs it.
// The client (fetchApi), MSW (mocks/handlers.ts), the static files of the embedded mode
// (static-files.ts, vintages.ts, scripts/vite-static-api.ts) and the data desk's routes
// (server/app.ts) all iterate or look up this list; tests/unit/resources.test.ts checks that
// they agree. No zod here: the schemas are named by key and load with the first request.
import type { ApiResources } from '../dataset';
import type { VintageCut } from '../vintages';
import type { ResponseSchemas } from './responses';

type SchemaKey = keyof ResponseSchemas;

/** Where a resource's body comes from. */
type ResourceSource =
  /** One dataset's resources (the reported or the demo dataset). */
  | { from: 'dataset'; body: (resources: ApiResources) => unknown }
  /** One item of a dataset's resources, `:id` in the path; undefined when there is none. */
  | {
      from: 'dataset-item';
      ids: (resources: ApiResources) => string[];
      body: (resources: ApiResources, id: string) => unknown;
    }
  /** The list of vintages. */
  | { from: 'vintages'; body: (cuts: readonly VintageCut[]) => unknown }
  /** One vintage's resources, the vintage's id as `:id` in the path. */
  | { from: 'vintage'; body: (resources: ApiResources) => unknown }
  /** The change digest between two vintages: computed by the app (and by MSW), never a file. */
  | { from: 'digest' };

export type ResourceEntry = ResourceSource & {
  /** The path below the API root (`/api/v1/`); `:id` is its one parameter. */
  readonly path: string;
  /** Its response schema (`responseSchemas` in responses.ts); null when the client never reads it. */
  readonly schema: SchemaKey | null;
  /** Written as `data/v1/<path>.json` (the embedded mode, the desk's publish) and routed by the desk. */
  readonly file: boolean;
  /** 'preload': fetched beside the JavaScript and in the prerender seed; 'seed': in the seed only. */
  readonly firstView?: 'preload' | 'seed';
};

export const apiResources = {
  meta: { path: 'meta', from: 'dataset', body: (r) => r.meta, schema: 'meta', file: true, firstView: 'preload' },
  institutions: {
    path: 'institutions',
    from: 'dataset',
    body: (r) => r.institutions,
    schema: 'institutions',
    file: true,
    firstView: 'preload',
  },
  strategies: {
    path: 'strategies',
    from: 'dataset',
    body: (r) => r.strategies,
    schema: 'strategies',
    file: true,
    firstView: 'preload',
  },
  programs: {
    path: 'programs',
    from: 'dataset',
    body: (r) => r.programs,
    schema: 'programs',
    file: true,
    firstView: 'preload',
  },
  indicators: {
    path: 'indicators',
    from: 'dataset',
    body: (r) => r.indicators,
    schema: 'indicators',
    file: true,
    firstView: 'seed',
  },
  indicator: {
    path: 'indicators/:id',
    from: 'dataset-item',
    ids: (r) => r.indicators.indicators.map((indicator) => indicator.id),
    body: (r, id) => r.indicators.indicators.find((indicator) => indicator.id === id),
    schema: 'indicator',
    file: true,
  },
  vintages: {
    path: 'vintages',
    from: 'vintages',
    body: (cuts) => ({ vintages: [...cuts].reverse().map((cut) => cut.vintage) }),
    schema: 'vintages',
    file: true,
  },
  vintageMeta: { path: 'vintages/:id/meta', from: 'vintage', body: (r) => r.meta, schema: 'meta', file: true },
  vintagePrograms: {
    path: 'vintages/:id/programs',
    from: 'vintage',
    body: (r) => r.programs,
    schema: 'programs',
    file: true,
  },
  vintageIndicators: {
    path: 'vintages/:id/indicators',
    from: 'vintage',
    body: (r) => r.indicators,
    schema: 'indicators',
    file: true,
  },
  vintageChanges: { path: 'vintages/:id/changes', from: 'digest', schema: null, file: false },
} satisfies Record<string, ResourceEntry>;

export type ApiResourceName = keyof typeof apiResources;

/** Every resource with its name, in the order of docs/api.md. */
export const namedResources: readonly (readonly [string, ResourceEntry])[] =
  /* @__PURE__ */ Object.entries(apiResources);
export const resourceEntries: readonly ResourceEntry[] = /* @__PURE__ */ namedResources.map(([, entry]) => entry);

/** The entry's path with its `:id` filled in (not encoded). */
export function resolvePath(entry: Pick<ResourceEntry, 'path'>, id = ''): string {
  return entry.path.replace(':id', id);
}

/** The static file of a resource: `<dir>/<path>.json`. */
export function staticFilePath(entry: Pick<ResourceEntry, 'path'>, id?: string, dir = 'data/v1'): string {
  return `${dir}/${resolvePath(entry, id)}.json`;
}

/** The body of a dataset's resource (`id` for an item), or undefined when it has none. */
export function datasetBody(entry: ResourceEntry, resources: ApiResources, id = ''): unknown {
  if (entry.from === 'dataset') return entry.body(resources);
  if (entry.from === 'dataset-item') return entry.body(resources, id);
  return undefined;
}

/** The entry a concrete path ("programs", "indicators/x") is an instance of, and its `:id`. */
export function matchResource(path: string): { entry: ResourceEntry; id: string } | undefined {
  for (const entry of resourceEntries) {
    const [before = '', after = ''] = entry.path.split(':id');
    if (!entry.path.includes(':id')) {
      if (path === entry.path) return { entry, id: '' };
    } else if (path.startsWith(before) && path.endsWith(after) && path.length > before.length + after.length) {
      const id = path.slice(before.length, path.length - after.length);
      if (!id.includes('/')) return { entry, id };
    }
  }
  return undefined;
}
