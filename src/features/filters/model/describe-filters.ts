// The active filters in words, for panel subtitles, snapshots and file names.
import type { Filters } from '../../../lib/view-state';

export interface FilterNames {
  institution: (id: string) => string;
  strategy: (id: string) => string;
  status: (id: string) => string;
  kind: (id: string) => string;
  labels: {
    institution: string;
    strategy: string;
    status: string;
    kind: string;
    search: string;
    none: string;
  };
}

export function describeFilters(filters: Filters, names: FilterNames): string {
  const parts: string[] = [];
  const add = (label: string, values: readonly string[], name: (id: string) => string) => {
    if (values.length) parts.push(`${label}: ${values.map(name).join(', ')}`);
  };
  add(names.labels.institution, filters.institutions, names.institution);
  add(names.labels.strategy, filters.strategies, names.strategy);
  add(names.labels.status, filters.statuses, names.status);
  add(names.labels.kind, filters.kinds, names.kind);
  if (filters.query.trim()) parts.push(`${names.labels.search}: “${filters.query.trim()}”`);
  return parts.length ? parts.join('; ') : names.labels.none;
}
