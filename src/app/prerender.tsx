// Rendering of the default overview (no filters) from a set of resources, in both languages, so
// the first paint needs no JavaScript; main.tsx hydrates the block in the reader's language
// (decision 0005). The build renders it from the embedded dataset (scripts/vite-static-api.ts)
// and also bundles this file for Node (dist-ssr/prerender.js), which the data desk's server runs
// to render it again from each published vintage (decision 0008). Never part of the client.
import { renderToString } from 'react-dom/server';
import type { ApiResources } from '../lib/dataset';
import { createQueryClient } from '../lib/query-client';
import { createInitialView, useUiStore } from '../lib/ui-store';
import type { Lang } from '../lib/view-state';
import { App } from './app';
import { preloadOverviewParts } from './overview-page';
import { fillQueryCache } from './prerender-seed';
import { beginPrerenderedMarkup, endPrerenderedMarkup } from '../lib/use-hydrated';

/**
 * The overview's markup, with the parts that load after the page (the digest, the charts'
 * panels) loaded first, so the markup holds them whole.
 */
export async function renderOverview(resources: ApiResources, lang: Lang): Promise<string> {
  await preloadOverviewParts();
  const queryClient = createQueryClient();
  fillQueryCache(queryClient, resources);
  useUiStore.setState(createInitialView(lang));
  beginPrerenderedMarkup();
  try {
    return renderToString(<App queryClient={queryClient} prerenderLang={lang} />);
  } finally {
    endPrerenderedMarkup();
  }
}

/** The languages prerendered, in the order of their blocks in index.html. */
const prerenderedLangs: readonly Lang[] = ['en', 'ko'];

/**
 * Both languages' blocks as index.html holds them, just before `<div id="root">`: `inert` until
 * the app takes one over. Rendered one language after the other, each with its UI state.
 */
export async function renderOverviewBlocks(resources: ApiResources): Promise<string> {
  const blocks: string[] = [];
  for (const lang of prerenderedLangs)
    blocks.push(
      `<div id="prerender-${lang}" class="prerendered" data-lang="${lang}" lang="${lang}" inert>${await renderOverview(resources, lang)}</div>`,
    );
  return blocks.join('');
}
