import { act, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultResources } from '../../mocks/resources';
import { App } from '../../src/app/app';
import { renderOverview } from '../../src/app/prerender';
import { fillQueryCache } from '../../src/app/prerender-seed';
import { createQueryClient } from '../../src/lib/query-client';
import { beginPrerenderedMarkup, endPrerenderedMarkup } from '../../src/lib/use-hydrated';
import { createInitialView, useUiStore } from '../../src/lib/ui-store';
import { renderApp } from '../support/render-app';

const LAST_VIEW = 'pledge-tracker:last-view';
const table = () => screen.findByRole('table', { name: /every tracked pledge/i });

function renderWithStored(url: string, stored: Record<string, string>) {
  return renderApp(url, { stored });
}

describe('the remembered last view', () => {
  it('is restored when the link carries no view', async () => {
    renderWithStored('/', { [LAST_VIEW]: 'inst=kb&v=1' });
    expect(await screen.findByRole('button', { name: 'Remove filter KB Financial Group' })).toBeInTheDocument();
  });

  it('never overrides the link', async () => {
    renderWithStored('/?v=1&inst=woori', { [LAST_VIEW]: 'inst=kb&v=1' });
    expect(await screen.findByRole('button', { name: 'Remove filter Woori Financial Group' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove filter KB Financial Group' })).not.toBeInTheDocument();
  });

  it('stale ids get the same notice a link gets, saying they came from the last visit', async () => {
    renderWithStored('/', { [LAST_VIEW]: 'inst=gone-bank,kb&v=1' });
    await table();
    expect(
      await screen.findByText(/Part of your last view could not be restored and was ignored: inst=gone-bank/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove filter KB Financial Group' })).toBeInTheDocument();
  });

  it('a stale pledge opens the overview with the notice, not a dead page', async () => {
    renderWithStored('/', { [LAST_VIEW]: 'program=no-such-pledge&v=1' });
    expect(await table()).toBeInTheDocument();
    expect(await screen.findByText(/last view .*ignored: program=no-such-pledge/)).toBeInTheDocument();
  });

  it.each([
    ['garbage', '%%%&&&=&zzz'],
    ['a huge string', 'inst='.padEnd(50_000, 'x')],
    ['an unknown language', 'lang=xx&v=1'],
  ])('%s is ignored with the notice and nothing breaks', async (_name, stored) => {
    renderWithStored('/', { [LAST_VIEW]: stored });
    expect(await table()).toBeInTheDocument();
    expect(await screen.findByText(/Part of your last view could not be restored/)).toBeInTheDocument();
    const notice = screen.getByText(/Part of your last view could not be restored/);
    expect((notice.textContent ?? '').length).toBeLessThan(600);
  });
});

describe('a broken storage', () => {
  it.each([
    [
      'throws',
      () =>
        vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
          throw new Error('SecurityError');
        }),
    ],
    ['returns a number', () => vi.spyOn(Storage.prototype, 'getItem').mockReturnValue(42 as unknown as string)],
    [
      'returns an object',
      () => vi.spyOn(Storage.prototype, 'getItem').mockReturnValue({ lang: 'ko' } as unknown as string),
    ],
  ])('that %s is ignored with no error', async (_name, breakIt) => {
    const errors = vi.spyOn(console, 'error');
    breakIt();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    renderApp('/');
    expect(await table()).toBeInTheDocument();
    expect(errors).not.toHaveBeenCalled();
  });
});

// The prerendered overview taken over (hydrated) as main.tsx does, after prerender-choice.js
// picked the block: the first render must equal the markup (React error #418 otherwise).
const choiceScript = readFileSync('public/prerender-choice.js', 'utf8');
let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  endPrerenderedMarkup();
  document.documentElement.removeAttribute('data-prerender');
});

async function hydrateAt(url: string, stored: Record<string, string> = {}) {
  const html = { en: await renderOverview(defaultResources, 'en'), ko: await renderOverview(defaultResources, 'ko') };
  window.localStorage.clear();
  for (const [key, value] of Object.entries(stored)) window.localStorage.setItem(key, value);
  window.history.replaceState(null, '', url);
  new Function(choiceScript)();
  const chosen = document.documentElement.dataset.prerender;
  if (chosen !== 'en' && chosen !== 'ko') return { chosen, errors: [] as unknown[] };
  const block = document.createElement('div');
  block.innerHTML = html[chosen];
  document.body.append(block);
  const queryClient = createQueryClient();
  fillQueryCache(queryClient, defaultResources);
  useUiStore.setState(createInitialView(chosen));
  beginPrerenderedMarkup();
  const errors: unknown[] = [];
  await act(async () => {
    root = hydrateRoot(
      block,
      <StrictMode>
        <App queryClient={queryClient} initialLang={chosen} />
      </StrictMode>,
      {
        // Suspense boundaries (the lazy charts) are rendered on the client by design (decision
        // 0005): React reports them too. Anything else — a mismatch above all — counts.
        onRecoverableError: (error) => {
          if (!String(error instanceof Error ? error.message : error).includes('does not support Suspense'))
            errors.push(error);
        },
      },
    );
  });
  return { chosen, errors };
}

describe('taking over the prerendered overview', () => {
  it('an unknown ?lang=xx: the notice, and no hydration mismatch', async () => {
    const { chosen, errors } = await hydrateAt('/?lang=xx');
    expect(chosen).toBe('en');
    expect(await screen.findByText(/Part of the link could not be used and was ignored: lang=xx/)).toBeInTheDocument();
    expect(errors).toEqual([]);
  });

  it('a remembered view in another language than the remembered choice: that language, no mismatch', async () => {
    const { chosen, errors } = await hydrateAt('/', {
      'pledge-tracker:lang': 'en',
      [LAST_VIEW]: 'lang=ko&v=1',
    });
    expect(chosen).toBe('ko');
    expect(errors).toEqual([]);
    expect(document.documentElement.lang).toBe('ko');
  });

  it('garbage remembered: the default overview, the notice after taking over, no mismatch', async () => {
    const { chosen, errors } = await hydrateAt('/', { [LAST_VIEW]: 'zzz=1' });
    expect(chosen).toBe('en');
    expect(
      await screen.findByText(/Part of your last view could not be restored and was ignored: zzz=1/),
    ).toBeInTheDocument();
    expect(errors).toEqual([]);
  });

  it('a link to a language and a remembered view: the link wins, no mismatch', async () => {
    const { chosen, errors } = await hydrateAt('/?lang=ko', { [LAST_VIEW]: 'lang=en&v=1' });
    expect(chosen).toBe('ko');
    expect(errors).toEqual([]);
  });
});
