// Serves dist/ on 127.0.0.1 with the strict CSP, for e2e tests and benchmarks. No deps.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { contentSecurityPolicy } from './csp.mjs';

const root = resolve(process.env.DIST_DIR ?? 'dist');
// A build pointed at a live API (VITE_API_BASE_URL) must be allowed to connect to it.
const csp = process.env.CSP_CONNECT_SRC
  ? contentSecurityPolicy.replace("connect-src 'self'", `connect-src 'self' ${process.env.CSP_CONNECT_SRC}`)
  : contentSecurityPolicy;
const port = Number(process.env.PORT ?? 4173);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

// Text is sent compressed when the browser accepts it, as any static host would.
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

function send(request, response, status, file) {
  const gzip = compressible.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(status, {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  const stream = createReadStream(file);
  if (gzip) stream.pipe(createGzip()).pipe(response);
  else stream.pipe(response);
}

createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isFile()) return send(request, response, 200, file);
  if (extname(path) === '') return send(request, response, 200, join(root, 'index.html'));
  response.writeHead(404, { 'Content-Security-Policy': csp }).end('not found');
}).listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}`);
});
