// The API resources the mock serves, built from the one dataset the production build
// also embeds (src/data/dataset.v1.json) — parsed, so a broken dataset fails loudly here —
// and the demo dataset (the same plus src/data/demo.v1.json's illustrative progress).
import rawDataset from '../src/data/dataset.v1.json';
import rawDemo from '../src/data/demo.v1.json';
import { applyDemo, buildResources, datasetSchema, demoOverlaySchema, type ApiResources } from '../src/lib/dataset';
import { vintagesOf, type VintageCut } from '../src/lib/vintages';

export function loadResources(raw: unknown = rawDataset): ApiResources {
  return buildResources(datasetSchema.parse(raw));
}

export function loadDemoResources(raw: unknown = rawDataset, demo: unknown = rawDemo): ApiResources {
  return buildResources(applyDemo(datasetSchema.parse(raw), demoOverlaySchema.parse(demo)));
}

export const defaultResources: ApiResources = loadResources();
export const demoResources: ApiResources = loadDemoResources();

/** The seeded vintages of the reported dataset, oldest first (the last is the latest). */
export const defaultVintages: VintageCut[] = vintagesOf(datasetSchema.parse(rawDataset));
