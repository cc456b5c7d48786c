// A small typed translator over the message catalogs (see docs/decisions/0004). Catalogs
// are split by namespace (src/i18n/messages/<ns>.ts, each exporting `en` and `ko` with
// identical keys); adding one is a line in `namespaces`.
import { useCallback } from 'react';
import { selectLang, useUiStore } from '../lib/ui-store';
import type { Lang } from '../lib/view-state';
import * as app from './messages/app';
import * as common from './messages/common';
import * as detail from './messages/detail';
import * as errors from './messages/errors';
import * as exportMessages from './messages/export';
import * as filters from './messages/filters';
import * as overview from './messages/overview';
import * as panels from './messages/panels';
import * as programs from './messages/programs';
import * as status from './messages/status';
import * as pack from './messages/pack';

export const namespaces = {
  common,
  app,
  detail,
  errors,
  export: exportMessages,
  filters,
  overview,
  panels,
  programs,
  status,
  pack,
} as const;

export type Namespace = keyof typeof namespaces;
export type TranslateOptions = Record<string, unknown> & {
  count?: number;
  defaultValue?: string;
};
export type TFunction = (key: string, options?: TranslateOptions) => string;

const pluralRules: Record<Lang, Intl.PluralRules> = {
  en: new Intl.PluralRules('en'),
  ko: new Intl.PluralRules('ko'),
};

function isNamespace(value: string): value is Namespace {
  return Object.hasOwn(namespaces, value);
}

/**
 * Catalogs that load with the code using them (the pack page, the writers, the snapshot frame),
 * so their words are not in the initial bundle. Registered when their module is imported.
 */
const lateCatalogs = new Map<string, { en: unknown; ko: unknown }>();

export function registerCatalog(ns: string, catalog: { en: unknown; ko: unknown }): void {
  lateCatalogs.set(ns, catalog);
}

function lookupIn(root: unknown, path: string): string | undefined {
  let node: unknown = root;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = Reflect.get(node, part);
  }
  return typeof node === 'string' ? node : undefined;
}

function lookup(lang: Lang, ns: Namespace, path: string): string | undefined {
  let node: unknown = namespaces[ns][lang];
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = Reflect.get(node, part);
  }
  return typeof node === 'string' ? node : undefined;
}

/** `count` is always a quantity: it is shown with thousands separators (5,000 in both languages). */
function placeholderText(name: string, value: unknown): string {
  if (name === 'count' && typeof value === 'number' && Number.isInteger(value)) {
    return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }
  return String(value);
}

function interpolate(template: string, options: TranslateOptions | undefined): string {
  if (!options) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(options, name) ? placeholderText(name, options[name]) : whole,
  );
}

/**
 * The message for `key` ("ns:path.to.key", or a path in `defaultNs`) in `lang`, with
 * `{{name}}` placeholders filled. With `count`, a `<key>_<plural category>` form wins when
 * the catalog has one. A missing key falls back to English, then to `defaultValue`, then
 * to the key itself (tests check that no key is missing).
 */
export function translate(
  lang: Lang,
  key: string,
  options?: TranslateOptions,
  defaultNs: Namespace = 'common',
): string {
  const colon = key.indexOf(':');
  const prefix = colon > 0 ? key.slice(0, colon) : '';
  const late = lateCatalogs.get(prefix);
  if (late) {
    const path = key.slice(colon + 1);
    const paths =
      typeof options?.count === 'number' ? [`${path}_${pluralRules[lang].select(options.count)}`, path] : [path];
    for (const language of [lang, 'en'] as const)
      for (const candidate of paths) {
        const found = lookupIn(late[language], candidate);
        if (found !== undefined) return interpolate(found, options);
      }
    return options?.defaultValue ?? key;
  }
  const ns: Namespace = isNamespace(prefix) ? prefix : defaultNs;
  const path = isNamespace(prefix) ? key.slice(colon + 1) : key;
  const candidates: string[] = [];
  if (typeof options?.count === 'number') candidates.push(`${path}_${pluralRules[lang].select(options.count)}`);
  candidates.push(path);
  for (const language of [lang, 'en'] as const) {
    for (const candidate of candidates) {
      const found = lookup(language, ns, candidate);
      if (found !== undefined) return interpolate(found, options);
    }
  }
  return options?.defaultValue ?? key;
}

/** `t` for the current language; the first namespace is the default for unprefixed keys. */
export function useTranslation(ns: Namespace | readonly Namespace[] = 'common'): { t: TFunction; lang: Lang } {
  const lang = useUiStore(selectLang);
  const defaultNs = typeof ns === 'string' ? ns : (ns[0] ?? 'common');
  const t = useCallback<TFunction>((key, options) => translate(lang, key, options, defaultNs), [lang, defaultNs]);
  return { t, lang };
}

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
