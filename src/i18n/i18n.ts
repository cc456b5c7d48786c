// A small typed translator over the message catalogs (see docs/decisions/0004). Catalogs
// are split by namespace (src/i18n/messages/<ns>.ts, each exporting `en` and `ko` with
// identical keys); adding one is a line in `namespaces`.
import { useCallback } from 'react';
import { useLang } from '../lib/ui-provided';
import type { Lang } from '../lib/view-state';
import * as app from './messages/app';
import * as common from './messages/common';
import type * as desk from './messages/desk';
import * as digest from './messages/digest';
import type * as detail from './messages/detail';
import * as errors from './messages/errors';
import * as exportMessages from './messages/export';
import * as filters from './messages/filters';
import type * as method from './messages/method';
import * as overview from './messages/overview';
import * as panels from './messages/panels';
import * as programs from './messages/programs';
import * as status from './messages/status';
import * as pack from './messages/pack';

/** Catalogs every first view needs, in the initial bundle. */
const eager = {
  common,
  app,
  digest,
  errors,
  export: exportMessages,
  filters,
  overview,
  panels,
  programs,
  status,
  pack,
} as const;

/** Catalogs of pages loaded on demand (a pledge's page, the method page, the data desk): their chunk registers them. */
interface LazyCatalogs {
  detail: typeof detail;
  desk: typeof desk;
  method: typeof method;
}
type Catalogs = typeof eager & LazyCatalogs;

const lazy: Partial<LazyCatalogs> = {};

/** Called by a lazily loaded page's module before it renders (see app/method-page.tsx). */
export function registerCatalog<N extends keyof LazyCatalogs>(name: N, catalog: LazyCatalogs[N]): void {
  Object.assign(lazy, { [name]: catalog });
}

/** The catalogs loaded so far (every one, once the lazy pages' chunks have loaded). */
export function loadedCatalogs(): Partial<Catalogs> {
  return { ...eager, ...lazy };
}

function catalogOf(ns: Namespace): Catalogs[Namespace] | undefined {
  return ns === 'detail' || ns === 'desk' || ns === 'method' ? lazy[ns] : eager[ns];
}

export type Namespace = keyof Catalogs;
export type TranslateOptions = Record<string, unknown> & {
  count?: number;
  defaultValue?: string;
};

// Typed keys: every dotted path to a string in the English catalog (Korean has the same keys,
// see types.ts). A plural family (`x_one`, `x_other`) is also asked for by its base `x`.
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}`;
}[keyof T & string];
type PluralBase<P> = P extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : never;
type NamespaceKey<N extends Namespace> = N extends Namespace
  ? Paths<Catalogs[N]['en']> | PluralBase<Paths<Catalogs[N]['en']>>
  : never;
/** "ns:path.to.key", for any namespace. */
export type QualifiedKey = { [N in Namespace]: `${N}:${NamespaceKey<N>}` }[Namespace];
/** A key `t` accepts: a path in its default namespace, or a qualified key. */
export type MessageKey<D extends Namespace = Namespace> = [D] extends [never]
  ? QualifiedKey
  : NamespaceKey<D> | QualifiedKey;
/** A misspelled or missing key fails typecheck (tests/unit/i18n-keys.test.ts). Without `D`, qualified keys only. */
export type TFunction<D extends Namespace = never> = (key: MessageKey<D>, options?: TranslateOptions) => string;
/** What a helper outside a component takes: any `t`, asked with qualified keys only. */
export type Translator = (key: QualifiedKey, options?: TranslateOptions) => string;
type DefaultNamespace<N> = N extends Namespace
  ? N
  : N extends readonly [infer First, ...unknown[]]
    ? First & Namespace
    : 'common';

const pluralRules: Record<Lang, Intl.PluralRules> = {
  en: new Intl.PluralRules('en'),
  ko: new Intl.PluralRules('ko'),
};

function isNamespace(value: string): value is Namespace {
  return value === 'detail' || value === 'desk' || value === 'method' || Object.hasOwn(eager, value);
}

function lookupIn(root: unknown, path: string): string | undefined {
  let node: unknown = root;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = Reflect.get(node, part);
  }
  return typeof node === 'string' ? node : undefined;
}

/** The keys of a catalog (for a catalog loaded with the code that uses it). */
export type CatalogKey<T> = Paths<T> | PluralBase<Paths<T>>;
/** The keys under `prefix.` of a key union: SubKey<'a.x' | 'a.y' | 'b', 'a'> = 'x' | 'y'. */
export type SubKey<K extends string, P extends string> = K extends `${P}.${infer R}` ? R : never;

/**
 * A translator over a catalog that loads with the code using it (the pack page and writers, the
 * snapshot frame), so its words are not in the initial bundle. Same rules as `translate`.
 */
export function catalogTranslator<E extends object>(catalog: { en: E; ko: unknown }) {
  return (lang: Lang, key: CatalogKey<E>, options?: TranslateOptions): string => {
    const path: string = key;
    const candidates =
      typeof options?.count === 'number' ? [`${path}_${pluralRules[lang].select(options.count)}`, path] : [path];
    for (const language of [lang, 'en'] as const)
      for (const candidate of candidates) {
        const found = lookupIn(language === 'en' ? catalog.en : catalog.ko, candidate);
        if (found !== undefined) return interpolate(found, options);
      }
    return options?.defaultValue ?? path;
  };
}

function lookup(lang: Lang, ns: Namespace, path: string): string | undefined {
  let node: unknown = catalogOf(ns)?.[lang];
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = Reflect.get(node, part);
  }
  return typeof node === 'string' ? node : undefined;
}

/** For a key built from data at run time: true when the catalog has it (checked, not assumed). */
export function isMessageKey(key: string): key is QualifiedKey {
  const colon = key.indexOf(':');
  const prefix = key.slice(0, colon);
  return colon > 0 && isNamespace(prefix) && lookup('en', prefix, key.slice(colon + 1)) !== undefined;
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
export function translate<D extends Namespace = 'common'>(
  lang: Lang,
  key: MessageKey<D>,
  options?: TranslateOptions,
  defaultNs: D | 'common' = 'common',
): string {
  const text: string = key;
  const colon = text.indexOf(':');
  const prefix = colon > 0 ? text.slice(0, colon) : '';
  const ns: Namespace = isNamespace(prefix) ? prefix : defaultNs;
  const path = isNamespace(prefix) ? text.slice(colon + 1) : key;
  const candidates: string[] = [];
  if (typeof options?.count === 'number') candidates.push(`${path}_${pluralRules[lang].select(options.count)}`);
  candidates.push(path);
  for (const language of [lang, 'en'] as const) {
    for (const candidate of candidates) {
      const found = lookup(language, ns, candidate);
      if (found !== undefined) return interpolate(found, options);
    }
  }
  return options?.defaultValue ?? text;
}

function defaultNamespaceOf(ns: Namespace | readonly [Namespace, ...Namespace[]] | undefined): Namespace {
  return ns === undefined ? 'common' : typeof ns === 'string' ? ns : ns[0];
}

/**
 * `t` for a language the caller already holds (a prop), without subscribing to the store: for a
 * part drawn many times over (the scorecard's lines), which the store would otherwise ask, one
 * by one, whether the language changed on every filter change.
 */
export function translatorFor<const N extends Namespace | readonly [Namespace, ...Namespace[]] = 'common'>(
  lang: Lang,
  ns?: N,
): TFunction<DefaultNamespace<N>> {
  const defaultNs = defaultNamespaceOf(ns);
  return (key: MessageKey<DefaultNamespace<N>>, options?: TranslateOptions) =>
    translate<Namespace>(lang, key, options, defaultNs);
}

/** `t` for the current language; the first namespace is the default for unprefixed keys. */
export function useTranslation<const N extends Namespace | readonly [Namespace, ...Namespace[]] = 'common'>(
  ns?: N,
): { t: TFunction<DefaultNamespace<N>>; lang: Lang } {
  const lang = useLang();
  const defaultNs = defaultNamespaceOf(ns);
  const t = useCallback(
    (key: MessageKey<DefaultNamespace<N>>, options?: TranslateOptions) =>
      translate<Namespace>(lang, key, options, defaultNs),
    [lang, defaultNs],
  );
  return { t, lang };
}

const STORAGE_KEY = 'pledge-tracker:lang';

/** A stored choice wins; else Korean for a Korean browser, English otherwise. */
export function detectInitialLang(navigatorLanguages: readonly string[], stored: string | null): Lang {
  if (stored === 'ko' || stored === 'en') return stored;
  const first = navigatorLanguages.find((language) => language.trim().length > 0);
  return first?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** The remembered language; a storage that throws or hands back a non-string counts as none. */
export function readStoredLang(): string | null {
  try {
    const value: unknown = window.localStorage.getItem(STORAGE_KEY);
    return typeof value === 'string' ? value : null;
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
