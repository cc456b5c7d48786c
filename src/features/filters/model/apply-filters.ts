// Which programs a filter selection leaves, and how many each option would leave.
import type { Program } from '../../../lib/schemas';
import type { Filters, PledgeStatus } from '../../../lib/view-state';

export interface FilterableProgram {
  program: Program;
  status: PledgeStatus;
}

type Facet = 'institutions' | 'strategies' | 'statuses' | 'kinds';

/** Lower-cased, NFKC-normalised text for matching Korean and English names alike. */
export function normaliseSearch(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

function matchesQuery(program: Program, query: string): boolean {
  if (!query) return true;
  const haystack = normaliseSearch(`${program.name.ko} ${program.name.en} ${program.id}`);
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

function matchesAll(item: FilterableProgram, filters: Filters, query: string, except?: Facet): boolean {
  return (
    matchesQuery(item.program, query) &&
    facets.every((facet) => facet === except || matchesFacet(item, facet, filters[facet]))
  );
}

export function applyFilters<T extends FilterableProgram>(items: readonly T[], filters: Filters): T[] {
  const query = normaliseSearch(filters.query);
  return items.filter((item) => matchesAll(item, filters, query));
}

/**
 * For each option of a facet, how many programs carry it among those the other facets and
 * the search leave — the number shown beside the option.
 */
export function facetCounts(items: readonly FilterableProgram[], filters: Filters, facet: Facet): Map<string, number> {
  const query = normaliseSearch(filters.query);
  const counts = new Map<string, number>();
  for (const item of items) {
    if (!matchesAll(item, filters, query, facet)) continue;
    for (const value of valuesOf(item, facet)) counts.set(value, (counts.get(value) ?? 0) + 1);
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
