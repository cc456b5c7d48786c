// The API resources the mock serves, built from the one dataset the production build
// also embeds (src/data/dataset.v1.json) — parsed, so a broken dataset fails loudly here.
import rawDataset from '../src/data/dataset.v1.json';
import { buildResources, datasetSchema, type ApiResources } from '../src/lib/dataset';

export function loadResources(raw: unknown = rawDataset): ApiResources {
  return buildResources(datasetSchema.parse(raw));
}

export const defaultResources: ApiResources = loadResources();
