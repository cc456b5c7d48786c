import { useCallback } from 'react';
import { ExportMenu } from '../features/export/components/export-menu';
import { shareableUrl } from '../features/filters/use-url-sync';
import type { AllRows, PanelData } from '../lib/panel-data';
import { useUiStore } from '../lib/ui-store';
import type { ViewState } from '../lib/view-state';

/** The export menu for a panel, with the link and view state of what is on screen. */
export function useRenderExport(filtersText: string) {
  const lang = useUiStore((state) => state.lang);
  const filters = useUiStore((state) => state.filters);
  const program = useUiStore((state) => state.program);
  const groupBy = useUiStore((state) => state.groupBy);
  return useCallback(
    (panel: PanelData, allRows: AllRows | null) => {
      const view: ViewState = { filters, program, lang, groupBy };
      return (
        <ExportMenu
          panel={panel}
          allRows={allRows}
          filtersText={filtersText}
          getLink={() => shareableUrl(view, window.location)}
          view={view}
          lang={lang}
        />
      );
    },
    [filters, program, lang, groupBy, filtersText],
  );
}
