// What a context-indicator panel is: which series it reads and how it draws them. The app's
// panel registry (app/panel-registry.ts) declares each panel once with this; the overview, the
// table view, every export and the briefing pack all build its spec through `indicatorPanelSpec`
// (model/indicator-panels.ts).
// Plain data and no transform here: the registry is read by the page's first chunk.
import type { LocalizedText } from '../../../lib/schemas';

/** The panels catalog's groups that hold a context panel's title and subtitle. */
export type IndicatorMessageGroup = 'loans' | 'loanChanges' | 'techCredit' | 'techCreditFive';

export interface IndicatorPanelDefinition {
  /** The indicator it reads (`/api/v1/indicators/:id`). */
  indicatorId: string;
  /** Its title and subtitle: a group of the panels catalog, or the words in both languages. */
  text: { messages: IndicatorMessageGroup } | { title: LocalizedText; subtitle: LocalizedText };
  /** Level: every series over time. Change: the named series' increase per period. */
  draw: { kind: 'level' } | { kind: 'change'; seriesIds: readonly string[] };
}

/** The spec's panel id (export file names, pinned pack items). */
export function indicatorPanelId(definition: IndicatorPanelDefinition): string {
  return definition.draw.kind === 'level'
    ? definition.indicatorId
    : `${definition.indicatorId}-${definition.draw.seriesIds.join('-')}`;
}
