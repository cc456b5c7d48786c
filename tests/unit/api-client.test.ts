import { describe, expect, it } from 'vitest';
import { ApiError, parseRetryAfter } from '../../src/lib/api/api-error';
import { describeMalformed } from '../../src/lib/api/client';
import { shouldRetry } from '../../src/lib/query-client';

const parseError = (text: string) => {
  try {
    JSON.parse(text);
  } catch (error) {
    return error;
  }
  throw new Error('parsed');
};

describe('Retry-After', () => {
  const now = Date.parse('2026-12-02T04:00:00Z');
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Wed, 02 Dec 2026 04:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Wed, 02 Dec 2026 03:00:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    for (const value of [null, '', '-1', '1.5', 'soon', '12abc']) expect(parseRetryAfter(value, now)).toBeUndefined();
  });
  it('a 429 is retried, a wait over a minute is not', () => {
    const limited = (retryAfterMs?: number) =>
      new ApiError({ kind: 'http', status: 429, resource: 'programs', message: 'x', retryAfterMs });
    expect(shouldRetry(0, limited(1_000))).toBe(true);
    expect(shouldRetry(0, limited())).toBe(true);
    expect(shouldRetry(0, limited(120_000))).toBe(false);
    expect(shouldRetry(0, new ApiError({ kind: 'http', status: 404, resource: 'programs', message: 'x' }))).toBe(false);
  });
});

describe('what a body that is not JSON was', () => {
  it('tells empty, web pages, cut-short JSON and other garbage apart', () => {
    expect(describeMalformed('  ', 'application/json', parseError('  '))).toBe('empty');
    expect(describeMalformed('<!doctype html><p>hi', 'text/html', parseError('<!doctype html>'))).toBe('html');
    expect(describeMalformed('<html>', 'application/json', parseError('<html>'))).toBe('html');
    for (const cut of ['{"programs": [', '{"a": "unterminated', '[1, 2', '{"a":'])
      expect(describeMalformed(cut, 'application/json', parseError(cut))).toBe('truncated');
    expect(describeMalformed('hello', 'application/json', parseError('hello'))).toBe('invalid');
  });

  it('says which family a failure belongs to', () => {
    const http = (status: number) => new ApiError({ kind: 'http', status, resource: 'r', message: 'x' }).reason;
    expect([404, 429, 503, 500, 502, 403, 400].map(http)).toEqual([
      'not-found',
      'rate-limited',
      'unavailable',
      'server',
      'server',
      'refused',
      'rejected',
    ]);
    expect(new ApiError({ kind: 'schema', resource: 'r', message: 'x' }).reason).toBe('contract');
    expect(new ApiError({ kind: 'interrupted', resource: 'r', message: 'x' }).retryable).toBe(true);
  });
});
