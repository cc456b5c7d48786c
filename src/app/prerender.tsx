// Build-time rendering of the default overview (no filters) from the embedded dataset, in
// both languages, so the first paint needs no JavaScript; main.tsx hydrates the block in the
// reader's language (decision 0005). Used only by scripts/vite-static-api.ts at build time.
import { renderToString } from 'react-dom/server';
import type { ApiResources } from '../lib/dataset';
import { createQueryClient } from '../lib/query-client';
import { createInitialView, useUiStore } from '../lib/ui-store';
import type { Lang } from '../lib/view-state';
import { App } from './app';
import { preloadOverviewParts } from './overview-page';
import { fillQueryCache } from './prerender-seed';

/**
 * The overview's markup, with the parts that load after the page (the digest, the charts'
 * panels) loaded first, so the markup holds them whole.
 */
export async function renderOverview(resources: ApiResources, lang: Lang): Promise<string> {
  await preloadOverviewParts();
  const queryClient = createQueryClient();
  fillQueryCache(queryClient, resources);
  useUiStore.setState(createInitialView(lang));
  return renderToString(<App queryClient={queryClient} prerenderLang={lang} />);
}
