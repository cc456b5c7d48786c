// The first view's JavaScript, counted by the bundle budget (check-bundle.mjs) and the bench:
// the entry index.html loads, and the app's start — the chunk named "boot" (src/boot.tsx and
// everything it imports statically; vite.config.ts), which the entry imports after the first
// paint — each with the chunks it imports statically, read from the build's manifest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** URLs (from the site root) of the first view's scripts in a build directory. */
export function initialJsUrls(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const entry = manifest['index.html'];
  const start = (entry?.dynamicImports ?? []).find((key) => manifest[key]?.name === 'boot');
  if (!entry || !start) throw new Error("the build's manifest has no entry importing the app's start (boot)");
  const urls = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (urls.has(`/${chunk.file}`)) return;
    urls.add(`/${chunk.file}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  visit(start);
  // Anything else index.html itself loads (nothing today) counts too.
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  for (const match of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) urls.add(match[1]);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) urls.add(match[1]);
  return [...urls];
}
