// What a context-indicator panel is: which series it reads and how it draws them. The app's
// panel registry (app/panel-registry.ts) declares each panel once with this; the overview, the
// table view, every export and the briefing pack all build its spec through `indicatorPanelSpec`.
import type { LocalizedText, Indicator } from '../../../lib/schemas';
import type { PanelData, SpecContext } from '../../../lib/panel-data';
import type { Lang } from '../../../lib/view-state';
import { changePanel, levelPanel, type IndicatorLabels } from './indicator-panels';

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

/** The panel's spec from its indicator: the one transform behind chart, table and exports. */
export function indicatorPanelSpec(
  definition: IndicatorPanelDefinition,
  indicator: Indicator,
  asOf: string,
  lang: Lang,
  labels: IndicatorLabels,
  context: SpecContext,
): PanelData {
  return definition.draw.kind === 'change'
    ? changePanel(indicator, asOf, lang, labels, definition.draw.seriesIds, context)
    : levelPanel(indicator, asOf, lang, labels, context);
}
