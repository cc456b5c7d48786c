import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlSync } from '../features/filters/use-url-sync';
import { applyDocumentLang, detectInitialLang, i18n, readStoredLang, storeLang } from '../i18n/i18n';
import { selectLang, selectProgram, useUiStore } from '../lib/ui-store';
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

/** Keeps i18next and <html lang> following the language in the UI store. */
function LanguageSync() {
  const lang = useUiStore(selectLang);
  useEffect(() => {
    void i18n.changeLanguage(lang);
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
