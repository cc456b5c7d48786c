// Entry: the stylesheet, then — once the browser has painted what the page already holds (the
// prerendered overview, decision 0005) — the mock API in development only when no real API is
// configured, and the app (boot.tsx). Fetching and compiling the app's code while the page is
// parsed would hold back that first paint (docs/performance.md).
import { PRERENDER_SEED_FILE } from './app/prerender-seed-file';
import { dataSource } from './lib/config';
import './app/styles.css';

async function startMocksIfConfigured(): Promise<void> {
  if (import.meta.env.DEV && dataSource.kind === 'mock') {
    const { startMockApi } = await import('../mocks/browser');
    await startMockApi(import.meta.env.VITE_MOCK_SCENARIO ?? 'default');
  }
}

/** Resolves once the browser has painted the next frame. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** A shown prerendered overview's data, asked for beside the app's code (boot.tsx reads it). */
function preloadPrerenderSeed(): void {
  const chosen = document.documentElement.dataset.prerender;
  if (chosen !== 'en' && chosen !== 'ko') return;
  const link = Object.assign(document.createElement('link'), {
    rel: 'preload',
    as: 'fetch',
    crossOrigin: 'anonymous',
    href: `${import.meta.env.BASE_URL}${PRERENDER_SEED_FILE}`,
  });
  document.head.append(link);
}

void afterNextPaint()
  .then(() => {
    preloadPrerenderSeed();
    return Promise.all([import('./boot'), startMocksIfConfigured()]);
  })
  .then(([boot]) => boot.render());
