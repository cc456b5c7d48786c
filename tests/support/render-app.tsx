import { render } from '@testing-library/react';
import { App } from '../../src/app/app';
import { createQueryClient } from '../../src/lib/query-client';
import { createInitialView, useUiStore } from '../../src/lib/ui-store';

/** Renders the whole app at a URL, with a fresh query cache and UI state. */
export function renderApp(url = '/') {
  window.history.replaceState(null, '', url);
  window.localStorage.clear();
  useUiStore.setState(createInitialView('en'));
  const queryClient = createQueryClient({ retryDelay: 1 });
  return { queryClient, ...render(<App queryClient={queryClient} />) };
}
