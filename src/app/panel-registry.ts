// The panel registry: every chart panel of the app, declared once. The overview lays out the
// registered panels in their sections, the briefing pack resolves a pinned item by looking its
// id up here, and each panel's table view and exports come from the spec its transform builds
// (lib/panel-data.ts) — so a panel added here appears in the overview, its table view, every
// export and the pack, with no other file changed. Plain data: the transforms and components
// load with the parts below the first screen, not with this list.
import type { IndicatorPanelDefinition } from '../features/indicators/model/indicator-panel-definition';
import { preloadable } from '../components/preloadable';
import type { TFunction } from '../i18n/i18n';

/** The context indicators under "Context": filters do not apply to them. */
export const contextPanels: readonly IndicatorPanelDefinition[] = [
  { indicatorId: 'five-bank-corporate-loans', text: { messages: 'loans' }, draw: { kind: 'level' } },
  {
    indicatorId: 'five-bank-corporate-loan-changes',
    text: { messages: 'loanChanges' },
    draw: { kind: 'change', seriesIds: ['large', 'sme'] },
  },
  { indicatorId: 'tech-credit-all-banks', text: { messages: 'techCredit' }, draw: { kind: 'level' } },
  { indicatorId: 'tech-credit-five-banks', text: { messages: 'techCreditFive' }, draw: { kind: 'level' } },
];

// The pledge panels' code (transforms and frames) loads just after the page, beside the charts.
const loadPledgePanels = () => import('../features/programs/components/pledge-panels');

/** The pledge panels under "Charts": they follow the filters and the grouping. */
export const pledgePanels = [
  {
    key: 'pledged-vs-reported',
    matches: (panelId: string) => panelId === 'pledged-vs-reported',
    title: (t: TFunction<'panels'>) => t('pledged.title'),
    Component: preloadable(loadPledgePanels, (module) => module.PledgedVsReportedPanel),
  },
  {
    key: 'composition',
    matches: (panelId: string) => panelId.startsWith('composition-by-'),
    title: (t: TFunction<'panels'>, group: string) => t('composition.title', { group: group.toLowerCase() }),
    Component: preloadable(loadPledgePanels, (module) => module.CompositionPanel),
  },
] as const;

export type PledgePanelKey = (typeof pledgePanels)[number]['key'];
