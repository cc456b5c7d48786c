// Vite plugin: the production build's embedded data. At build time it writes the API
// resources (built from src/data/dataset.v1.json, the dataset MSW also serves) as static
// files under dist/data/v1/, so the built app runs on any static host with no server of
// ours. In development it serves the same files, for VITE_DATA_SOURCE=embedded.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { buildResources, datasetSchema, type ApiResources } from '../src/lib/dataset';

const datasetPath = fileURLToPath(new URL('../src/data/dataset.v1.json', import.meta.url));

function staticFiles(resources: ApiResources): Map<string, string> {
  const files = new Map<string, string>();
  const put = (name: string, body: unknown) => files.set(`data/v1/${name}.json`, JSON.stringify(body));
  put('meta', resources.meta);
  put('institutions', resources.institutions);
  put('strategies', resources.strategies);
  put('programs', resources.programs);
  put('indicators', resources.indicators);
  for (const indicator of resources.indicators.indicators) put(`indicators/${indicator.id}`, indicator);
  return files;
}

function loadFiles(): Map<string, string> {
  const raw: unknown = JSON.parse(readFileSync(datasetPath, 'utf8'));
  return staticFiles(buildResources(datasetSchema.parse(raw)));
}

export function staticApiPlugin(): Plugin {
  return {
    name: 'pledge-tracker:static-api',
    generateBundle() {
      for (const [fileName, source] of loadFiles()) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0]?.replace(/^\//, '');
        if (!path?.startsWith('data/v1/')) return next();
        const body = loadFiles().get(path);
        if (body === undefined) return next();
        response.setHeader('Content-Type', 'application/json');
        response.end(body);
      });
    },
  };
}
