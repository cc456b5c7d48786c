import { useCallback, useLayoutEffect, useRef } from 'react';
import { ExportMenu } from '../features/export/components/export-menu';
import { shareableUrl } from '../features/filters/use-url-sync';
import type { AllRows, PanelData } from '../lib/panel-data';
import { useUiStore } from '../lib/ui-store';
import type { ViewState } from '../lib/view-state';

/**
 * The export menu for a panel. The view, its link and the filters in words are read when an
 * export runs, so the returned function stays the same while filters change and panels
 * whose data did not change (the context indicators) are not rendered again.
 */
export function useRenderExport(filtersText: string) {
  const lang = useUiStore((state) => state.lang);
  const latestText = useRef(filtersText);
  useLayoutEffect(() => {
    latestText.current = filtersText;
  }, [filtersText]);
  return useCallback(
    (panel: PanelData, allRows: AllRows | null) => {
      const getSnapshot = () => {
        const { filters, program, groupBy, dataset, page, compare } = useUiStore.getState();
        const view: ViewState = { filters, program, lang, groupBy, dataset, page, compare };
        return { filtersText: latestText.current, link: shareableUrl(view, window.location), view };
      };
      return <ExportMenu panel={panel} allRows={allRows} getSnapshot={getSnapshot} lang={lang} />;
    },
    [lang],
  );
}
