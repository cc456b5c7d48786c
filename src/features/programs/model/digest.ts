// The change digest between two vintages (docs/api.md, "Vintages"): what moved since the last
// briefing. Composition changes (pledges added or removed) are kept apart from performance
// changes (figures, statuses, targets, disputes, series breaks): a pledge that enters the cut
// brings its figures with it, and they are never counted as that pledge's progress. Figures
// now overdue for an update are a third group (freshness). Pure: no clock; the cuts are passed.
import { kindOf, targetOf } from '../../../lib/commitment-kinds';
import type { KindUnit } from '../../../lib/commitment-kinds/kind-module';
import type { Indicator, LocalizedText, Meta, Program } from '../../../lib/schemas';
import type { PledgeStatus } from '../../../lib/view-state';
import { readingKeys, revisionInForce } from '../../../lib/vintages';
import { freshnessOf } from './freshness';
import { computeProgress } from './progress';
import { assessProgram } from './status';

export interface VintageView {
  meta: Meta;
  programs: readonly Program[];
  indicators: readonly Indicator[];
}

export type DigestGroup = 'composition' | 'performance' | 'freshness';

export type DigestKind =
  | 'pledge-added'
  | 'pledge-removed'
  | 'status-changed'
  | 'target-revised'
  | 'figure-revised'
  | 'figure-new'
  | 'figure-withdrawn'
  | 'dispute-new'
  | 'dispute-settled'
  | 'series-break'
  | 'overdue';

/** Where a reading lives: a program's collection, or an indicator series' points / breaks. */
export type Collection =
  'progress' | 'plans' | 'milestones' | 'events' | 'commitmentRevisions' | 'disputes' | 'points' | 'breaks';

export type DigestUnit = KindUnit;

export interface DigestRow {
  kind: DigestKind;
  group: DigestGroup;
  subject: { type: 'program' | 'indicator'; id: string; name: LocalizedText };
  /** The indicator series, for indicator points. */
  seriesId?: string;
  collection?: Collection;
  /** The reading's key in its collection (date and series). */
  key?: string;
  /** The date the reading describes (or the date of the step). */
  date?: string;
  label?: LocalizedText;
  before: number | null;
  after: number | null;
  /** after − before, and as a share of before (null when before is 0 or absent). */
  delta: number | null;
  deltaPercent: number | null;
  unit: DigestUnit;
  statusBefore?: PledgeStatus;
  statusAfter?: PledgeStatus;
  sourceIds: string[];
  /** The reading as in the newer vintage (or the program, for a pledge added): what applying needs. */
  payload?: DigestPayload;
  /** Lower is more important. */
  rank: number;
}

export interface Digest {
  from: { asOf: string; version: string };
  to: { asOf: string; version: string };
  rows: DigestRow[];
}

const RANK: Record<DigestKind, number> = {
  'status-changed': 0,
  'target-revised': 1,
  'pledge-added': 2,
  'pledge-removed': 2,
  'dispute-new': 3,
  'dispute-settled': 3,
  'figure-revised': 4,
  'figure-withdrawn': 4,
  'figure-new': 5,
  'series-break': 6,
  overdue: 7,
};

const STATUS_WEIGHT: Partial<Record<PledgeStatus, number>> = { behind: 0, overdue: 0, 'on-track': 2, ahead: 2 };

function unitOfProgram(program: Program): DigestUnit {
  return kindOf(program.commitment).unit;
}

type ProgressPoint = Program['progress'][number];
type Plan = Program['plans'][number];
type Milestone = Program['milestones'][number];
type ProgramEvent = NonNullable<Program['events']>[number];
type Revision = NonNullable<Program['commitmentRevisions']>[number];
type Dispute = Program['disputes'][number];
type Point = Indicator['series'][number]['points'][number];
type SeriesBreak = Indicator['breaks'][number];

/** The reading as in the newer vintage (what applying the change needs). */
export type DigestPayload =
  | { collection: 'progress'; item: ProgressPoint }
  | { collection: 'plans'; item: Plan }
  | { collection: 'milestones'; item: Milestone }
  | { collection: 'events'; item: ProgramEvent }
  | { collection: 'commitmentRevisions'; item: Revision }
  | { collection: 'disputes'; item: Dispute }
  | { collection: 'points'; item: Point }
  | { collection: 'breaks'; item: SeriesBreak }
  | { collection: 'program'; item: Program };

interface Spec<T> {
  collection: Collection;
  key: (item: T) => string;
  value: (item: T) => number | null;
  date: (item: T) => string | undefined;
  label: (item: T) => LocalizedText | undefined;
  sources: (item: T) => string[];
  wrap: (item: T) => DigestPayload;
  added: DigestKind;
  changed: (was: T, now: T) => DigestKind;
}

const revised = (): DigestKind => 'figure-revised';
const none = () => undefined;
const noValue = () => null;
const own = (item: { sourceIds: readonly string[] }) => [...item.sourceIds];

const specs = {
  progress: {
    collection: 'progress',
    key: readingKeys.progress,
    value: (item) => item.value,
    date: (item) => item.date,
    label: none,
    sources: own,
    wrap: (item) => ({ collection: 'progress', item }),
    added: 'figure-new',
    changed: revised,
  } satisfies Spec<ProgressPoint>,
  plans: {
    collection: 'plans',
    key: readingKeys.plan,
    value: (item) => item.value,
    date: (item) => `${item.year}-12-31`,
    label: (item) => item.scope,
    sources: own,
    wrap: (item) => ({ collection: 'plans', item }),
    added: 'figure-new',
    changed: revised,
  } satisfies Spec<Plan>,
  milestones: {
    collection: 'milestones',
    key: readingKeys.milestone,
    value: noValue,
    date: (item) => item.doneDate ?? item.dueDate,
    label: (item) => item.label,
    sources: own,
    wrap: (item) => ({ collection: 'milestones', item }),
    added: 'figure-new',
    changed: revised,
  } satisfies Spec<Milestone>,
  events: {
    collection: 'events',
    key: readingKeys.event,
    value: noValue,
    date: (item) => item.date,
    label: (item) => item.label,
    sources: own,
    wrap: (item) => ({ collection: 'events', item }),
    added: 'figure-new',
    changed: revised,
  } satisfies Spec<ProgramEvent>,
  commitmentRevisions: {
    collection: 'commitmentRevisions',
    key: readingKeys.revision,
    value: (item) => targetOf(item.commitment),
    date: (item) => item.date,
    label: none,
    sources: own,
    wrap: (item) => ({ collection: 'commitmentRevisions', item }),
    added: 'target-revised',
    changed: () => 'target-revised',
  } satisfies Spec<Revision>,
  disputes: {
    collection: 'disputes',
    key: readingKeys.dispute,
    value: noValue,
    date: (item) => item.settledAt ?? item.recordedAt,
    label: (item) => item.about,
    sources: (item) => [...new Set(item.claims.flatMap((claim) => claim.sourceIds))],
    wrap: (item) => ({ collection: 'disputes', item }),
    added: 'dispute-new',
    changed: (was, now) =>
      now.settledAt !== undefined && was.settledAt === undefined ? 'dispute-settled' : 'figure-revised',
  } satisfies Spec<Dispute>,
  points: {
    collection: 'points',
    key: readingKeys.point,
    value: (item) => item.value,
    date: (item) => item.date,
    label: (item) => item.label,
    sources: own,
    wrap: (item) => ({ collection: 'points', item }),
    added: 'figure-new',
    changed: revised,
  } satisfies Spec<Point>,
  breaks: {
    collection: 'breaks',
    key: readingKeys.break,
    value: noValue,
    date: (item) => item.date,
    label: (item) => item.label,
    sources: own,
    wrap: (item) => ({ collection: 'breaks', item }),
    added: 'series-break',
    changed: revised,
  } satisfies Spec<SeriesBreak>,
};

function numbers(before: number | null, after: number | null) {
  const delta = before !== null && after !== null ? after - before : null;
  const deltaPercent = delta !== null && before ? (delta / Math.abs(before)) * 100 : null;
  return { before, after, delta, deltaPercent };
}

// A cut keeps the readings it does not change as the same objects: compare by identity first.
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

interface DiffTarget {
  subject: DigestRow['subject'];
  unit: DigestUnit;
  seriesId?: string;
}

function diffCollection<T>(
  target: DiffTarget,
  spec: Spec<T>,
  older: readonly T[],
  newer: readonly T[],
  into: DigestRow[],
): void {
  // Vintages cut from one dataset share their reading objects: a reading present in both as the
  // same object is unchanged, so only the rest is keyed and compared (100,000 points: most).
  // Most collections did not move at all, and a series that did mostly grew at its end: the
  // shared run at the start is skipped without hashing it.
  let shared = 0;
  while (shared < older.length && shared < newer.length && older[shared] === newer[shared]) shared += 1;
  if (shared === older.length && shared === newer.length) return;
  const olderRest = older.slice(shared);
  const newerRest = newer.slice(shared);
  const inNewer = new Set(newerRest);
  const inOlder = new Set(olderRest);
  const before = new Map<string, T>();
  const after = new Map<string, T>();
  for (const item of olderRest) if (!inNewer.has(item)) before.set(spec.key(item), item);
  for (const item of newerRest) if (!inOlder.has(item)) after.set(spec.key(item), item);
  const row = (kind: DigestKind, key: string, item: T, was: T | undefined, now: T | undefined): DigestRow => {
    const date = spec.date(item);
    const label = spec.label(item);
    return {
      kind,
      group: 'performance',
      subject: target.subject,
      ...(target.seriesId ? { seriesId: target.seriesId } : {}),
      collection: spec.collection,
      key,
      ...(date ? { date } : {}),
      ...(label ? { label } : {}),
      ...numbers(was === undefined ? null : spec.value(was), now === undefined ? null : spec.value(now)),
      unit: spec.collection === 'disputes' || spec.collection === 'breaks' ? 'none' : target.unit,
      sourceIds: spec.sources(item),
      ...(now !== undefined ? { payload: spec.wrap(now) } : {}),
      rank: RANK[kind],
    };
  };
  for (const [key, now] of after) {
    const was = before.get(key);
    if (was === undefined) into.push(row(spec.added, key, now, undefined, now));
    else if (!same(was, now)) into.push(row(spec.changed(was, now), key, now, was, now));
  }
  for (const [key, was] of before) if (!after.has(key)) into.push(row('figure-withdrawn', key, was, was, undefined));
}

function diffProgram(older: Program, newer: Program, into: DigestRow[]): void {
  const target: DiffTarget = {
    subject: { type: 'program', id: newer.id, name: newer.name },
    unit: unitOfProgram(newer),
  };
  diffCollection(target, specs.progress, older.progress, newer.progress, into);
  diffCollection(target, specs.plans, older.plans, newer.plans, into);
  diffCollection(target, specs.milestones, older.milestones, newer.milestones, into);
  diffCollection(target, specs.events, older.events ?? [], newer.events ?? [], into);
  diffCollection(
    target,
    specs.commitmentRevisions,
    older.commitmentRevisions ?? [],
    newer.commitmentRevisions ?? [],
    into,
  );
  diffCollection(target, specs.disputes, older.disputes, newer.disputes, into);
}

function diffIndicator(older: Indicator, newer: Indicator, into: DigestRow[]): void {
  const subject = { type: 'indicator' as const, id: newer.id, name: newer.name };
  const unit: DigestUnit = newer.unit;
  for (const series of newer.series) {
    const was = older.series.find((candidate) => candidate.id === series.id)?.points ?? [];
    diffCollection({ subject, unit, seriesId: series.id }, specs.points, was, series.points, into);
  }
  diffCollection({ subject, unit }, specs.breaks, older.breaks, newer.breaks, into);
}

export interface DigestOptions {
  /** Each vintage's "recorded up to": a figure is overdue for an update when its next reading
   *  was due by the newer cut and had not been due by the older one. */
  fromRecordedUpTo: string;
  toRecordedUpTo: string;
}

function compareRows(a: DigestRow, b: DigestRow): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.kind === 'status-changed' && b.kind === 'status-changed') {
    const weight = (row: DigestRow) => (row.statusAfter && STATUS_WEIGHT[row.statusAfter]) ?? 4;
    if (weight(a) !== weight(b)) return weight(a) - weight(b);
  }
  const size = (row: DigestRow) =>
    row.deltaPercent !== null ? Math.abs(row.deltaPercent) : Math.abs(row.after ?? row.before ?? 0);
  if (size(a) !== size(b)) return size(b) - size(a);
  return `${a.subject.id}:${a.key ?? ''}`.localeCompare(`${b.subject.id}:${b.key ?? ''}`);
}

/** What changed from `older` to `newer`, most important first. */
export function computeDigest(older: VintageView, newer: VintageView, options: DigestOptions): Digest {
  const rows: DigestRow[] = [];
  const olderPrograms = new Map(older.programs.map((program) => [program.id, program]));
  const newerIds = new Set(newer.programs.map((program) => program.id));
  for (const program of newer.programs) {
    const was = olderPrograms.get(program.id);
    const subject = { type: 'program' as const, id: program.id, name: program.name };
    if (!was) {
      rows.push({
        kind: 'pledge-added',
        group: 'composition',
        subject,
        ...numbers(null, targetOf(program.commitment)),
        unit: unitOfProgram(program),
        sourceIds: [...program.commitmentFigure.sourceIds],
        payload: { collection: 'program', item: program },
        rank: RANK['pledge-added'],
      });
      continue;
    }
    diffProgram(was, program, rows);
    const statusBefore = assessProgram(was, older.meta.asOf).status;
    const statusAfter = assessProgram(program, newer.meta.asOf).status;
    if (statusBefore !== statusAfter) {
      const valueAt = (p: Program, asOf: string) => {
        const progress = computeProgress(p, asOf);
        return progress.kind === 'measured' ? progress.current : null;
      };
      rows.push({
        kind: 'status-changed',
        group: 'performance',
        subject,
        ...numbers(valueAt(was, older.meta.asOf), valueAt(program, newer.meta.asOf)),
        unit: unitOfProgram(program),
        statusBefore,
        statusAfter,
        sourceIds: [],
        rank: RANK['status-changed'],
      });
    }
    const freshBefore = freshnessOf(was, older.meta.asOf, options.fromRecordedUpTo);
    const freshNow = freshnessOf(program, newer.meta.asOf, options.toRecordedUpTo);
    if (freshNow?.updateDue && !freshBefore?.updateDue) {
      rows.push({
        kind: 'overdue',
        group: 'freshness',
        subject,
        ...(freshNow.nextDue ? { date: freshNow.nextDue } : {}),
        ...numbers(null, null),
        unit: 'none',
        sourceIds: [],
        rank: RANK.overdue,
      });
    }
  }
  for (const program of older.programs) {
    if (newerIds.has(program.id)) continue;
    rows.push({
      kind: 'pledge-removed',
      group: 'composition',
      subject: { type: 'program', id: program.id, name: program.name },
      ...numbers(targetOf(program.commitment), null),
      unit: unitOfProgram(program),
      sourceIds: [],
      rank: RANK['pledge-removed'],
    });
  }
  const olderIndicators = new Map(older.indicators.map((indicator) => [indicator.id, indicator]));
  for (const indicator of newer.indicators) {
    const was = olderIndicators.get(indicator.id) ?? { ...indicator, series: [], breaks: [] };
    diffIndicator(was, indicator, rows);
  }
  rows.sort(compareRows);
  return {
    from: { asOf: older.meta.asOf, version: older.meta.datasetVersion },
    to: { asOf: newer.meta.asOf, version: newer.meta.datasetVersion },
    rows,
  };
}

/** The collection with the reading of `key` replaced by `item` (or removed when absent). */
function patch<T>(items: readonly T[] | undefined, keyOf: (item: T) => string, key: string, item?: T): T[] {
  const rest = (items ?? []).filter((one) => keyOf(one) !== key);
  return item === undefined ? rest : [...rest, item];
}

function applyToProgram(program: Program, row: DigestRow): Program {
  const key = row.key ?? '';
  const payload = row.payload;
  switch (row.collection) {
    case 'progress':
      return {
        ...program,
        progress: patch(
          program.progress,
          readingKeys.progress,
          key,
          payload?.collection === 'progress' ? payload.item : undefined,
        ),
      };
    case 'plans':
      return {
        ...program,
        plans: patch(program.plans, readingKeys.plan, key, payload?.collection === 'plans' ? payload.item : undefined),
      };
    case 'milestones':
      return {
        ...program,
        milestones: patch(
          program.milestones,
          readingKeys.milestone,
          key,
          payload?.collection === 'milestones' ? payload.item : undefined,
        ),
      };
    case 'events':
      return {
        ...program,
        events: patch(
          program.events,
          readingKeys.event,
          key,
          payload?.collection === 'events' ? payload.item : undefined,
        ),
      };
    case 'commitmentRevisions':
      return {
        ...program,
        commitmentRevisions: patch(
          program.commitmentRevisions,
          readingKeys.revision,
          key,
          payload?.collection === 'commitmentRevisions' ? payload.item : undefined,
        ),
      };
    case 'disputes':
      return {
        ...program,
        disputes: patch(
          program.disputes,
          readingKeys.dispute,
          key,
          payload?.collection === 'disputes' ? payload.item : undefined,
        ),
      };
    default:
      return program;
  }
}

function applyToIndicator(indicator: Indicator, row: DigestRow): Indicator {
  const key = row.key ?? '';
  const payload = row.payload;
  if (row.collection === 'breaks')
    return {
      ...indicator,
      breaks: patch(
        indicator.breaks,
        readingKeys.break,
        key,
        payload?.collection === 'breaks' ? payload.item : undefined,
      ),
    };
  if (row.collection !== 'points') return indicator;
  const item = payload?.collection === 'points' ? payload.item : undefined;
  const series = indicator.series.map((one) =>
    one.id === row.seriesId ? { ...one, points: patch(one.points, readingKeys.point, key, item) } : one,
  );
  return { ...indicator, series };
}

/**
 * The newer vintage's records, rebuilt from the older one and the digest's changes (the
 * property the digest is tested by: nothing that changed is left out of it). Readings within a
 * collection come back in key order; statuses and overdue rows are derived and carry nothing.
 */
export function applyDigest(older: VintageView, digest: Digest, meta: Meta): VintageView {
  const programs = new Map<string, Program>(older.programs.map((program) => [program.id, program]));
  const indicators = new Map<string, Indicator>(older.indicators.map((indicator) => [indicator.id, indicator]));
  for (const row of digest.rows) {
    if (row.kind === 'pledge-added' && row.payload?.collection === 'program')
      programs.set(row.subject.id, row.payload.item);
    else if (row.kind === 'pledge-removed') programs.delete(row.subject.id);
    else if (row.subject.type === 'program') {
      const program = programs.get(row.subject.id);
      if (program) programs.set(program.id, applyToProgram(program, row));
    } else {
      const indicator = indicators.get(row.subject.id);
      if (indicator) indicators.set(indicator.id, applyToIndicator(indicator, row));
    }
  }
  // A revised target is in force from its date (as the cut puts it).
  for (const program of programs.values()) {
    const inForce = revisionInForce(program.commitmentRevisions, meta.asOf);
    if (inForce) programs.set(program.id, { ...program, commitment: inForce.commitment });
  }
  return { meta, programs: [...programs.values()], indicators: [...indicators.values()] };
}

/** Composition rows, performance rows and freshness rows, never mixed. */
export function digestGroups(digest: Digest): Record<DigestGroup, DigestRow[]> {
  return {
    composition: digest.rows.filter((row) => row.group === 'composition'),
    performance: digest.rows.filter((row) => row.group === 'performance'),
    freshness: digest.rows.filter((row) => row.group === 'freshness'),
  };
}
