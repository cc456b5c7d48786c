// The data the prerendered overview was made from, embedded in index.html at build time so the
// app can take over that markup (hydrate) without fetching or re-drawing anything.
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

/** The embedded seed, or null when absent or not valid (then the app fetches as usual). */
export function readPrerenderSeed(element: Element | null): PrerenderSeed | null {
  if (!element?.textContent) return null;
  try {
    const result = seedSchema.safeParse(JSON.parse(element.textContent));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
