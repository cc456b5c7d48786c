// The app's start, loaded by main.tsx after the first paint: renders, taking over the
// prerendered overview when it matches what this reader should see.
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadOverviewParts } from './app/overview-page';
import { fillQueryCache, loadPrerenderSeed, PRERENDER_SEED_FILE } from './app/prerender-seed';
import { createQueryClient } from './lib/query-client';
import { createInitialView, takeOverWith, useUiStore } from './lib/ui-store';
import { beginPrerenderedMarkup } from './lib/use-hydrated';

export async function render(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  // prerender-choice.js chose the prerendered block matching this reader (or none).
  const chosen = document.documentElement.dataset.prerender;
  const lang = chosen === 'en' || chosen === 'ko' ? chosen : null;
  const block = lang ? document.getElementById(`prerender-${lang}`) : null;
  // The block stays on screen (inert) while its data arrives (main.tsx asked for it).
  // Its data and the code of its later parts, so the markup is taken over as it stands.
  const [seed] = block
    ? await Promise.all([
        loadPrerenderSeed(`${import.meta.env.BASE_URL}${PRERENDER_SEED_FILE}`),
        preloadOverviewParts().catch(() => undefined),
      ])
    : [null];
  for (const other of document.querySelectorAll('.prerendered')) if (other !== block || !seed) other.remove();

  if (block && seed && lang) {
    const queryClient = createQueryClient();
    fillQueryCache(queryClient, seed);
    useUiStore.setState(createInitialView(lang));
    takeOverWith(useUiStore.getState());
    beginPrerenderedMarkup();
    block.inert = false;
    startTransition(() => {
      hydrateRoot(
        block,
        <StrictMode>
          <App queryClient={queryClient} initialLang={lang} />
        </StrictMode>,
      );
    });
    return;
  }
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// Every view draws charts: fetch their code (the panel frame, then Recharts) alongside the data
// rather than after the first render — yet outside the first view's code.
void import('./components/panel-frame').then((module) => module.preloadPanelChart());
