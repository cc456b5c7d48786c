// The one API client: builds the resource URL for the configured data source, fetches,
// and parses the body with the contract's schema. Anything that does not fit becomes an
// ApiError naming the field — never data that silently draws a wrong chart.
import { dataSource, type DataSourceConfig } from '../config';
import type { DatasetId } from '../view-state';
import { ApiError, parseRetryAfter, type MalformedDetail } from './api-error';
import type * as z from 'zod/mini';
import type { ResponseSchemas } from './responses';
import { apiResources, resolvePath, type ApiResourceName } from './resources';

export function resourceUrl(
  resource: string,
  source: DataSourceConfig = dataSource,
  dataset: DatasetId = 'reported',
): string {
  const path = resource
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  const relative =
    dataset === 'demo'
      ? `${source.demoPrefix}${path}${source.demoSuffix}`
      : `${source.resourcePrefix}${path}${source.resourceSuffix}`;
  const base = typeof document === 'undefined' ? 'http://localhost/' : document.baseURI;
  return new URL(relative, base).toString();
}

type PathSegment = PropertyKey;

export function formatIssuePath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out || '(root)';
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** Says what a body that is not JSON looked like: nothing, a web page, JSON cut short, or other. */
export function describeMalformed(text: string, contentType: string | null, parseError: unknown): MalformedDetail {
  const trimmed = text.trim();
  if (trimmed === '') return 'empty';
  if ((contentType ?? '').toLowerCase().includes('html') || trimmed.startsWith('<')) return 'html';
  const message = parseError instanceof Error ? parseError.message : '';
  if (/end of (JSON|data)|unterminated|unexpected end/i.test(message)) return 'truncated';
  const position = /position (\d+)/.exec(message);
  if (position && Number(position[1]) >= trimmed.length - 1 && /^[[{]/.test(trimmed)) return 'truncated';
  return 'invalid';
}

const malformedMessage: Record<MalformedDetail, string> = {
  empty: 'is empty',
  html: 'is a web page, not JSON',
  truncated: 'ends early (not valid JSON)',
  invalid: 'is not valid JSON',
};

/**
 * Fetches `resource` and parses its body with the contract's schema that `pick` chooses
 * (e.g. `(schemas) => schemas.programs`).
 */
export async function fetchResource<T>(
  resource: string,
  pick: (schemas: ResponseSchemas) => z.ZodMiniType<T>,
  signal?: AbortSignal,
  dataset: DatasetId = 'reported',
): Promise<T> {
  // The schemas load while the request is under way (a separate chunk: see responses.ts).
  const schemas = import('./responses');
  // A failed chunk load surfaces below, where the schema is needed; never as an unhandled rejection.
  schemas.catch(() => undefined);
  let response: Response;
  try {
    response = await fetch(resourceUrl(resource, dataSource, dataset), {
      signal: signal ?? null,
      headers: { Accept: 'application/json' },
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError({
      kind: isOffline() ? 'offline' : 'network',
      resource,
      message: `Could not reach the data source for "${resource}"`,
      cause,
    });
  }
  if (!response.ok) {
    // The body of an error answer is not needed; do not wait for it.
    void response.body?.cancel().catch(() => undefined);
    throw new ApiError({
      kind: 'http',
      resource,
      status: response.status,
      retryAfterMs: parseRetryAfter(response.headers.get('Retry-After'), Date.now()),
      message: `The data source answered ${response.status} for "${resource}"`,
    });
  }
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    // The headers came, the body did not (a reset or a dropped connection mid-transfer):
    // a network failure, not bad data.
    if (signal?.aborted) throw cause;
    throw new ApiError({
      kind: isOffline() ? 'offline' : 'interrupted',
      resource,
      message: `The connection was lost while the data for "${resource}" was arriving`,
      cause,
    });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (cause) {
    const detail = describeMalformed(text, response.headers.get('Content-Type'), cause);
    throw new ApiError({
      kind: 'malformed',
      resource,
      detail,
      message: `The data for "${resource}" ${malformedMessage[detail]}`,
      cause,
    });
  }
  const schema = pick((await schemas).responseSchemas);
  const result = schema.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = formatIssuePath(issue?.path ?? []);
    throw new ApiError({
      kind: 'schema',
      resource,
      field,
      message: `The data for "${resource}" does not fit the contract at ${field}: ${issue?.message ?? 'invalid'}`,
      cause: result.error,
    });
  }
  return result.data;
}

type Registry = typeof apiResources;
/** The resources the client reads: those with a response schema. */
export type ReadableResource = {
  [K in ApiResourceName]: Registry[K]['schema'] extends keyof ResponseSchemas ? K : never;
}[ApiResourceName];
type ResponseOf<K extends ReadableResource> = z.output<ResponseSchemas[Registry[K]['schema'] & keyof ResponseSchemas]>;

interface FetchApiOptions {
  /** The `:id` of the path (an indicator's, a vintage's). */
  id?: string;
  signal?: AbortSignal;
  dataset?: DatasetId;
}

/** Fetches a resource of the registry (resources.ts) and parses it with its response schema. */
export function fetchApi<K extends ReadableResource>(name: K, options?: FetchApiOptions): Promise<ResponseOf<K>>;
export function fetchApi(name: ReadableResource, { id, signal, dataset }: FetchApiOptions = {}): Promise<unknown> {
  const { schema, path } = apiResources[name];
  const pick = (schemas: ResponseSchemas): z.ZodMiniType<unknown> => schemas[schema];
  return fetchResource(resolvePath({ path }, id), pick, signal, dataset);
}
