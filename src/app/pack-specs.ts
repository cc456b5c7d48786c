// The pack's pinned items turned back into panel specs, in the pack's language, from the data
// loaded now: each item's panel id and view (its query string) pick the transform and its inputs.
// (The panel registry will own this mapping; until then it lives here, where features meet.)
import { applyFilters } from '../features/filters/model/apply-filters';
import { parseView } from '../features/filters/model/url-state';
import { labelsFor } from '../features/indicators/components/indicator-panel';
import { indicatorPanelSpec } from '../features/indicators/model/indicator-panels';
import { contextPanels, pledgePanels, type PledgePanelKey } from './panel-registry';
import { indicatorPanelId } from '../features/indicators/model/indicator-panel-definition';
import type { IndicatorPanelDefinition } from '../features/indicators/model/indicator-panel-definition';
import { filtersInWords } from './filters-in-words';
import { buildProgramRows, type ProgramRow } from '../features/programs/model/overview-rows';
import { compositionPanel, pledgedVsReportedPanel, progressPathPanel } from '../features/programs/model/program-panels';
import { pickComparison } from '../features/programs/model/comparison';
import { computeDigest, type VintageView } from '../features/programs/model/digest';
import { digestPanel, vintageSources } from '../features/programs/model/digest-panel';
import { digestPanelLabels } from '../features/programs/digest-labels';
import { formatDate, formatKrw } from '../i18n/format';
import { translate, type TFunction } from '../i18n/i18n';
import { localized } from '../i18n/localized';
import { kindOf, targetOf } from '../lib/commitment-kinds';
import type { PanelData, SpecContext } from '../lib/panel-data';
import type { Indicator, Institution, Program, Strategy } from '../lib/schemas';
import type { Vintage } from '../lib/vintages';
import { type Grouping, type Lang } from '../lib/view-state';
import type { ResolvedItem } from '../features/pack/components/pack-page';
import type { PackItem } from '../features/pack/model/pack';
import { exactValue } from '../components/static-chart/scene';
import { pt } from '../features/pack/messages';

export interface PackData {
  programs: readonly Program[];
  institutions: readonly Institution[];
  strategies: readonly Strategy[];
  indicators: ReadonlyMap<string, Indicator>;
  asOf: string;
  context: SpecContext;
  /** What the change digest is drawn from; absent when the pack has no digest (or it is not loaded). */
  digest?: DigestSource;
}

export interface DigestSource {
  vintages: readonly Vintage[];
  /** A vintage's data once loaded (undefined while it loads, or when it failed). */
  view: (id: string) => VintageView | undefined;
}

/** The vintages a digest item compares: the one its view names (else the previous briefing), and the latest. */
function digestVintages(query: string, vintages: readonly Vintage[]): { older: Vintage; newer: Vintage } | null {
  const asked = parseView(query).view.compare ?? null;
  const older = pickComparison(vintages, asked);
  const newer = vintages.find((vintage) => vintage.latest);
  // A pinned comparison that no longer exists is not silently replaced by another one.
  if (!older || !newer || (asked !== null && older.id !== asked)) return null;
  return { older, newer };
}

/** The vintages the pack's digest items need loaded. */
export function digestVintageIds(items: readonly PackItem[], vintages: readonly Vintage[]): string[] {
  const ids = new Set<string>();
  for (const item of items) {
    if (item.panelId !== 'digest') continue;
    const pair = digestVintages(item.query, vintages);
    if (pair) ids.add(pair.older.id).add(pair.newer.id);
  }
  return [...ids];
}

function digestSpec(query: string, source: DigestSource | undefined, data: PackData, lang: Lang) {
  const pair = source ? digestVintages(query, source.vintages) : null;
  const older = pair && source?.view(pair.older.id);
  const newer = pair && source?.view(pair.newer.id);
  if (!pair || !older || !newer) return null;
  const digest = computeDigest(older, newer, {
    fromRecordedUpTo: pair.older.recordedUpTo,
    toRecordedUpTo: pair.newer.recordedUpTo,
  });
  const t: TFunction = (key, options) => translate(lang, key, options);
  return {
    spec: digestPanel(digest, lang, digestPanelLabels(t, lang, pair.older, pair.newer), {
      ...data.context,
      sources: vintageSources(older, newer),
    }),
    since: formatDate(pair.older.recordedUpTo, lang),
  };
}

function pledgeSpec(
  panelId: string,
  rows: readonly ProgramRow[],
  query: string,
  data: PackData,
  lang: Lang,
  t: TFunction<'panels'>,
) {
  const { view } = parseView(query);
  const groupBy: Grouping = view.groupBy ?? (panelId === 'composition-by-strategy' ? 'strategy' : 'institution');
  const filters = view.filters;
  const items = rows.map((row) => ({ ...row, status: row.assessment.status }));
  const shownIds = new Set(applyFilters(items, filters).map((row) => row.program.id));
  const programs = rows.map((row) => row.program);
  const filtersText = filtersInWords(filters, data, lang);
  const names = { institutions: data.institutions, strategies: data.strategies };
  const group = groupBy === 'strategy' ? t('groupStrategy') : t('groupInstitution');
  const context = { ...data.context, filtersText };
  if (panelId === 'pledged-vs-reported') {
    const panel = pledgedVsReportedPanel(
      programs,
      shownIds,
      data.asOf,
      groupBy,
      names,
      lang,
      {
        title: t('pledged.title'),
        subtitle: '',
        program: t('pledged.program'),
        group: t('col.group'),
        pledged: t('pledged.pledged'),
        counted: t('pledged.counted'),
        reportedBasis: {
          approved: t('pledged.reportedBasis.approved'),
          disbursed: t('pledged.reportedBasis.disbursed'),
          balance: t('pledged.reportedBasis.balance'),
        },
        illustrative: t('common:illustrative'),
        noData: t('pledged.noData'),
        sharedNote: (amount: number, names: string) =>
          t('pledged.sharedNote', { amount: formatKrw(amount, lang), names }),
      },
      context,
    );
    const subtitle = t('pledged.subtitle', {
      count: panel.truncatedFrom ?? panel.rows.length,
      group: group.toLowerCase(),
      filters: filtersText,
    });
    return { ...panel, subtitle };
  }
  return compositionPanel(
    programs,
    shownIds,
    data.asOf,
    groupBy,
    names,
    lang,
    {
      title: t('composition.title', { group: group.toLowerCase() }),
      subtitle: t('composition.subtitle', { filters: filtersText }),
      group,
      pledged: t('pledged.pledged'),
      programs: t('composition.programs'),
      others: (count) => t('composition.others', { count }),
    },
    context,
  );
}

/** What a takeaway needs besides the spec: the pledge of a progress path, the date a digest starts from. */
interface TakeawayContext {
  program?: Program | undefined;
  /** The digest's comparison date, in words. */
  since?: string | undefined;
}

/** "Since <date>: N changes; largest revision <Δ>, <pledge · date>": the first bar is the largest. */
function digestTakeaway(spec: PanelData, lang: Lang, since: string): string {
  const count = spec.truncatedFrom ?? spec.rows.length;
  const name = spec.chart.x.values[0];
  const largest = spec.chart.series.find((series) => (series.points[0]?.value ?? null) !== null);
  const value = largest?.points[0]?.value;
  if (name === undefined || !largest || value === undefined || value === null)
    return pt(lang, 'suggest.digest', { count, date: since });
  return pt(lang, largest.key === 'revised' ? 'suggest.digestRevised' : 'suggest.digestAdded', {
    count,
    date: since,
    name,
    value: formatKrw(value, lang, { signed: largest.key === 'revised' }),
  });
}

/** A takeaway that holds for the figures shown: built from the spec's own values. */
export function suggestTakeaway(spec: PanelData, lang: Lang, about: TakeawayContext = {}): string {
  const { program } = about;
  const money = (value: number) => exactValue(value, spec.chart.y.unit, lang);
  if (spec.empty && spec.panelId === 'digest' && about.since !== undefined)
    return pt(lang, 'suggest.digestNone', { date: about.since });
  if (spec.empty) return pt(lang, 'suggest.none');
  if (spec.panelId === 'digest' && about.since !== undefined) return digestTakeaway(spec, lang, about.since);
  if (spec.panelId === 'pledged-vs-reported') {
    // The counted (net) amounts: the bars add up to the tally, each won once.
    const pledged = spec.chart.series.find((series) => series.role === 'target')?.points ?? [];
    const reported = spec.chart.series.filter((series) => series.role === 'value');
    const withFigure = spec.chart.x.values.filter((_, index) =>
      reported.some((series) => (series.points[index]?.value ?? null) !== null),
    ).length;
    return pt(lang, 'suggest.pledged', {
      count: spec.rows.length,
      pledged: formatKrw(
        pledged.reduce((sum, point) => sum + (point.value ?? 0), 0),
        lang,
      ),
      reported: withFigure,
    });
  }
  if (spec.panelId.startsWith('composition-by-')) {
    const points = spec.chart.series[0]?.points ?? [];
    const total = points.reduce((sum, point) => sum + (point.value ?? 0), 0);
    let best = 0;
    points.forEach((point, index) => {
      if ((point.value ?? 0) > (points[best]?.value ?? 0)) best = index;
    });
    return pt(lang, 'suggest.composition', {
      group: spec.chart.x.values[best] ?? '',
      value: money(points[best]?.value ?? 0),
      total: money(total),
    });
  }
  if (spec.panelId.startsWith('progress-') && program) {
    const name = localized(program.name, lang);
    const { unit } = kindOf(program.commitment);
    const target = unit === 'krw-eok' || unit === 'count' ? exactValue(targetOf(program.commitment), unit, lang) : '';
    const reported = spec.chart.series.find((series) => series.role === 'value')?.points ?? [];
    const last = [...reported.keys()].reverse().find((index) => reported[index]?.value !== null);
    if (last === undefined) return pt(lang, 'suggest.pathNone', { name, target });
    return pt(lang, 'suggest.pathReported', {
      name,
      target,
      value: money(reported[last]?.value ?? 0),
      date: formatDate(spec.chart.x.values[last] ?? '', lang),
    });
  }
  const series = spec.chart.series.find((item) => item.role === 'value');
  if (!series) return spec.title;
  const last = [...series.points.keys()].reverse().find((index) => series.points[index]?.value !== null);
  if (last === undefined) return spec.title;
  const value = money(series.points[last]?.value ?? 0);
  const x = spec.chart.x.values[last] ?? '';
  return spec.chart.x.kind === 'date'
    ? pt(lang, 'suggest.level', { series: series.label, value, date: formatDate(x, lang) })
    : pt(lang, 'suggest.change', { series: series.label, value, period: x });
}

/** The registered panel (app/panel-registry.ts) a pinned item names, if any. */
export function findPanel(
  panelId: string,
):
  | { section: 'context'; definition: IndicatorPanelDefinition }
  | { section: 'pledges'; key: PledgePanelKey }
  | { section: 'program' }
  | { section: 'digest' }
  | null {
  const context = contextPanels.find((definition) => indicatorPanelId(definition) === panelId);
  if (context) return { section: 'context', definition: context };
  const pledge = pledgePanels.find((panel) => panel.matches(panelId));
  if (pledge) return { section: 'pledges', key: pledge.key };
  if (panelId.startsWith('progress-')) return { section: 'program' };
  if (panelId === 'digest') return { section: 'digest' };
  return null;
}

/** Every item of the pack as a spec in `lang`, or the reason it cannot be drawn. */
export function resolvePackItems(items: readonly PackItem[], data: PackData, lang: Lang): ResolvedItem[] {
  const t: TFunction<'panels'> = (key, options) => translate<'panels'>(lang, key, options, 'panels');
  const rows = buildProgramRows(data.programs, data.institutions, data.strategies, data.asOf, lang);
  return items.map((item) => {
    let spec: PanelData | null = null;
    let program: Program | undefined;
    let since: string | undefined;
    const panel = findPanel(item.panelId);
    if (panel?.section === 'digest') {
      const digest = digestSpec(item.query, data.digest, data, lang);
      spec = digest?.spec ?? null;
      since = digest?.since;
    } else if (panel?.section === 'pledges') {
      spec = pledgeSpec(item.panelId, rows, item.query, data, lang, t);
    } else if (panel?.section === 'program') {
      const row = rows.find((entry) => `progress-${entry.program.id}` === item.panelId);
      if (row) {
        program = row.program;
        const basis = row.assessment.pace?.basis ?? (row.program.plans.length > 0 ? 'annual-plan' : 'linear');
        spec = progressPathPanel(
          row.program,
          data.asOf,
          lang,
          {
            title: t('path.title'),
            subtitle: t('path.subtitle', {
              name: localized(row.program.name, lang),
              basis: t(`status:basis.${basis}`),
            }),
            date: t('path.date'),
            reported: t('path.reported'),
            expected: t('path.expected'),
            asOf: t('path.asOf'),
          },
          data.context,
        );
      }
    } else {
      const indicator = panel?.section === 'context' ? data.indicators.get(panel.definition.indicatorId) : undefined;
      if (panel?.section === 'context' && indicator)
        spec = indicatorPanelSpec(
          panel.definition,
          indicator,
          data.asOf,
          lang,
          labelsFor(panel.definition, t, lang),
          data.context,
        );
    }
    if (!spec) return { item, spec: null, suggestion: '' };
    return { item, spec, suggestion: suggestTakeaway(spec, lang, { program, since }) };
  });
}
