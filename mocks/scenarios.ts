// Named failure and data scenarios. Each returns handlers to put in front of the normal
// ones (`server.use(...)` in tests; VITE_MOCK_SCENARIO in development).
import { delay, http, HttpResponse } from 'msw';
import { datasetBody, matchResource } from '../src/lib/api/resources';
import type { ApiResources } from '../src/lib/dataset';
import { API, resourceHandlers } from './handlers';
import { generateLargeDataset } from './factories/large-dataset';
import rawDataset from '../src/data/dataset.v1.json';
import { buildResources, datasetSchema } from '../src/lib/dataset';
import { defaultResources } from './resources';

/** 5,000 programs and 100,000 indicator points (seeded), on top of the real dataset. */
export function largeResources(): ApiResources {
  return buildResources(generateLargeDataset(datasetSchema.parse(rawDataset)));
}

/**
 * Every way a resource can fail that the fault matrix covers (tests/integration/fault-matrix.test.tsx).
 * "reset" faults answer 200 and then break the body stream, as a dropped connection does.
 */
export const matrixFaults = [
  'network-error',
  'http-404',
  'http-429',
  'http-500',
  'http-503',
  'reset-before-body',
  'reset-mid-body',
  'truncated-body',
  'html-body',
  'schema-invalid',
  'slow',
] as const;

/** The matrix's faults, and the older names other tests and scenarios use. */
export const faults = [...matrixFaults, 'malformed-json', 'empty-body', 'slow-10s', 'http-503-retry-after'] as const;
export type Fault = (typeof faults)[number];

/** The Retry-After (seconds) the 429 and "503 retry-after" faults send. */
export const RETRY_AFTER_SECONDS = 1;

/** A body that is valid JSON but breaks the contract for any resource. */
const schemaBreaking = {
  programs: [{ id: 'BAD ID', name: 42 }],
  indicators: 'none',
  apiVersion: 'one',
};

/** The real body of a resource ("programs", "indicators/<id>"), as the normal handlers send it. */
export function resourceBody(resource: string, resources: ApiResources = defaultResources): unknown {
  const match = matchResource(resource);
  return (match && datasetBody(match.entry, resources, match.id)) ?? null;
}

/**
 * A 200 answer announcing the whole body's length whose stream breaks after `sent` bytes of
 * it (possibly none): the connection is reset mid-transfer, so the body never completes.
 */
function resetAfter(whole: string, sent: string) {
  const bytes = new TextEncoder().encode(sent);
  const length = new TextEncoder().encode(whole).length;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (bytes.length > 0) controller.enqueue(bytes);
    },
    async pull(controller) {
      // Break the stream after the headers were delivered, as a dropped connection does.
      await delay(5);
      controller.error(new TypeError('network error: connection reset'));
    },
  });
  return new HttpResponse(stream, {
    headers: { 'Content-Type': 'application/json', 'Content-Length': String(length) },
  });
}

/** The answer a fault gives for a resource, or undefined to let the normal handler answer. */
export async function faultResponse(resource: string, fault: Fault, gate?: Promise<void>) {
  switch (fault) {
    case 'network-error':
      return HttpResponse.error();
    case 'http-404':
      return HttpResponse.json({ error: 'not-found' }, { status: 404 });
    case 'http-429':
      return HttpResponse.json(
        { error: 'rate-limited' },
        { status: 429, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } },
      );
    case 'http-500':
      return HttpResponse.json({ error: 'internal' }, { status: 500 });
    case 'http-503':
      return HttpResponse.json({ error: 'unavailable' }, { status: 503 });
    case 'http-503-retry-after':
      return HttpResponse.json(
        { error: 'unavailable' },
        { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } },
      );
    case 'reset-before-body':
      return resetAfter(JSON.stringify(resourceBody(resource)), '');
    case 'reset-mid-body': {
      const text = JSON.stringify(resourceBody(resource));
      return resetAfter(text, text.slice(0, Math.ceil(text.length / 2)));
    }
    case 'truncated-body': {
      const text = JSON.stringify(resourceBody(resource));
      return new HttpResponse(text.slice(0, Math.ceil(text.length / 2)), {
        headers: { 'Content-Type': 'application/json' },
      });
    }
    case 'html-body':
      return new HttpResponse('<!doctype html><html><body><h1>Sign in</h1></body></html>', {
        headers: { 'Content-Type': 'text/html' },
      });
    case 'empty-body':
      return new HttpResponse('', { headers: { 'Content-Type': 'application/json' } });
    case 'malformed-json':
      return new HttpResponse('{"programs": [ {"id": "woori-total", ', {
        headers: { 'Content-Type': 'application/json' },
      });
    case 'schema-invalid':
      return HttpResponse.json(schemaBreaking);
    case 'slow':
      await (gate ?? delay(10_000));
      return undefined;
    case 'slow-10s':
      await delay(10_000);
      return undefined;
  }
}

/** Makes requests to `/api/v1/<resource>` fail in the given way (`*` matches every resource). */
export function faultHandler(resource: string, fault: Fault, options: { once?: boolean } = {}) {
  return http.get(`${API}/${resource}`, ({ request }) => faultResponse(resourcePath(request.url), fault), {
    once: options.once ?? false,
  });
}

function resourcePath(url: string): string {
  const path = new URL(url).pathname;
  const at = path.indexOf(`${API}/`);
  return at >= 0 ? decodeURIComponent(path.slice(at + API.length + 1)) : path;
}

/**
 * A fault that can be switched off: requests to `resource` fail with `fault` until `clear()`,
 * then the normal handlers answer. A slow answer waits until `clear()` releases it.
 */
export function switchableFault(resource: string, fault: Fault) {
  let active = true;
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const requests = { count: 0 };
  const handler = http.get(`${API}/${resource}`, ({ request }) => {
    requests.count += 1;
    if (!active && fault !== 'slow') return undefined;
    return faultResponse(resourcePath(request.url), fault, gate);
  });
  return {
    handler,
    requests,
    clear: () => {
      active = false;
      release();
    },
  };
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
