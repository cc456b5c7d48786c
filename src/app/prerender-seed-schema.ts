// The shape of the prerender seed; loaded with the seed (not with the page), like every schema.
import * as z from 'zod/mini';
import { responseSchemas } from '../lib/api/responses';

export const seedSchema = z.object({
  meta: responseSchemas.meta,
  institutions: responseSchemas.institutions,
  strategies: responseSchemas.strategies,
  programs: responseSchemas.programs,
  indicators: responseSchemas.indicators,
});

export type PrerenderSeed = z.infer<typeof seedSchema>;
