// Once the data is known, ids in the view that the data does not have are dropped from
// the view (so they cannot silently empty the table) and reported.
import { useEffect, useState } from 'react';
import { useUiStore } from '../../lib/ui-store';
import { dropUnknownIds, type DroppedValue, type KnownIds } from './model/url-state';

export function useDropUnknownIds(known: KnownIds | null): DroppedValue[] {
  const [dropped, setDropped] = useState<DroppedValue[]>([]);
  useEffect(() => {
    if (!known) return;
    const check = () => {
      const state = useUiStore.getState();
      const result = dropUnknownIds(state, known);
      if (result.dropped.length > 0) {
        state.replaceView(result.view);
        setDropped((previous) => [...previous, ...result.dropped]);
      }
    };
    check();
    return useUiStore.subscribe((state, previous) => {
      if (state.filters !== previous.filters || state.program !== previous.program) check();
    });
  }, [known]);
  return dropped;
}
