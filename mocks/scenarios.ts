// Named failure and data scenarios. Each returns handlers to put in front of the normal
// ones (`server.use(...)` in tests; VITE_MOCK_SCENARIO in development).
import { delay, http, HttpResponse } from 'msw';
import type { ApiResources } from '../src/lib/dataset';
import { API, resourceHandlers } from './handlers';
import { generateLargeDataset } from './factories/large-dataset';
import rawDataset from '../src/data/dataset.v1.json';
import { buildResources, datasetSchema } from '../src/lib/dataset';

/** 5,000 programs and 100,000 indicator points (seeded), on top of the real dataset. */
export function largeResources(): ApiResources {
  return buildResources(generateLargeDataset(datasetSchema.parse(rawDataset)));
}

export const faults = [
  'network-error',
  'http-500',
  'http-503',
  'slow-10s',
  'malformed-json',
  'schema-invalid',
] as const;
export type Fault = (typeof faults)[number];

/** A body that is valid JSON but breaks the contract for any resource. */
const schemaBreaking = {
  programs: [{ id: 'BAD ID', name: 42 }],
  indicators: 'none',
  apiVersion: 'one',
};

/** Makes requests to `/api/v1/<resource>` fail in the given way (`*` matches every resource). */
export function faultHandler(resource: string, fault: Fault, options: { once?: boolean } = {}) {
  return http.get(
    `${API}/${resource}`,
    async () => {
      switch (fault) {
        case 'network-error':
          return HttpResponse.error();
        case 'http-500':
          return HttpResponse.json({ error: 'internal' }, { status: 500 });
        case 'http-503':
          return HttpResponse.json({ error: 'unavailable' }, { status: 503 });
        case 'slow-10s':
          await delay(10_000);
          return undefined;
        case 'malformed-json':
          return new HttpResponse('{"programs": [ {"id": "woori-total", ', {
            headers: { 'Content-Type': 'application/json' },
          });
        case 'schema-invalid':
          return HttpResponse.json(schemaBreaking);
      }
    },
    { once: options.once ?? false },
  );
}

export function emptyResources(resources: ApiResources): ApiResources {
  return {
    ...resources,
    programs: { programs: [] },
    indicators: {
      indicators: resources.indicators.indicators.map((indicator) => ({
        ...indicator,
        series: indicator.series.map((series) => ({ ...series, points: [] })),
      })),
    },
  };
}

/** Named scenarios for the dev mock (VITE_MOCK_SCENARIO): default, empty, large, failing, slow. */
export function scenarioHandlers(name: string, resources: ApiResources) {
  switch (name) {
    case 'empty':
      return resourceHandlers(emptyResources(resources));
    case 'large':
      return resourceHandlers(largeResources());
    case 'failing':
      return [faultHandler('*', 'http-503')];
    case 'slow':
      return [
        http.get(`${API}/*`, async () => {
          await delay(3_000);
          return undefined;
        }),
        ...resourceHandlers(resources),
      ];
    default:
      return resourceHandlers(resources);
  }
}
