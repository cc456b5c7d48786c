// One error type for everything that can go wrong between a request and parsed data, so
// every view can say *what* failed and *why* in the user's language and decide whether to retry.
//  - offline:     the browser says it has no connection;
//  - network:     no answer at all (unreachable, refused, a reset before the headers, a
//                 cross-origin answer the browser withheld);
//  - interrupted: the answer started but the connection was lost before the body was complete;
//  - http:        an answer with an error status (404, 429, 5xx …);
//  - malformed:   a complete answer that is not JSON (empty, an HTML page, cut short);
//  - schema:      JSON that does not fit the contract.
export type ApiErrorKind = 'offline' | 'network' | 'interrupted' | 'http' | 'malformed' | 'schema';

/** What a malformed body looked like. */
export type MalformedDetail = 'empty' | 'html' | 'truncated' | 'invalid';

/** The reason in the words a reader needs: which family of fault it is. */
export type FailureReason =
  | 'offline'
  | 'network'
  | 'interrupted'
  | 'not-found'
  | 'rate-limited'
  | 'unavailable'
  | 'server'
  | 'refused'
  | 'rejected'
  | 'malformed'
  | 'contract';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  /** For schema errors: the path of the first field that did not fit, e.g. "programs[3].commitment.targetEok". */
  readonly field: string | undefined;
  readonly resource: string;
  /** For malformed bodies: what the body was. */
  readonly detail: MalformedDetail | undefined;
  /** The server's Retry-After (429/503), in milliseconds, when it sent one. */
  readonly retryAfterMs: number | undefined;
  /** When it happened (ms since the epoch): a "retrying in N s" countdown starts here. */
  readonly at: number;

  constructor(init: {
    kind: ApiErrorKind;
    resource: string;
    message: string;
    status?: number | undefined;
    field?: string | undefined;
    detail?: MalformedDetail | undefined;
    retryAfterMs?: number | undefined;
    cause?: unknown;
  }) {
    super(init.message, { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.resource = init.resource;
    this.status = init.status;
    this.field = init.field;
    this.detail = init.detail;
    this.retryAfterMs = init.retryAfterMs;
    this.at = Date.now();
  }

  get reason(): FailureReason {
    switch (this.kind) {
      case 'offline':
      case 'network':
      case 'interrupted':
      case 'malformed':
        return this.kind;
      case 'schema':
        return 'contract';
      case 'http': {
        const status = this.status ?? 0;
        if (status === 404 || status === 410) return 'not-found';
        if (status === 429) return 'rate-limited';
        if (status === 503) return 'unavailable';
        if (status >= 500) return 'server';
        if (status === 401 || status === 403) return 'refused';
        return 'rejected';
      }
    }
  }

  /** Network failures, 5xx and 429 may pass; other 4xx, malformed and schema errors will not. */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'offline' || this.kind === 'interrupted') return true;
    if (this.kind !== 'http' || this.status === undefined) return false;
    return this.status >= 500 || this.status === 429;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The longest Retry-After the app waits for by itself; a longer one is said, not waited. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * A Retry-After header (delay-seconds or an HTTP date) in milliseconds from `now`, or
 * undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
