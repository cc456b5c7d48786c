import { useMemo } from 'react';
import { useMeta } from './api/reference-data';
import type { SpecContext } from './panel-data';

/** Which dataset every panel spec is drawn from (stable while the dataset does not change). */
export function useSpecContext(): SpecContext {
  const meta = useMeta();
  const datasetVersion = meta.data?.datasetVersion ?? '';
  const demo = meta.data?.dataset === 'demo' || (meta.data?.containsIllustrative ?? false);
  return useMemo(() => ({ datasetVersion, demo }), [datasetVersion, demo]);
}
