// Once the data is known, ids in the view that the data does not have are dropped from
// the view (so they cannot silently empty the table or open a pledge that is not there)
// and reported — with the same notice whether they came from a link or the remembered view.
import { useEffect, useState } from 'react';
import { useUiStore } from '../../lib/ui-store';
import { dropUnknownIds, type DroppedValue, type KnownIds } from './model/url-state';

export function useDropUnknownIds(
  known: KnownIds | null,
  origin: 'link' | 'remembered' | 'none' = 'link',
): DroppedValue[] {
  const [dropped, setDropped] = useState<DroppedValue[]>([]);
  useEffect(() => {
    if (!known) return;
    let first = true;
    const check = () => {
      const state = useUiStore.getState();
      const result = dropUnknownIds(state, known);
      // The first check looks at the view the page opened with: say where it came from.
      const tag = first && origin === 'remembered';
      first = false;
      if (result.dropped.length > 0) {
        state.replaceView(result.view);
        const found = tag ? result.dropped.map((item) => ({ ...item, from: 'remembered' as const })) : result.dropped;
        setDropped((previous) => [...previous, ...found]);
      }
    };
    check();
    return useUiStore.subscribe((state, previous) => {
      if (state.filters !== previous.filters || state.program !== previous.program) check();
    });
  }, [known, origin]);
  return dropped;
}
