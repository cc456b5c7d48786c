import { useCallback, useLayoutEffect, useRef } from 'react';
import { ExportMenu } from '../features/export/components/export-menu';
import { shareableUrl } from '../features/filters/use-url-sync';
import { serializeView } from '../features/filters/model/url-state';
import { AddToBriefing } from '../features/pack/components/add-to-briefing';
import type { AllRows, PanelData } from '../lib/panel-data';
import { createInitialView, useUiStore } from '../lib/ui-store';
import type { ViewState } from '../lib/view-state';
import { useLang } from '../lib/ui-provided';

/** The page's view as the query string a pinned briefing item keeps (language left out: the pack has its own). */
export function pinnedQuery(view: ViewState): string {
  return serializeView({ ...view, lang: 'en' }, createInitialView('en'));
}

/**
 * The export menu and "Add to briefing" for a panel. The view, its link and the filters in
 * words are read when an export runs, so the returned function stays the same while filters
 * change and panels whose data did not change (the context indicators) are not rendered again.
 */
export function useRenderExport(filtersText: string) {
  const lang = useLang();
  const latestText = useRef(filtersText);
  useLayoutEffect(() => {
    latestText.current = filtersText;
  }, [filtersText]);
  return useCallback(
    (panel: PanelData, allRows: AllRows | null) => {
      const currentView = (): ViewState => {
        const { filters, program, groupBy, dataset, page, compare } = useUiStore.getState();
        return { filters, program, lang, groupBy, dataset, page, compare };
      };
      const getSnapshot = () => {
        const view = currentView();
        return { filtersText: latestText.current, link: shareableUrl(view, window.location), view };
      };
      const getView = () => ({ query: pinnedQuery(currentView()), datasetVersion: panel.datasetVersion });
      return (
        <>
          <AddToBriefing panelId={panel.panelId} title={panel.title} getView={getView} />
          <ExportMenu panel={panel} allRows={allRows} getSnapshot={getSnapshot} lang={lang} />
        </>
      );
    },
    [lang],
  );
}

/**
 * "Add to briefing" alone, for a view with its own exports (the change digest): the pinned query
 * is the page's view with the comparison vintage actually shown, so the pack draws the same one.
 */
export function useRenderPin() {
  return useCallback((panel: PanelData, compare: string) => {
    const getView = () => {
      const { filters, program, lang, groupBy, dataset, page } = useUiStore.getState();
      return {
        query: pinnedQuery({ filters, program, lang, groupBy, dataset, page, compare }),
        datasetVersion: panel.datasetVersion,
      };
    };
    return <AddToBriefing panelId={panel.panelId} title={panel.title} getView={getView} />;
  }, []);
}
