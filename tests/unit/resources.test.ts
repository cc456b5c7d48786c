// The resource registry (src/lib/api/resources.ts) is the one list of the read API: the client,
// MSW, the static files and the seed all answer exactly its entries (the data desk's routes are
// checked in tests/server/resources.test.ts).
import { describe, expect, it } from 'vitest';
import { API, resourceHandlers, vintageHandlers } from '../../mocks/handlers';
import { defaultResources, defaultVintages } from '../../mocks/resources';
import { resourceBody } from '../../mocks/scenarios';
import { seedSchema } from '../../src/app/prerender-seed-schema';
import { fetchApi, type ReadableResource } from '../../src/lib/api/client';
import {
  apiResources,
  matchResource,
  resolvePath,
  resourceEntries,
  staticFilePath,
  type ResourceEntry,
} from '../../src/lib/api/resources';
import { responseSchemas } from '../../src/lib/api/responses';
import { buildResources } from '../../src/lib/dataset';
import { prerenderSeedBody, staticApiFiles } from '../../src/lib/static-files';
import { vintageFiles } from '../../src/lib/vintages';

const vintageIds = defaultVintages.map((cut) => cut.vintage.id);

/** Every id an entry's `:id` takes with the default dataset and vintages ('' for none). */
function idsOf(entry: ResourceEntry): string[] {
  switch (entry.from) {
    case 'dataset':
    case 'vintages':
      return [''];
    case 'dataset-item':
      return entry.ids(defaultResources);
    case 'vintage':
    case 'digest':
      return vintageIds;
  }
}

/** What the registry says the build writes: every file entry at every id. */
const registryFiles = resourceEntries
  .filter((entry) => entry.file)
  .flatMap((entry) => idsOf(entry).map((id) => staticFilePath(entry, id)));

const builtFiles = vintageFiles(defaultVintages, buildResources, 'data/v1', staticApiFiles(defaultResources));

const get = (path: string) => fetch(new URL(`${API}/${path}`, document.baseURI));

describe('the resource registry', () => {
  it('declares each path once, and finds the entry of a concrete path', () => {
    const paths = resourceEntries.map((entry) => entry.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const entry of resourceEntries)
      for (const id of idsOf(entry)) expect(matchResource(resolvePath(entry, id))?.entry).toBe(entry);
    expect(matchResource('nothing')).toBeUndefined();
  });

  it('the static build writes exactly the file entries', () => {
    expect([...builtFiles.keys()].sort()).toEqual([...registryFiles].sort());
    expect(registryFiles).toContain('data/v1/indicators/tech-credit-all-banks.json');
    expect(registryFiles).toContain('data/v1/vintages/latest/programs.json');
    expect(registryFiles.some((file) => file.endsWith('/changes.json'))).toBe(false);
  });

  it('the demo dataset gets the same dataset files under its own folder', () => {
    const demo = [...staticApiFiles(defaultResources, 'data/demo/v1').keys()];
    const reported = registryFiles.filter((file) => !file.startsWith('data/v1/vintages'));
    expect(demo).toEqual(reported.map((file) => file.replace('data/v1/', 'data/demo/v1/')));
  });

  it('the prerender seed holds the first view, as its schema says', () => {
    const seed: unknown = JSON.parse(prerenderSeedBody(defaultResources));
    const firstView = Object.entries(apiResources)
      .filter(([, entry]) => 'firstView' in entry)
      .map(([name]) => name);
    expect(Object.keys(seedSchema.shape)).toEqual(firstView);
    expect(seedSchema.safeParse(seed).success).toBe(true);
  });

  it('MSW has one handler per entry (and a 404 for anything else under a vintage)', () => {
    const paths = [...resourceHandlers(defaultResources), ...vintageHandlers(defaultVintages)].map(
      (handler) => handler.info.path,
    );
    expect(paths).toEqual([...resourceEntries.map((entry) => `${API}/${entry.path}`), `${API}/vintages/:id/:resource`]);
  });

  it('MSW answers every entry at every id, with the static file’s body', async () => {
    for (const entry of resourceEntries)
      for (const id of idsOf(entry)) {
        const path = resolvePath(entry, id);
        const response = await get(entry.from === 'digest' ? `${path}?from=${vintageIds[0]}` : path);
        expect(response.status, path).toBe(200);
        const body: unknown = await response.json();
        if (entry.file) expect(body, path).toEqual(JSON.parse(builtFiles.get(staticFilePath(entry, id)) ?? 'null'));
        if (entry.schema) expect(responseSchemas[entry.schema].safeParse(body).success, path).toBe(true);
        // The fault scenarios cut the same body (the reported dataset's resources; null for the vintages').
        const dataset = entry.from === 'dataset' || entry.from === 'dataset-item';
        expect(resourceBody(path), path).toEqual(dataset ? body : null);
      }
    expect((await get('indicators/no-such-indicator')).status).toBe(404);
    expect((await get('vintages/no-such-vintage/meta')).status).toBe(404);
    expect((await get('vintages/latest/no-such-resource')).status).toBe(404);
  });

  it('the client reads every entry that has a schema', async () => {
    const readable = (name: string): name is ReadableResource =>
      name in apiResources && apiResources[name as keyof typeof apiResources].schema !== null;
    const names = Object.keys(apiResources).filter(readable);
    expect(names).toHaveLength(resourceEntries.filter((entry) => entry.schema !== null).length);
    for (const name of names) {
      const entry = apiResources[name];
      const [id] = idsOf(entry);
      await expect(fetchApi(name, { id: id ?? '' })).resolves.toEqual(
        JSON.parse(builtFiles.get(staticFilePath(entry, id)) ?? 'null'),
      );
    }
  });
});
