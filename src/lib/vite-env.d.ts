/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of a live API implementing docs/api.md; unset = mock (dev) or embedded (build). */
  readonly VITE_API_BASE_URL?: string;
  /** "embedded" or "mock": overrides the default data source when no API base URL is set. */
  readonly VITE_DATA_SOURCE?: string;
  /** Development only: a named MSW scenario (default, empty, failing, slow, large). */
  readonly VITE_MOCK_SCENARIO?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
