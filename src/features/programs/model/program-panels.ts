// Pledge panels as panel data: pledged vs reported per program, composition by group,
// and one program's cumulative progress against its expected path. Each won counted once.
import { localized } from '../../../i18n/localized';
import { kindOf } from '../../../lib/commitment-kinds';
import type { Institution, Program, Strategy } from '../../../lib/schemas';
import { PANEL_SPEC_VERSION, type PanelData, type PanelRow, type SpecContext } from '../../../lib/panel-data';
import type { Grouping, Lang } from '../../../lib/view-state';
import { expectedAt } from './pace';
import { latestPoint } from './progress';
import {
  committedLedger,
  readingBasis,
  reportedLedgers,
  topLevelSelection,
  type Ledger,
  type ReadingBasis,
} from './ledger';
import { color } from '../../../lib/tokens';

/** Pledge panels follow the page's filters: the context says which, in words. */
export interface PledgeSpecContext extends SpecContext {
  filtersText: string;
}

export interface PledgePanelLabels {
  title: string;
  subtitle: string;
  program: string;
  group: string;
  pledged: string;
  counted: string;
  reportedBasis: Record<ReadingBasis, string>;
  illustrative: string;
  noData: string;
  /** "X of it is counted under <names>". */
  sharedNote: (amountEok: number, names: string) => string;
}

interface Names {
  institutions: readonly Institution[];
  strategies: readonly Strategy[];
}

/** The group a program is drawn under: its lead (first) institution, or its strategy. */
export function groupOf(program: Program, groupBy: Grouping, names: Names, lang: Lang): string {
  if (groupBy === 'strategy') {
    const strategy = names.strategies.find((item) => item.id === program.strategyId);
    return strategy ? localized(strategy.name, lang) : program.strategyId;
  }
  const lead = names.institutions.find((item) => item.id === program.institutionIds[0]);
  return lead ? localized(lead.name, lang) : (program.institutionIds[0] ?? '');
}

/** Plain code-unit order of ids (no locale: ids are ASCII and the order must not depend on one). */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Where a program's group comes in the drawing order, the same in both languages: the order the
 * dataset lists its institutions or strategies in (never the translated name), unknown groups
 * last by id.
 */
function groupOrder(program: Program, groupBy: Grouping, names: Names): [rank: number, id: string] {
  const id = (groupBy === 'strategy' ? program.strategyId : program.institutionIds[0]) ?? '';
  const list: readonly { id: string }[] = groupBy === 'strategy' ? names.strategies : names.institutions;
  const rank = list.findIndex((item) => item.id === id);
  return [rank < 0 ? list.length : rank, id];
}

/** Top-level amount programs of the selection: the set whose sum counts each won once. */
function countedAmountPrograms(programs: readonly Program[], shownIds: ReadonlySet<string>): Program[] {
  return topLevelSelection(programs, shownIds).filter((program) => program.commitment.kind === 'amount');
}

function pledgedOf(program: Program): number {
  return program.commitment.kind === 'amount' ? program.commitment.targetEok : 0;
}

/** More bars than this are unreadable (and too tall to export): the largest are drawn. */
export const MAX_BARS = 30;

export function pledgedVsReportedPanel(
  programs: readonly Program[],
  shownIds: ReadonlySet<string>,
  asOf: string,
  groupBy: Grouping,
  names: Names,
  lang: Lang,
  labels: PledgePanelLabels,
  context: PledgeSpecContext,
  maxBars = MAX_BARS,
): PanelData {
  // The same ledger as the tallies: each bar is a pledge's share of the committed total (shared
  // money counted once, under the pledge that declares it), so the bars add up to the tally.
  const ledger = committedLedger(programs, shownIds);
  const reported = reportedLedgers(programs, shownIds, asOf);
  const all = countedAmountPrograms(programs, shownIds);
  const netOf = (program: Program) => ledger.netOf.get(program.id) ?? 0;
  const kept = all.length > maxBars ? [...all].sort((a, b) => netOf(b) - netOf(a)).slice(0, maxBars) : all;
  const byId = new Map(programs.map((program) => [program.id, program]));
  const counted = kept
    .map((program) => ({
      program,
      group: groupOf(program, groupBy, names, lang),
      order: groupOrder(program, groupBy, names),
      readings: reported.map((entry) => ({
        basis: entry.basis,
        value: entry.reporting > 0 && entry.counted.includes(program.id) ? (entry.valueOf.get(program.id) ?? 0) : 0,
        point: latestPoint(program, asOf, (point) => readingBasis(point) === entry.basis),
      })),
    }))
    // By group (the dataset's order), then the largest first, then by id: the same order in
    // Korean and English.
    .sort(
      (a, b) =>
        a.order[0] - b.order[0] ||
        compareIds(a.order[1], b.order[1]) ||
        netOf(b.program) - netOf(a.program) ||
        compareIds(a.program.id, b.program.id),
    );
  const shownBases = reported.filter((entry) => entry.reporting > 0).map((entry) => entry.basis);
  const readingOf = (item: (typeof counted)[number], basis: ReadingBasis) =>
    item.readings.find((reading) => reading.basis === basis);
  const rows: PanelRow[] = counted.map((item) => {
    const { program } = item;
    const points = item.readings.flatMap((reading) => (reading.point ? [reading.point] : []));
    const shared = pledgedOf(program) - netOf(program);
    const notes = [
      ...(shared > 0 ? [labels.sharedNote(shared, sharedWith(program, byId, ledger, lang))] : []),
      ...(points.length === 0 ? [labels.noData] : []),
    ];
    return {
      id: program.id,
      cells: {
        program: localized(program.name, lang),
        group: item.group,
        pledged: pledgedOf(program),
        counted: netOf(program),
        ...Object.fromEntries(
          shownBases.map((basis) => {
            const reading = readingOf(item, basis);
            return [`reported-${basis}`, reading?.point || reading?.value ? (reading?.value ?? null) : null];
          }),
        ),
      },
      provenance: provenanceOf(
        points.map((point) => point.provenance),
        program.commitmentFigure.provenance,
      ),
      note: notes.length > 0 ? notes.join(' ') : undefined,
    };
  });
  const allPoints = counted.flatMap((item) =>
    item.readings.flatMap((reading) => (reading.point ? [reading.point] : [])),
  );
  const illustrative = allPoints.some((point) => point.provenance === 'illustrative');
  return {
    specVersion: PANEL_SPEC_VERSION,
    panelId: 'pledged-vs-reported',
    title: labels.title,
    subtitle: labels.subtitle,
    asOf,
    sources: uniqueSources(counted.map(({ program }) => program)),
    filters: { applies: true, text: context.filtersText },
    datasetVersion: context.datasetVersion,
    demo: context.demo,
    columns: [
      { key: 'program', label: labels.program },
      { key: 'group', label: labels.group },
      { key: 'pledged', label: labels.pledged, unit: 'krw-eok' },
      { key: 'counted', label: labels.counted, unit: 'krw-eok' },
      ...shownBases.map((basis) => ({
        key: `reported-${basis}`,
        label: labels.reportedBasis[basis],
        unit: 'krw-eok' as const,
      })),
    ],
    rows,
    chart: {
      type: 'bar',
      layout: 'vertical',
      x: {
        kind: 'category',
        label: labels.program,
        values: counted.map(({ program }) => localized(program.name, lang)),
      },
      y: { unit: 'krw-eok', fromZero: true },
      series: [
        {
          key: 'counted',
          label: labels.counted,
          color: color.series.pledged,
          role: 'target',
          style: 'solid',
          points: counted.map(({ program }) => ({
            value: netOf(program),
            provenance: program.commitmentFigure.provenance,
            sourceIds: program.commitmentFigure.sourceIds,
          })),
        },
        ...shownBases.map((basis) => ({
          key: `reported-${basis}`,
          label: illustrative ? `${labels.reportedBasis[basis]} (${labels.illustrative})` : labels.reportedBasis[basis],
          color: basis === 'approved' ? color.series.approved : color.series.reported,
          role: 'value' as const,
          style: illustrative ? ('hatched' as const) : ('solid' as const),
          points: counted.map((item) => {
            const reading = readingOf(item, basis);
            const value = reading?.point || reading?.value ? (reading?.value ?? null) : null;
            return {
              value,
              provenance: value === null ? null : (reading?.point?.provenance ?? 'derived'),
              ...(reading?.point ? { sourceIds: reading.point.sourceIds } : {}),
            };
          }),
        })),
      ],
      marks: [],
      notes: [],
    },
    containsIllustrative: illustrative,
    containsDerived: allPoints.some((point) => point.provenance === 'derived'),
    empty: rows.length === 0,
    ...(all.length > kept.length ? { truncatedFrom: all.length } : {}),
  };
}

/** The counted pledges whose declared overlaps took money off this one (for its note). */
function sharedWith(program: Program, byId: ReadonlyMap<string, Program>, ledger: Ledger, lang: Lang): string {
  const names: string[] = [];
  for (const id of ledger.counted) {
    const other = byId.get(id);
    if (!other || other.id === program.id) continue;
    const declares = (candidate: Program): boolean =>
      candidate.overlaps.some((overlap) => overlap.programId === program.id) ||
      candidate.childIds.some((childId) => {
        const child = byId.get(childId);
        return child ? declares(child) : false;
      });
    if (declares(other)) names.push(localized(other.name, lang));
  }
  return names.join(', ');
}

function provenanceOf(
  kinds: readonly PanelRow['provenance'][],
  fallback: PanelRow['provenance'],
): PanelRow['provenance'] {
  const unique = new Set(kinds);
  if (unique.size === 0) return fallback;
  if (unique.size > 1) return 'mixed';
  return kinds[0] ?? fallback;
}

export function compositionPanel(
  programs: readonly Program[],
  shownIds: ReadonlySet<string>,
  asOf: string,
  groupBy: Grouping,
  names: Names,
  lang: Lang,
  labels: Pick<PledgePanelLabels, 'title' | 'subtitle' | 'group' | 'pledged'> & {
    programs: string;
    others: (groups: number) => string;
  },
  context: PledgeSpecContext,
): PanelData {
  const totals = new Map<string, { pledged: number; count: number }>();
  const counted = countedAmountPrograms(programs, shownIds);
  for (const program of counted) {
    const group = groupOf(program, groupBy, names, lang);
    const entry = totals.get(group) ?? { pledged: 0, count: 0 };
    entry.pledged += pledgedOf(program);
    entry.count += 1;
    totals.set(group, entry);
  }
  const sorted = [...totals.entries()].sort((a, b) => b[1].pledged - a[1].pledged);
  const ordered =
    sorted.length > MAX_BARS
      ? [
          ...sorted.slice(0, MAX_BARS - 1),
          [
            labels.others(sorted.length - MAX_BARS + 1),
            sorted.slice(MAX_BARS - 1).reduce(
              (sum, [, entry]) => ({
                pledged: sum.pledged + entry.pledged,
                count: sum.count + entry.count,
              }),
              { pledged: 0, count: 0 },
            ),
          ] as const,
        ]
      : sorted;
  return {
    specVersion: PANEL_SPEC_VERSION,
    panelId: `composition-by-${groupBy}`,
    title: labels.title,
    subtitle: labels.subtitle,
    asOf,
    sources: uniqueSources(counted),
    filters: { applies: true, text: context.filtersText },
    datasetVersion: context.datasetVersion,
    demo: context.demo,
    columns: [
      { key: 'group', label: labels.group },
      { key: 'pledged', label: labels.pledged, unit: 'krw-eok' },
      { key: 'programs', label: labels.programs, unit: 'count' },
    ],
    rows: ordered.map(([group, entry]) => ({
      id: group,
      cells: { group, pledged: entry.pledged, programs: entry.count },
      provenance: 'reported',
    })),
    chart: {
      type: 'bar',
      layout: 'vertical',
      x: { kind: 'category', label: labels.group, values: ordered.map(([group]) => group) },
      y: { unit: 'krw-eok', fromZero: true },
      series: [
        {
          key: 'pledged',
          label: labels.pledged,
          color: color.series.pledged,
          role: 'target',
          style: 'solid',
          points: ordered.map(([, entry]) => ({ value: entry.pledged, provenance: 'reported' })),
        },
      ],
      marks: [],
      notes: [],
    },
    containsIllustrative: false,
    containsDerived: false,
    empty: ordered.length === 0,
  };
}

export interface PathLabels {
  title: string;
  subtitle: string;
  date: string;
  reported: string;
  expected: string;
  asOf: string;
}

/** Month ends from the period start to `asOf` (and the reported dates), expected vs reported. */
export function progressPathPanel(
  program: Program,
  asOf: string,
  lang: Lang,
  labels: PathLabels,
  context: SpecContext,
): PanelData {
  const end = asOf < program.period.end ? asOf : program.period.end;
  const dates = new Set<string>(program.progress.filter((point) => point.date <= asOf).map((point) => point.date));
  for (let year = Number(program.period.start.slice(0, 4)); year <= Number(end.slice(0, 4)); year += 1) {
    for (let month = 1; month <= 12; month += 1) {
      const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
      if (last >= program.period.start && last <= end) dates.add(last);
    }
  }
  dates.add(end);
  const sorted = [...dates].sort();
  const byDate = new Map(program.progress.map((point) => [point.date, point]));
  const data = sorted.map((date) => {
    const point = byDate.get(date);
    return { date, expected: expectedAt(program, date).expected, point };
  });
  const rows: PanelRow[] = data.map((datum) => ({
    id: datum.date,
    cells: {
      date: datum.date,
      reported: datum.point ? datum.point.value : null,
      expected: datum.expected,
    },
    provenance: datum.point?.provenance ?? 'derived',
  }));
  const illustrative = program.progress.some((point) => point.provenance === 'illustrative');
  const unit = kindOf(program.commitment).unit === 'count' ? 'count' : 'krw-eok';
  return {
    specVersion: PANEL_SPEC_VERSION,
    panelId: `progress-${program.id}`,
    title: labels.title,
    subtitle: labels.subtitle,
    asOf,
    sources: program.sources,
    // One pledge's path: the overview's filters do not shape it.
    filters: { applies: false },
    datasetVersion: context.datasetVersion,
    demo: context.demo,
    columns: [
      { key: 'date', label: labels.date },
      { key: 'reported', label: labels.reported, unit },
      { key: 'expected', label: labels.expected, unit },
    ],
    rows,
    chart: {
      type: 'line',
      layout: 'horizontal',
      x: { kind: 'date', label: labels.date, values: data.map((datum) => datum.date) },
      y: { unit, fromZero: true },
      series: [
        {
          key: 'reported',
          label: labels.reported,
          color: color.series.reported,
          role: 'value',
          style: illustrative ? 'hatched' : 'solid',
          points: data.map(({ point }) => ({
            value: point ? point.value : null,
            provenance: point?.provenance ?? null,
            ...(point ? { sourceIds: point.sourceIds } : {}),
          })),
        },
        {
          key: 'expected',
          label: labels.expected,
          color: color.series.expected,
          role: 'expected',
          style: 'dashed',
          points: data.map(({ expected }) => ({ value: expected, provenance: 'derived' })),
        },
      ],
      marks: [],
      notes: [{ kind: 'as-of', at: asOf, label: labels.asOf }],
    },
    containsIllustrative: illustrative,
    containsDerived: true,
    empty: program.progress.length === 0,
  };
}

function uniqueSources(programs: readonly Program[]) {
  const seen = new Map<string, Program['sources'][number]>();
  for (const program of programs) for (const source of program.sources) seen.set(source.id, source);
  return [...seen.values()];
}
