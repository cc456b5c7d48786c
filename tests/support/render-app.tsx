import { render } from '@testing-library/react';
import { App } from '../../src/app/app';
import { SlowAfterContext } from '../../src/components/loading-notice';
import { createQueryClient } from '../../src/lib/query-client';
import { createInitialView, useUiStore } from '../../src/lib/ui-store';

/**
 * Renders the whole app at a URL, with a fresh query cache and UI state. `slowAfterMs`
 * shortens when "Loading…" adds that it is slow (the app waits 3 s); `stored` is put in local
 * storage first.
 */
export function renderApp(url = '/', options: { slowAfterMs?: number; stored?: Record<string, string> } = {}) {
  window.history.replaceState(null, '', url);
  window.localStorage.clear();
  for (const [key, value] of Object.entries(options.stored ?? {})) window.localStorage.setItem(key, value);
  useUiStore.setState(createInitialView('en'));
  const queryClient = createQueryClient({ retryDelay: 1 });
  const app = <App queryClient={queryClient} />;
  return {
    queryClient,
    ...render(
      options.slowAfterMs === undefined ? (
        app
      ) : (
        <SlowAfterContext.Provider value={options.slowAfterMs}>{app}</SlowAfterContext.Provider>
      ),
    ),
  };
}
