// Build-time rendering of the default overview (no filters) from the embedded dataset, in
// both languages, so the first paint needs no JavaScript. main.tsx then renders the live app
// over it. Used only by scripts/vite-static-api.ts at build time.
import { renderToString } from 'react-dom/server';
import type { ApiResources } from '../lib/dataset';
import { createQueryClient } from '../lib/query-client';
import { createInitialView, useUiStore } from '../lib/ui-store';
import type { Lang } from '../lib/view-state';
import { App } from './app';

export function renderOverview(resources: ApiResources, lang: Lang): string {
  const queryClient = createQueryClient();
  queryClient.setQueryData(['meta'], resources.meta);
  queryClient.setQueryData(['institutions'], resources.institutions);
  queryClient.setQueryData(['strategies'], resources.strategies);
  queryClient.setQueryData(['programs'], resources.programs);
  for (const indicator of resources.indicators.indicators)
    queryClient.setQueryData(['indicators', indicator.id], indicator);
  useUiStore.setState(createInitialView(lang));
  return renderToString(<App queryClient={queryClient} prerenderLang={lang} />);
}
