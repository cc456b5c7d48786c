// The one API client: builds the resource URL for the configured data source, fetches,
// and parses the body with the contract's schema. Anything that does not fit becomes an
// ApiError naming the field — never data that silently draws a wrong chart.
import type * as z from 'zod/mini';
import { dataSource, type DataSourceConfig } from '../config';
import type { DatasetId } from '../view-state';
import { ApiError } from './api-error';

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

export async function fetchResource<T>(
  resource: string,
  schema: z.ZodMiniType<T>,
  signal?: AbortSignal,
  dataset: DatasetId = 'reported',
): Promise<T> {
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
    throw new ApiError({
      kind: 'http',
      resource,
      status: response.status,
      message: `The data source answered ${response.status} for "${resource}"`,
    });
  }
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch (cause) {
    throw new ApiError({
      kind: 'malformed',
      resource,
      message: `The data for "${resource}" is not valid JSON`,
      cause,
    });
  }
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
