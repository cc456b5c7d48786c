// The data desk routes every file resource of the registry (src/lib/api/resources.ts) to its
// file, and nothing else: the same bodies at /api/v1/<path> as at /data/v1/<path>.json.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePath, resourceEntries, staticFilePath, type ResourceEntry } from '../../src/lib/api/resources';
import { buildResources } from '../../src/lib/dataset';
import { vintagesOf } from '../../src/lib/vintages';
import { readDatasetFile } from '../../server/store/dataset';
import { startDesk, type Desk } from './harness';

const dataset = readDatasetFile('src/data/dataset.v1.json');
const resources = buildResources(dataset);
const vintageIds = vintagesOf(dataset).map((cut) => cut.vintage.id);

function idsOf(entry: ResourceEntry): string[] {
  if (entry.from === 'dataset-item') return entry.ids(resources);
  if (entry.from === 'vintage' || entry.from === 'digest') return vintageIds;
  return [''];
}

describe('the data desk serves the resource registry', () => {
  let desk: Desk;
  beforeAll(async () => {
    desk = await startDesk('sqlite');
  });
  afterAll(() => desk.close());

  it('answers every file entry at every id with its file, and no other', async () => {
    let served = 0;
    for (const entry of resourceEntries)
      for (const id of idsOf(entry)) {
        const path = resolvePath(entry, id);
        const response = await fetch(`${desk.url}/api/v1/${path}`);
        if (!entry.file) {
          expect(response.status, path).toBe(404);
          continue;
        }
        expect(response.status, path).toBe(200);
        const file = await fetch(`${desk.url}/${staticFilePath(entry, id)}`);
        expect(file.status, path).toBe(200);
        expect(await response.text(), path).toBe(await file.text());
        served += 1;
      }
    expect(served).toBeGreaterThan(20);
    for (const missing of ['indicators/no-such-indicator', 'vintages/latest/no-such-resource', 'vintages/nope/meta'])
      expect((await fetch(`${desk.url}/api/v1/${missing}`)).status, missing).toBe(404);
  });
});
