// Where the app's data comes from, decided once at build time.
//  - live:     VITE_API_BASE_URL is set — a real backend implementing docs/api.md.
//  - mock:     development (`npm run dev`) without a base URL — MSW serves the dataset.
//  - embedded: the production build without a base URL — static JSON files built from
//              the same dataset and shipped in dist/data/v1/.
export type DataSourceKind = 'live' | 'mock' | 'embedded';

export interface DataSourceConfig {
  kind: DataSourceKind;
  /** Prefix every resource path is appended to ("<prefix>programs"). */
  resourcePrefix: string;
  /** File suffix of a resource: ".json" for the static files, "" for an HTTP API. */
  resourceSuffix: string;
  /** Where the demo dataset is read: always the app's own files (or MSW), never a live API. */
  demoPrefix: string;
  demoSuffix: string;
  /** The live API's base URL, shown in the header. */
  baseUrl?: string;
}

export function resolveDataSource(env: {
  apiBaseUrl?: string | undefined;
  dataSource?: string | undefined;
  dev: boolean;
  base: string;
}): DataSourceConfig {
  const apiBaseUrl = env.apiBaseUrl?.trim();
  if (apiBaseUrl) {
    const baseUrl = apiBaseUrl.replace(/\/+$/, '');
    return {
      kind: 'live',
      resourcePrefix: `${baseUrl}/api/v1/`,
      resourceSuffix: '',
      demoPrefix: `${env.base}data/demo/v1/`,
      demoSuffix: '.json',
      baseUrl,
    };
  }
  const wantsEmbedded = env.dataSource === 'embedded' || (!env.dev && env.dataSource !== 'mock');
  if (wantsEmbedded) {
    return {
      kind: 'embedded',
      resourcePrefix: `${env.base}data/v1/`,
      resourceSuffix: '.json',
      demoPrefix: `${env.base}data/demo/v1/`,
      demoSuffix: '.json',
    };
  }
  return { kind: 'mock', resourcePrefix: '/api/v1/', resourceSuffix: '', demoPrefix: '/api/demo/v1/', demoSuffix: '' };
}

export const dataSource: DataSourceConfig = resolveDataSource({
  apiBaseUrl: import.meta.env.VITE_API_BASE_URL,
  dataSource: import.meta.env.VITE_DATA_SOURCE,
  dev: import.meta.env.DEV,
  base: import.meta.env.BASE_URL,
});
