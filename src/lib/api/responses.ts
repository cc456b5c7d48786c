// Every response the client reads, by name: the contract's schemas (docs/api.md). This module
// and zod load with the first request, not with the page (the initial bundle stays lean); the
// client starts loading it alongside the request, so no answer waits for it.
import * as z from 'zod/mini';
import {
  indicatorSchema,
  indicatorsResponseSchema,
  institutionSchema,
  metaSchema,
  programsResponseSchema,
  strategiesResponseSchema,
  vintagesResponseSchema,
} from '../schemas';

export const responseSchemas = {
  meta: metaSchema,
  institutions: z.object({ institutions: z.array(institutionSchema) }),
  strategies: strategiesResponseSchema,
  programs: programsResponseSchema,
  indicator: indicatorSchema,
  indicators: indicatorsResponseSchema,
  vintages: vintagesResponseSchema,
};

export type ResponseSchemas = typeof responseSchemas;
