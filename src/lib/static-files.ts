// The embedded mode's data files (docs/api.md, "Static files"): the same bodies as the HTTP
// resources. Written by the build (scripts/vite-static-api.ts) and by the data desk's server
// when a vintage is published, so a static deployment can be refreshed from the server.
import type { ApiResources } from './dataset';

/** File name (relative to the site root) → body, for every resource of `resources`. */
export function staticApiFiles(
  resources: ApiResources,
  dir = 'data/v1',
  files = new Map<string, string>(),
): Map<string, string> {
  const put = (name: string, body: unknown) => files.set(`${dir}/${name}.json`, JSON.stringify(body));
  put('meta', resources.meta);
  put('institutions', resources.institutions);
  put('strategies', resources.strategies);
  put('programs', resources.programs);
  put('indicators', resources.indicators);
  for (const indicator of resources.indicators.indicators) put(`indicators/${indicator.id}`, indicator);
  return files;
}

/** The data the prerendered overview hydrates with (prerender-seed.json). */
export function prerenderSeedBody(resources: ApiResources): string {
  return JSON.stringify({
    meta: resources.meta,
    institutions: resources.institutions,
    strategies: resources.strategies,
    programs: resources.programs,
    indicators: resources.indicators,
  });
}
