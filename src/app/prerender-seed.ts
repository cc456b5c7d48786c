// The data the prerendered overview was made from, written next to index.html at build time
// (and preloaded by it) so the app can take over that markup (hydrate) without re-drawing it.
import type { QueryClient } from '@tanstack/react-query';
export { PRERENDER_SEED_FILE } from './prerender-seed-file';
import { indicatorKeys } from '../features/indicators/api/get-indicator';
import { programKeys } from '../features/programs/api/get-programs';
import { referenceKeys } from '../lib/api/reference-data';
import type { PrerenderSeed } from './prerender-seed-schema';

export type { PrerenderSeed };

/** Puts the seed (the reported dataset: the demo is never prerendered) into a query cache. */
export function fillQueryCache(queryClient: QueryClient, seed: PrerenderSeed): void {
  queryClient.setQueryData(referenceKeys.meta('reported'), seed.meta);
  queryClient.setQueryData(referenceKeys.institutions('reported'), seed.institutions);
  queryClient.setQueryData(referenceKeys.strategies('reported'), seed.strategies);
  queryClient.setQueryData(programKeys.all('reported'), seed.programs);
  for (const indicator of seed.indicators.indicators)
    queryClient.setQueryData(indicatorKeys.one('reported', indicator.id), indicator);
}

/** The seed, or null when it cannot be fetched or is not valid (then the app fetches as usual). */
export async function loadPrerenderSeed(url: string): Promise<PrerenderSeed | null> {
  try {
    const schema = import('./prerender-seed-schema');
    schema.catch(() => undefined);
    const response = await fetch(url);
    if (!response.ok) return null;
    const { seedSchema } = await schema;
    const result = seedSchema.safeParse(await response.json());
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
