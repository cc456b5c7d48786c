// An answer other than success, with the body docs/api.md promises (deskErrorSchema).
import type { ImportRowError } from '../src/lib/desk-schemas';

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 422 | 428 | 429 | 500;

export class HttpError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
    readonly extra: {
      issues?: { path: string; message: string }[];
      rows?: ImportRowError[];
      version?: number;
      retryAfter?: number;
    } = {},
  ) {
    super(message);
  }
}

/** zod issues as `{ path: "source.url", message }`. */
export function issuesOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }) {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}
