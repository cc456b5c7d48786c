// The view state <-> URL query string. Versioned (`v=1`), defaults left out, parsed
// tolerantly: a malformed or unknown value is dropped and reported, never thrown.
import { commitmentKinds } from '../../../lib/commitment-kinds';
import {
  datasetIds,
  pages,
  emptyFilters,
  groupings,
  langs,
  pledgeStatuses,
  type Filters,
  type ViewState,
} from '../../../lib/view-state';

export const URL_FORMAT_VERSION = 1;

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const MAX_QUERY_LENGTH = 200;
const MAX_LIST = 100;

const keys = {
  version: 'v',
  institutions: 'inst',
  strategies: 'strat',
  statuses: 'status',
  kinds: 'kind',
  query: 'q',
  program: 'program',
  lang: 'lang',
  groupBy: 'group',
  dataset: 'data',
  page: 'page',
  compare: 'compare',
} as const;

export interface DroppedValue {
  key: string;
  value: string;
  reason: 'malformed' | 'unknown' | 'unsupported-version' | 'unknown-parameter';
  /** Set when it came from the remembered last view rather than the link. */
  from?: 'remembered';
}

export interface ParsedView {
  /** What the URL says; fields it does not mention are absent. */
  view: Partial<ViewState> & { filters: Filters };
  dropped: DroppedValue[];
  /** True when the URL carried any view parameter at all. */
  present: boolean;
}

function includes<T extends string>(list: readonly T[], value: string): value is T {
  return list.some((item) => item === value);
}

function splitList(raw: string): string[] {
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function uniqueSorted<T extends string>(values: readonly T[]): T[] {
  return [...new Set(values)].sort();
}

/** Query string for a view; parameters equal to the defaults are left out. */
export function serializeView(view: ViewState, defaults: ViewState): string {
  const params = new URLSearchParams();
  const { filters } = view;
  if (filters.institutions.length) params.set(keys.institutions, uniqueSorted(filters.institutions).join(','));
  if (filters.strategies.length) params.set(keys.strategies, uniqueSorted(filters.strategies).join(','));
  if (filters.statuses.length) params.set(keys.statuses, uniqueSorted(filters.statuses).join(','));
  if (filters.kinds.length) params.set(keys.kinds, uniqueSorted(filters.kinds).join(','));
  if (filters.query.trim()) params.set(keys.query, filters.query);
  if (view.program) params.set(keys.program, view.program);
  if (view.groupBy !== defaults.groupBy) params.set(keys.groupBy, view.groupBy);
  if (view.lang !== defaults.lang) params.set(keys.lang, view.lang);
  if (view.dataset !== defaults.dataset) params.set(keys.dataset, view.dataset);
  if (view.page !== defaults.page) params.set(keys.page, view.page);
  if (view.compare) params.set(keys.compare, view.compare);
  if ([...params.keys()].length === 0) return '';
  params.set(keys.version, String(URL_FORMAT_VERSION));
  params.sort();
  return params.toString();
}

function parseIdList(raw: string, key: string, dropped: DroppedValue[]): string[] {
  const ids: string[] = [];
  for (const item of splitList(raw).slice(0, MAX_LIST)) {
    if (ID.test(item)) ids.push(item);
    else dropped.push({ key, value: item, reason: 'malformed' });
  }
  return uniqueSorted(ids);
}

function parseEnumList<T extends string>(
  raw: string,
  key: string,
  allowed: readonly T[],
  dropped: DroppedValue[],
): T[] {
  const values: T[] = [];
  for (const item of splitList(raw).slice(0, MAX_LIST)) {
    if (includes(allowed, item)) values.push(item);
    else dropped.push({ key, value: item, reason: 'unknown' });
  }
  return uniqueSorted(values);
}

/** Any string parses: what cannot be understood is dropped and listed in `dropped`. */
export function parseView(search: string): ParsedView {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return { view: { filters: emptyFilters }, dropped: [], present: false };
  }
  const dropped: DroppedValue[] = [];
  const filters: Filters = { ...emptyFilters };
  const view: ParsedView['view'] = { filters };
  const known = new Set<string>(Object.values(keys));
  let present = false;

  const version = params.get(keys.version);
  if (version !== null && version !== String(URL_FORMAT_VERSION)) {
    // A newer format than this build knows: read what still fits v1 and say so.
    dropped.push({
      key: keys.version,
      value: version,
      reason: 'unsupported-version',
    });
  }
  for (const [key, value] of params) {
    if (!known.has(key)) {
      dropped.push({ key, value, reason: 'unknown-parameter' });
      continue;
    }
    if (key !== keys.version) present = true;
    switch (key) {
      case keys.institutions:
        filters.institutions = parseIdList(value, key, dropped);
        break;
      case keys.strategies:
        filters.strategies = parseIdList(value, key, dropped);
        break;
      case keys.statuses:
        filters.statuses = parseEnumList(value, key, pledgeStatuses, dropped);
        break;
      case keys.kinds:
        filters.kinds = parseEnumList(value, key, commitmentKinds, dropped);
        break;
      case keys.query:
        filters.query = value.slice(0, MAX_QUERY_LENGTH);
        if (value.length > MAX_QUERY_LENGTH)
          dropped.push({
            key,
            value: value.slice(MAX_QUERY_LENGTH, MAX_QUERY_LENGTH + 20),
            reason: 'malformed',
          });
        break;
      case keys.compare:
        // Whether the vintage exists is known only once the list loads: the digest drops an
        // unknown one then, with the notice.
        if (ID.test(value)) view.compare = value;
        else dropped.push({ key, value, reason: 'malformed' });
        break;
      case keys.program:
        if (ID.test(value)) view.program = value;
        else dropped.push({ key, value, reason: 'malformed' });
        break;
      case keys.lang:
        if (includes(langs, value)) view.lang = value;
        else dropped.push({ key, value, reason: 'unknown' });
        break;
      case keys.groupBy:
        if (includes(groupings, value)) view.groupBy = value;
        else dropped.push({ key, value, reason: 'unknown' });
        break;
      case keys.page:
        if (includes(pages, value)) view.page = value;
        else dropped.push({ key, value, reason: 'unknown' });
        break;
      case keys.dataset:
        if (includes(datasetIds, value)) view.dataset = value;
        else dropped.push({ key, value, reason: 'unknown' });
        break;
    }
  }
  return { view, dropped, present };
}

export interface KnownIds {
  institutions: ReadonlySet<string>;
  strategies: ReadonlySet<string>;
  programs: ReadonlySet<string>;
}

/** Second pass, once the dataset is known: ids the data does not have are dropped. */
export function dropUnknownIds(view: ViewState, known: KnownIds): { view: ViewState; dropped: DroppedValue[] } {
  const dropped: DroppedValue[] = [];
  const keep = (ids: string[], set: ReadonlySet<string>, key: string) =>
    ids.filter((id) => {
      if (set.has(id)) return true;
      dropped.push({ key, value: id, reason: 'unknown' });
      return false;
    });
  const filters: Filters = {
    ...view.filters,
    institutions: keep(view.filters.institutions, known.institutions, keys.institutions),
    strategies: keep(view.filters.strategies, known.strategies, keys.strategies),
  };
  let program = view.program;
  if (program && !known.programs.has(program)) {
    dropped.push({ key: keys.program, value: program, reason: 'unknown' });
    program = null;
  }
  if (dropped.length === 0) return { view, dropped };
  return { view: { ...view, filters, program }, dropped };
}
