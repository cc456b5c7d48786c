// The i18next instance. Catalogs are split by namespace (src/i18n/messages/<ns>.ts, each
// exporting `en` and `ko` with identical keys); adding one is a line in `namespaces`.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../lib/view-state';
import * as app from './messages/app';
import * as common from './messages/common';
import * as detail from './messages/detail';
import * as errors from './messages/errors';
import * as filters from './messages/filters';
import * as overview from './messages/overview';
import * as programs from './messages/programs';
import * as status from './messages/status';

export const namespaces = { common, app, detail, errors, filters, overview, programs, status } as const;

export type Namespace = keyof typeof namespaces;

function resourcesFor(lang: Lang) {
  return Object.fromEntries(Object.entries(namespaces).map(([name, catalog]) => [name, catalog[lang]]));
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  initAsync: false,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'ko'],
  defaultNS: 'common',
  ns: Object.keys(namespaces),
  resources: { en: resourcesFor('en'), ko: resourcesFor('ko') },
  interpolation: { escapeValue: false },
  returnNull: false,
});

const STORAGE_KEY = 'pledge-tracker:lang';

/** A stored choice wins; else Korean for a Korean browser, English otherwise. */
export function detectInitialLang(navigatorLanguages: readonly string[], stored: string | null): Lang {
  if (stored === 'ko' || stored === 'en') return stored;
  const first = navigatorLanguages.find((language) => language.trim().length > 0);
  return first?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function readStoredLang(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function storeLang(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered, but the URL still carries it.
  }
}

export function applyDocumentLang(lang: Lang): void {
  document.documentElement.lang = lang;
}
