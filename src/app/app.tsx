import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useUrlSync } from '../features/filters/use-url-sync';
import { applyDocumentLang, detectInitialLang, readStoredLang, storeLang, useTranslation } from '../i18n/i18n';
import { selectLang, selectProgram, useUiStore } from '../lib/ui-store';
import { OfflineBanner } from '../components/offline-banner';
import { AppHeader } from './app-header';
import { OverviewPage } from './overview-page';
import { ProgramPage } from './program-page';
import { Providers } from './providers';

export function App({ queryClient }: { queryClient?: QueryClient }) {
  return (
    <Providers queryClient={queryClient}>
      <LanguageSync />
      <Shell />
    </Providers>
  );
}

/** Keeps <html lang> and the remembered choice following the language in the UI store. */
function LanguageSync() {
  const lang = useUiStore(selectLang);
  useEffect(() => {
    applyDocumentLang(lang);
    storeLang(lang);
  }, [lang]);
  return null;
}

function Shell() {
  const { t } = useTranslation('app');
  const program = useUiStore(selectProgram);
  const [defaultLang] = useState(() => detectInitialLang(navigator.languages, readStoredLang()));
  const urlDropped = useUrlSync(defaultLang);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <OfflineBanner />
      <AppHeader />
      <main id="main" tabIndex={-1}>
        {program ? <ProgramPage programId={program} /> : <OverviewPage urlDropped={urlDropped} />}
      </main>
      <footer className="app-footer muted">
        <p>{t('footer')}</p>
      </footer>
    </div>
  );
}
