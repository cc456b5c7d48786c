// The data the prerendered overview was made from, written next to index.html at build time
// (and preloaded by it) so the app can take over that markup (hydrate) without re-drawing it.
import type { QueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import {
  indicatorsResponseSchema,
  institutionSchema,
  metaSchema,
  programsResponseSchema,
  strategiesResponseSchema,
} from '../lib/schemas';

const seedSchema = z.object({
  meta: metaSchema,
  institutions: z.object({ institutions: z.array(institutionSchema) }),
  strategies: strategiesResponseSchema,
  programs: programsResponseSchema,
  indicators: indicatorsResponseSchema,
});

export type PrerenderSeed = z.infer<typeof seedSchema>;

/** Puts the seed into a query cache under the keys the queries use. */
export function fillQueryCache(queryClient: QueryClient, seed: PrerenderSeed): void {
  queryClient.setQueryData(['meta'], seed.meta);
  queryClient.setQueryData(['institutions'], seed.institutions);
  queryClient.setQueryData(['strategies'], seed.strategies);
  queryClient.setQueryData(['programs'], seed.programs);
  for (const indicator of seed.indicators.indicators) queryClient.setQueryData(['indicators', indicator.id], indicator);
}

/** The seed's file, beside index.html. */
export const PRERENDER_SEED_FILE = 'prerender-seed.json';

/** The seed, or null when it cannot be fetched or is not valid (then the app fetches as usual). */
export async function loadPrerenderSeed(url: string): Promise<PrerenderSeed | null> {
  try {
    const response = await fetch(url);
    if (!response.ok) return null;
    const result = seedSchema.safeParse(await response.json());
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
