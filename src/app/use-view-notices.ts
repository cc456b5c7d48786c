// What the overview's notice lists: the parts of the link or the remembered view that could
// not be used — malformed values at once, ids the data does not have once it is known.
import { useMemo } from 'react';
import type { DroppedValue } from '../features/filters/model/url-state';
import { useDropUnknownIds } from '../features/filters/use-known-ids';
import type { ViewOrigin } from '../features/filters/use-url-sync';
import { usePrograms } from '../features/programs/api/get-programs';
import { useInstitutions, useStrategies } from '../lib/api/reference-data';

export function useViewNotices(parsed: { dropped: DroppedValue[]; origin: ViewOrigin }): DroppedValue[] {
  const programs = usePrograms();
  const institutions = useInstitutions();
  const strategies = useStrategies();
  const known = useMemo(
    () =>
      programs.data && institutions.data && strategies.data
        ? {
            programs: new Set(programs.data.map((program) => program.id)),
            institutions: new Set(institutions.data.map((institution) => institution.id)),
            strategies: new Set(strategies.data.strategies.map((strategy) => strategy.id)),
          }
        : null,
    [programs.data, institutions.data, strategies.data],
  );
  const unknown = useDropUnknownIds(known, parsed.origin);
  return useMemo(() => [...parsed.dropped, ...unknown], [parsed.dropped, unknown]);
}
