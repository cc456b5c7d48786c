// Build-time rendering of the default overview (no filters) from the embedded dataset, in
// both languages, so the first paint needs no JavaScript; main.tsx hydrates the block in the
// reader's language (decision 0005). Used only by scripts/vite-static-api.ts at build time.
import { renderToString } from 'react-dom/server';
import type { ApiResources } from '../lib/dataset';
import { createQueryClient } from '../lib/query-client';
import { createInitialView, useUiStore } from '../lib/ui-store';
import type { Lang } from '../lib/view-state';
import { App } from './app';
import { fillQueryCache } from './prerender-seed';

export function renderOverview(resources: ApiResources, lang: Lang): string {
  const queryClient = createQueryClient();
  fillQueryCache(queryClient, resources);
  useUiStore.setState(createInitialView(lang));
  return renderToString(<App queryClient={queryClient} prerenderLang={lang} />);
}
