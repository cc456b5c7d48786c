import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useUrlSync } from '../features/filters/use-url-sync';
import { applyDocumentLang, detectInitialLang, readStoredLang, storeLang, useTranslation } from '../i18n/i18n';
import { selectPage, selectProgram, useUiStore } from '../lib/ui-store';
import type { Lang } from '../lib/view-state';
import { OfflineBanner } from '../components/offline-banner';
import { PageBoundary } from '../components/page-boundary';
import { AppHeader } from './app-header';
import { OverviewPage } from './overview-page';
import { openPackPage, selectPack, startPackSync, usePackRoute, usePackStore } from '../features/pack/pack-store';
import { useViewNotices } from './use-view-notices';
import { Providers } from './providers';
import { DeskRoute, useDeskRoute } from './desk-route';
import { LoadingNotice } from '../components/loading-notice';
import { UiProvided, useLang } from '../lib/ui-provided';

// The pack page (static charts, the resolver) loads when opened; its writers load when used.
const PackRoute = lazy(() => import('./pack-route').then((module) => ({ default: module.PackRoute })));

// Pages besides the overview load on demand: the first paint needs only the overview.
const ProgramPage = lazy(() => import('./program-page').then((module) => ({ default: module.ProgramPage })));
const MethodPage = lazy(() => import('./method-page').then((module) => ({ default: module.MethodPage })));

interface AppProps {
  queryClient?: QueryClient;
  /** Set when rendering at build time (no browser): the language of the prerendered page. */
  prerenderLang?: Lang;
  /** The language of the prerendered block being hydrated. */
  initialLang?: Lang;
}

export function App({ queryClient, prerenderLang, initialLang }: AppProps) {
  return (
    <Providers queryClient={queryClient}>
      <UiProvided>
        <LanguageSync />
        <Shell prerenderLang={prerenderLang} initialLang={initialLang} />
      </UiProvided>
    </Providers>
  );
}

/** Keeps <html lang> and the remembered choice following the language in the UI store. */
function LanguageSync() {
  const lang = useLang();
  useEffect(() => {
    applyDocumentLang(lang);
    storeLang(lang);
  }, [lang]);
  return null;
}

function Shell({ prerenderLang, initialLang }: { prerenderLang: Lang | undefined; initialLang: Lang | undefined }) {
  const { t } = useTranslation(['app', 'pack']);
  const program = useUiStore(selectProgram);
  const page = useUiStore(selectPage);
  const lang = useLang();
  const [defaultLang] = useState(
    () => prerenderLang ?? initialLang ?? detectInitialLang(navigator.languages, readStoredLang()),
  );
  const parsed = useUrlSync(
    defaultLang,
    prerenderLang !== undefined ? 'prerender' : initialLang !== undefined ? 'hydrate' : 'render',
  );
  const dropped = useViewNotices(parsed);
  const [desk, closeDesk] = useDeskRoute();
  useState(() => (prerenderLang === undefined ? startPackSync(defaultLang) : undefined));
  const onPack = usePackRoute();
  const pinned = usePackStore((state) => selectPack(state).items.length);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <OfflineBanner />
      <AppHeader />
      {pinned > 0 && !onPack ? (
        <p className="pack-link no-print">
          <button type="button" className="link-button" onClick={openPackPage}>
            {t('pack:open', { count: pinned })}
          </button>
        </p>
      ) : null}
      <main id="main" tabIndex={-1}>
        {onPack ? (
          <Suspense fallback={<LoadingNotice label={t('pack:loading')} />}>
            <PackRoute />
          </Suspense>
        ) : (
          <PageBoundary resetKeys={[program, page, lang, desk]}>
            {desk ? (
              <DeskRoute onBack={closeDesk} />
            ) : program ? (
              <Suspense fallback={<p aria-busy="true">…</p>}>
                <ProgramPage programId={program} />
              </Suspense>
            ) : page === 'method' ? (
              <Suspense fallback={<p aria-busy="true">…</p>}>
                <MethodPage />
              </Suspense>
            ) : (
              <OverviewPage urlDropped={dropped} takingOver={initialLang !== undefined} />
            )}
          </PageBoundary>
        )}
      </main>
      <footer className="app-footer muted">
        <p>{t('footer')}</p>
        <p>
          <a href="#desk">{t('deskLink')}</a>
        </p>
      </footer>
    </div>
  );
}
