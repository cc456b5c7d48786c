// Which programs a filter selection leaves, and how many each option would leave.
import type { Program } from '../../../lib/schemas';
import type { Filters, PledgeStatus } from '../../../lib/view-state';

export interface FilterableProgram {
  program: Program;
  status: PledgeStatus;
}

/** The list facets a program can be filtered by (the search is separate). */
export type Facet = 'institutions' | 'strategies' | 'statuses' | 'kinds';

/** Lower-cased, NFKC-normalised text for matching Korean and English names alike. */
export function normaliseSearch(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

// The searchable text of each program, normalised once (programs are never mutated).
const haystacks = new WeakMap<Program, string>();

function matchesQuery(program: Program, query: string): boolean {
  if (!query) return true;
  let haystack = haystacks.get(program);
  if (haystack === undefined) {
    haystack = normaliseSearch(`${program.name.ko} ${program.name.en} ${program.id}`);
    haystacks.set(program, haystack);
  }
  return query.split(' ').every((word) => haystack.includes(word));
}

function matchesFacet(item: FilterableProgram, facet: Facet, selected: readonly string[]): boolean {
  if (selected.length === 0) return true;
  switch (facet) {
    case 'institutions':
      return item.program.institutionIds.some((id) => selected.includes(id));
    case 'strategies':
      return selected.includes(item.program.strategyId);
    case 'statuses':
      return selected.includes(item.status);
    case 'kinds':
      return selected.includes(item.program.commitment.kind);
  }
}

const facets: readonly Facet[] = ['institutions', 'strategies', 'statuses', 'kinds'];

function matchesAll(item: FilterableProgram, filters: Filters, query: string): boolean {
  return matchesQuery(item.program, query) && facets.every((facet) => matchesFacet(item, facet, filters[facet]));
}

export function applyFilters<T extends FilterableProgram>(items: readonly T[], filters: Filters): T[] {
  const query = normaliseSearch(filters.query);
  return items.filter((item) => matchesAll(item, filters, query));
}

/** What a filter selection leaves: the rows, in their order, and their programs' ids. */
export interface Selection<T extends FilterableProgram> {
  rows: readonly T[];
  ids: ReadonlySet<string>;
}

/**
 * `applyFilters` with the ids, kept per list of rows and filters object: two parts that ask for
 * the same selection (the overview's scorecard at a change, its page just after) get one answer.
 */
export function keptSelections<T extends FilterableProgram>(): (items: readonly T[], filters: Filters) => Selection<T> {
  const kept = new WeakMap<readonly T[], WeakMap<Filters, Selection<T>>>();
  return (items, filters) => {
    let byFilters = kept.get(items);
    if (!byFilters) kept.set(items, (byFilters = new WeakMap()));
    let selection = byFilters.get(filters);
    if (!selection) {
      const rows = applyFilters(items, filters);
      selection = { rows, ids: new Set(rows.map((row) => row.program.id)) };
      byFilters.set(filters, selection);
    }
    return selection;
  };
}

export type FacetCounts = Record<Facet, Map<string, number>>;

/**
 * For each option of each facet, how many programs carry it among those the other facets and
 * the search leave — the number shown beside the option. One pass over the programs.
 */
export function facetCounts(items: readonly FilterableProgram[], filters: Filters): FacetCounts {
  const query = normaliseSearch(filters.query);
  const counts: FacetCounts = {
    institutions: new Map(),
    strategies: new Map(),
    statuses: new Map(),
    kinds: new Map(),
  };
  for (const item of items) {
    if (!matchesQuery(item.program, query)) continue;
    const misses = facets.filter((facet) => !matchesFacet(item, facet, filters[facet]));
    // An option's count ignores its own facet: with two misses or more, no facet counts it.
    if (misses.length > 1) continue;
    for (const facet of facets) {
      if (misses.length === 1 && misses[0] !== facet) continue;
      const facetCount = counts[facet];
      for (const value of valuesOf(item, facet)) facetCount.set(value, (facetCount.get(value) ?? 0) + 1);
    }
  }
  return counts;
}

function valuesOf(item: FilterableProgram, facet: Facet): string[] {
  switch (facet) {
    case 'institutions':
      return item.program.institutionIds;
    case 'strategies':
      return [item.program.strategyId];
    case 'statuses':
      return [item.status];
    case 'kinds':
      return [item.program.commitment.kind];
  }
}
