// The embedded mode's data files (docs/api.md, "Static files"): the same bodies as the HTTP
// resources. Written by the build (scripts/vite-static-api.ts) and by the data desk's server
// when a vintage is published, so a static deployment can be refreshed from the server.
// Which resources are files, and their paths, come from the registry (api/resources.ts).
import { datasetBody, namedResources, resourceEntries, staticFilePath } from './api/resources';
import type { ApiResources } from './dataset';

/** File name (relative to the site root) → body, for every resource of `resources`. */
export function staticApiFiles(
  resources: ApiResources,
  dir = 'data/v1',
  files = new Map<string, string>(),
): Map<string, string> {
  for (const entry of resourceEntries) {
    if (!entry.file) continue;
    const ids = entry.from === 'dataset' ? [''] : entry.from === 'dataset-item' ? entry.ids(resources) : [];
    for (const id of ids) files.set(staticFilePath(entry, id, dir), JSON.stringify(datasetBody(entry, resources, id)));
  }
  return files;
}

/** The data the prerendered overview hydrates with (prerender-seed.json): the first view's resources. */
export function prerenderSeedBody(resources: ApiResources): string {
  return JSON.stringify(
    Object.fromEntries(
      namedResources
        .filter(([, entry]) => entry.firstView !== undefined)
        .map(([name, entry]) => [name, datasetBody(entry, resources)]),
    ),
  );
}
