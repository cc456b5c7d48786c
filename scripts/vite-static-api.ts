// Vite plugin: the production build's embedded data. At build time it writes the API
// resources (built from src/data/dataset.v1.json, the dataset MSW also serves) as static
// files under dist/data/v1/, so the built app runs on any static host with no server of
// ours. In development it serves the same files, for VITE_DATA_SOURCE=embedded.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { applyDemo, buildResources, datasetSchema, demoOverlaySchema } from '../src/lib/dataset';
import { resourceEntries, staticFilePath } from '../src/lib/api/resources';
import { prerenderSeedBody, staticApiFiles } from '../src/lib/static-files';
import { vintageFiles, vintagesOf } from '../src/lib/vintages';
import {
  PRERENDER_BUNDLE,
  PRERENDER_ENTRY,
  PRERENDER_SEED_FILE,
  prerenderBundleDir,
} from '../src/app/prerender-seed-file';
import { prerenderChoiceScript } from './csp.mjs';
import type * as prerender from '../src/app/prerender';

type PrerenderModule = typeof prerender;

const datasetPath = fileURLToPath(new URL('../src/data/dataset.v1.json', import.meta.url));
const demoPath = fileURLToPath(new URL('../src/data/demo.v1.json', import.meta.url));

/** The reported dataset at data/v1/, and the demo dataset (reached on purpose) at data/demo/v1/. */
function loadFiles(): Map<string, string> {
  const dataset = datasetSchema.parse(JSON.parse(readFileSync(datasetPath, 'utf8')));
  const demo = demoOverlaySchema.parse(JSON.parse(readFileSync(demoPath, 'utf8')));
  const files = staticApiFiles(buildResources(dataset));
  // The earlier vintages (and the latest) beside it, so the no-server mode can compare them.
  vintageFiles(vintagesOf(dataset), buildResources, 'data/v1', files);
  return staticApiFiles(buildResources(applyDemo(dataset, demo)), 'data/demo/v1', files);
}

/** Resources the overview needs first: fetched in parallel with the JavaScript. */
const firstViewResources = resourceEntries.filter((entry) => entry.firstView === 'preload');

export function staticApiPlugin(): Plugin {
  let embedded = false;
  let base = '/';
  let outDir = 'dist';
  let rootDir = process.cwd();
  return {
    name: 'pledge-tracker:static-api',
    configResolved(config) {
      base = config.base;
      outDir = resolve(config.root, config.build.outDir);
      rootDir = config.root;
      embedded = config.command === 'build' && !config.env.VITE_API_BASE_URL && config.env.VITE_DATA_SOURCE !== 'mock';
    },
    transformIndexHtml() {
      if (!embedded) return [];
      return firstViewResources.map((entry) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `${base}${staticFilePath(entry)}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head' as const,
      }));
    },
    // Prerender the default overview (both languages) into dist/index.html from the embedded
    // dataset: the first paint needs no JavaScript (decision 0005). The renderer is first bundled
    // for Node beside the build (dist-ssr/prerender.js) and rendered from that bundle, the same
    // one the data desk's server runs to render it again from each vintage (decision 0008).
    async closeBundle() {
      if (!embedded || process.env.PLEDGE_TRACKER_NO_PRERENDER) return;
      const ssrDir = prerenderBundleDir(outDir);
      const { build } = await import('vite');
      await build({
        configFile: false,
        root: rootDir,
        plugins: [react()],
        mode: 'production',
        logLevel: 'warn',
        publicDir: false,
        define: { 'import.meta.env.DEV': 'false', 'import.meta.env.PROD': 'true' },
        build: {
          ssr: PRERENDER_ENTRY,
          outDir: ssrDir,
          emptyOutDir: true,
          target: 'node22',
          rolldownOptions: { output: { entryFileNames: PRERENDER_BUNDLE } },
        },
      });
      // A query string, so a second build in one process (watch mode) loads the new bundle.
      const bundle = `${pathToFileURL(join(ssrDir, PRERENDER_BUNDLE)).href}?t=${Date.now()}`;
      const { renderOverviewBlocks } = (await import(bundle)) as PrerenderModule;
      const raw: unknown = JSON.parse(readFileSync(datasetPath, 'utf8'));
      const resources = buildResources(datasetSchema.parse(raw));
      const blocks = await renderOverviewBlocks(resources);
      // The data behind the markup, so the app can hydrate it without re-drawing it.
      const seed = prerenderSeedBody(resources);
      // Beside the page rather than in it, and not preloaded by it: the first paint waits for
      // neither (src/main.tsx asks for it once the page is painted).
      writeFileSync(join(outDir, PRERENDER_SEED_FILE), seed);
      const file = join(outDir, 'index.html');
      const html = readFileSync(file, 'utf8')
        .replace(/\s*<link rel="preload"[^>]*as="fetch"[^>]*>/g, '')
        .replace('<div id="root"></div>', () => `${blocks}<div id="root"></div>`)
        .replace(
          '<head>',
          // Inline, so the first paint waits for no request; the CSP allows it by its hash
          // (scripts/csp.mjs). A function, so "$" in the script is not a replacement pattern.
          () => `<head>\n    <script>${prerenderChoiceScript}</script>`,
        );
      writeFileSync(file, html);
      rmSync(join(outDir, 'prerender-choice.js'), { force: true });
    },
    generateBundle() {
      for (const [fileName, source] of loadFiles()) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0]?.replace(/^\//, '');
        if (!path?.startsWith('data/v1/') && !path?.startsWith('data/demo/v1/')) return next();
        const body = loadFiles().get(path);
        if (body === undefined) return next();
        response.setHeader('Content-Type', 'application/json');
        response.end(body);
      });
    },
  };
}
