// One error type for everything that can go wrong between a request and parsed data, so
// every view can say *what* failed in the user's language and decide whether to retry.
export type ApiErrorKind = 'offline' | 'network' | 'http' | 'malformed' | 'schema';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  /** For schema errors: the path of the first field that did not fit, e.g. "programs[3].commitment.targetEok". */
  readonly field: string | undefined;
  readonly resource: string;

  constructor(init: {
    kind: ApiErrorKind;
    resource: string;
    message: string;
    status?: number;
    field?: string;
    cause?: unknown;
  }) {
    super(init.message, { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.resource = init.resource;
    this.status = init.status;
    this.field = init.field;
  }

  /** Network failures and 5xx may pass; 4xx, malformed and schema errors will not. */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'offline') return true;
    return this.kind === 'http' && this.status !== undefined && this.status >= 500;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
