// A fault-injecting API for browser tests (tests/e2e/faults.spec.ts): serves /api/v1/<resource>
// from the build's own data files (reports/dist-live/data/v1/*.json) on 127.0.0.1:FAULT_API_PORT, with
// CORS for the app's origin — unless a fault is set for a resource. Faults are set and cleared
// by the test: POST /__fault?resource=programs&fault=reset-mid-body, DELETE /__fault.
// It does, over real TCP, what MSW in jsdom cannot: drop the CORS header, reset the connection
// before the headers or in the middle of the body. No dependencies.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';

const port = Number(process.env.FAULT_API_PORT ?? 4312);
const dataDir = resolve(process.env.FAULT_API_DATA ?? 'reports/dist-live/data/v1');
/** resource → fault */
const faults = new Map();
/** resource → number of requests seen (the test reads them to check retries). */
const seen = new Map();

function cors(request) {
  const origin = request.headers.origin;
  return origin ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : {};
}

function body(resource) {
  const file = join(dataDir, `${resource}.json`);
  if (!file.startsWith(dataDir) || !existsSync(file)) return null;
  return readFileSync(file, 'utf8');
}

function answer(request, response, resource) {
  const text = body(resource);
  const fault = faults.get(resource);
  const json = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };
  switch (fault) {
    case undefined:
      break;
    case 'no-cors':
      // The data is fine, but the browser withholds it from the page: no CORS header.
      response.writeHead(200, json).end(text ?? '{}');
      return;
    case 'reset-before-body':
      request.socket.destroy();
      return;
    case 'reset-mid-body': {
      const whole = Buffer.from(text ?? '{}');
      response.writeHead(200, { ...json, ...cors(request), 'Content-Length': String(whole.length) });
      response.write(whole.subarray(0, Math.ceil(whole.length / 2)), () => {
        setTimeout(() => request.socket.destroy(), 20);
      });
      return;
    }
    case 'http-429':
      response
        .writeHead(429, {
          ...json,
          ...cors(request),
          'Retry-After': '1',
          'Access-Control-Expose-Headers': 'Retry-After',
        })
        .end('{"error":"rate-limited"}');
      return;
    case 'http-503':
      response.writeHead(503, { ...json, ...cors(request) }).end('{"error":"unavailable"}');
      return;
    case 'http-404':
      response.writeHead(404, { ...json, ...cors(request) }).end('{"error":"not-found"}');
      return;
    case 'html-body':
      response
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...cors(request) })
        .end('<!doctype html><title>Sign in</title><h1>Sign in</h1>');
      return;
    case 'truncated-body': {
      const whole = text ?? '{}';
      response.writeHead(200, { ...json, ...cors(request) }).end(whole.slice(0, Math.ceil(whole.length / 2)));
      return;
    }
    case 'schema-invalid':
      response.writeHead(200, { ...json, ...cors(request) }).end('{"programs":"none","institutions":7}');
      return;
    default:
      response.writeHead(500, { ...json, ...cors(request) }).end(`{"error":"unknown fault ${fault}"}`);
      return;
  }
  if (text === null) {
    response.writeHead(404, { ...json, ...cors(request) }).end('{"error":"not-found"}');
    return;
  }
  response.writeHead(200, { ...json, ...cors(request) }).end(text);
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/__fault') {
    if (request.method === 'POST') {
      const resource = url.searchParams.get('resource') ?? '';
      faults.set(resource, url.searchParams.get('fault') ?? '');
    } else if (request.method === 'DELETE') faults.clear();
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(Object.fromEntries(seen)));
    return;
  }
  if (request.method === 'OPTIONS') {
    response
      .writeHead(204, {
        ...cors(request),
        'Access-Control-Allow-Headers': 'Accept',
        'Access-Control-Allow-Methods': 'GET',
      })
      .end();
    return;
  }
  const match = /^\/api\/v1\/(.+)$/.exec(url.pathname);
  if (!match) {
    response.writeHead(404).end();
    return;
  }
  const resource = decodeURIComponent(match[1] ?? '');
  seen.set(resource, (seen.get(resource) ?? 0) + 1);
  answer(request, response, resource);
}).listen(port, '127.0.0.1', () => {
  console.log(`fault API serving ${dataDir} at http://127.0.0.1:${port}/api/v1/`);
});
