// The one ledger every tally and chart reads: money over a selection of programs with each won
// counted once. A parent's commitment *is* its children, so a child whose ancestor is counted
// adds nothing; money two counted trees share (each group's 10조 inside the National Growth
// Fund's 150조) is deducted once — and never more than either side holds, so one won is never
// removed twice. Only like money is added: a reported total is kept per money basis.
import type { MoneyBasis, Program } from '../../../lib/schemas';
import { latestPoint } from './progress';

export interface Ledger {
  /** Each won once. */
  net: number;
  /** The selected rows' amounts added up as they stand (every level of every tree). */
  rowSum: number;
  /** Part of `rowSum` skipped because an ancestor was counted. */
  nestedExcluded: number;
  /** Money two counted trees share, deducted once. */
  sharedDeducted: number;
  /** The programs whose amounts make up `net` (the top-most selected of each tree). */
  counted: string[];
  /** Each counted program's contribution before shared money is deducted. */
  valueOf: ReadonlyMap<string, number>;
  /**
   * Each counted program's share of `net`: shared money is counted under the tree that
   * declares the overlap (the group's 10조 stays with the group) and taken off the other
   * (the fund). These add up to `net` exactly, so a chart of them adds up to the tally.
   */
  netOf: ReadonlyMap<string, number>;
}

/** A commitment's kind of money: a pledged supply unless it says it is a fund's size. */
export function commitmentBasis(program: Program): MoneyBasis | null {
  if (program.commitment.kind !== 'amount') return null;
  return program.commitment.moneyBasis ?? 'pledged';
}

/** A reading's kind of money: money supplied (disbursed) unless it says otherwise. */
export function readingBasis(point: Program['progress'][number]): MoneyBasis {
  return point.moneyBasis ?? 'disbursed';
}

interface ProgramIndex {
  byId: Map<string, Program>;
  ancestors: Map<string, readonly string[]>;
  /**
   * Each program's rolled-up reading, by "as-of date, basis": it does not depend on the
   * selection, so a filter change sums the readings again without rolling them up again.
   */
  rolled: Map<string, Map<string, RolledUpValue>>;
}
const indexes = new WeakMap<readonly Program[], ProgramIndex>();

/** Lookups over one list of programs, built once per list (lists are never mutated). */
function indexOf(programs: readonly Program[]): ProgramIndex {
  let index = indexes.get(programs);
  if (!index) {
    index = {
      byId: new Map(programs.map((program) => [program.id, program])),
      ancestors: new Map(),
      rolled: new Map(),
    };
    indexes.set(programs, index);
  }
  return index;
}

/** A program of the list by id (the list's index, built once). */
export function programsById(programs: readonly Program[]): ReadonlyMap<string, Program> {
  return indexOf(programs).byId;
}

function ancestorsOf(program: Program, index: ProgramIndex): readonly string[] {
  let ancestors = index.ancestors.get(program.id);
  if (ancestors) return ancestors;
  const found: string[] = [];
  const seen = new Set<string>([program.id]);
  let parentId = program.parentId;
  while (parentId && !seen.has(parentId)) {
    found.push(parentId);
    seen.add(parentId);
    parentId = index.byId.get(parentId)?.parentId ?? null;
  }
  ancestors = found;
  index.ancestors.set(program.id, ancestors);
  return ancestors;
}

/** The selected programs none of whose ancestors is selected. */
export function topLevelSelection(programs: readonly Program[], selectedIds: ReadonlySet<string>): Program[] {
  const index = indexOf(programs);
  return programs.filter(
    (program) => selectedIds.has(program.id) && !ancestorsOf(program, index).some((id) => selectedIds.has(id)),
  );
}

/** The counted root a program sits in (itself or an ancestor), or null. */
function rootOf(programId: string, rootIds: ReadonlySet<string>, index: ProgramIndex): string | null {
  if (rootIds.has(programId)) return programId;
  const program = index.byId.get(programId);
  if (!program) return null;
  return ancestorsOf(program, index).find((id) => rootIds.has(id)) ?? null;
}

/**
 * The ledger of `value` over a selection. `value(program)` is what a program holds (its target,
 * or its latest reading of one basis); `include` says which programs take part (amounts only).
 * Pass every program, not only the selected ones: ancestry runs through programs the filters
 * leave out.
 */
export function ledgerOf(
  programs: readonly Program[],
  selectedIds: ReadonlySet<string>,
  value: (program: Program) => number,
  include: (program: Program) => boolean = (program) => program.commitment.kind === 'amount',
): Ledger {
  const index = indexOf(programs);
  const selected = programs.filter((program) => selectedIds.has(program.id) && include(program));
  const rowSum = selected.reduce((sum, program) => sum + value(program), 0);
  const roots = topLevelSelection(programs, selectedIds).filter(include);
  const rootIds = new Set(roots.map((program) => program.id));
  const valueOf = new Map(roots.map((program) => [program.id, value(program)]));
  const rootsTotal = roots.reduce((sum, program) => sum + (valueOf.get(program.id) ?? 0), 0);

  // Shared money between two different counted trees, capped on both sides by what is left
  // of each program's value (so a target shared with five contributors loses at most itself).
  const left = new Map<string, number>();
  const remaining = (program: Program) => left.get(program.id) ?? value(program);
  const netOf = new Map(valueOf);
  let sharedDeducted = 0;
  const seenPairs = new Set<string>();
  for (const program of programs) {
    if (program.overlaps.length === 0 || !include(program)) continue;
    const rootA = rootOf(program.id, rootIds, index);
    if (!rootA) continue;
    for (const overlap of program.overlaps) {
      const other = index.byId.get(overlap.programId);
      if (!other || !include(other)) continue;
      const rootB = rootOf(other.id, rootIds, index);
      if (!rootB || rootB === rootA) continue;
      const pair = [program.id, other.id].sort().join('|');
      if (seenPairs.has(pair)) continue;
      seenPairs.add(pair);
      const deducted = Math.max(0, Math.min(overlap.amountEok, remaining(program), remaining(other)));
      left.set(program.id, remaining(program) - deducted);
      left.set(other.id, remaining(other) - deducted);
      netOf.set(rootB, (netOf.get(rootB) ?? 0) - deducted);
      sharedDeducted += deducted;
    }
  }
  return {
    netOf,
    net: rootsTotal - sharedDeducted,
    rowSum,
    nestedExcluded: rowSum - rootsTotal,
    sharedDeducted,
    counted: roots.map((program) => program.id),
    valueOf,
  };
}

/** Committed amounts (억원): targets over the selection, each won once. */
export function committedLedger(programs: readonly Program[], selectedIds: ReadonlySet<string>): Ledger {
  return ledgerOf(programs, selectedIds, (program) =>
    program.commitment.kind === 'amount' ? program.commitment.targetEok : 0,
  );
}

export interface RolledUpValue {
  value: number;
  /** own: the program's own reading; children: the sum of its children's; none: no reading. */
  from: 'own' | 'children' | 'none';
  /** True when some child has no reading, so the sum is a lower bound. */
  partial: boolean;
  date: string | null;
}

const NONE: RolledUpValue = { value: 0, from: 'none', partial: false, date: null };

/** A program's latest reading of one basis by `asOf`: its own, else its children's sum — never both. */
export function rolledUpReading(
  program: Program,
  byId: ReadonlyMap<string, Program>,
  asOf: string,
  basis: MoneyBasis,
  depth = 0,
): RolledUpValue {
  const own = latestPoint(program, asOf, (point) => readingBasis(point) === basis);
  if (own) return { value: own.value, from: 'own', partial: false, date: own.date };
  if (depth > 20) return NONE;
  let value = 0;
  let partial = false;
  let date: string | null = null;
  let any = false;
  for (const childId of program.childIds) {
    const child = byId.get(childId);
    if (!child) continue;
    const rolled = rolledUpReading(child, byId, asOf, basis, depth + 1);
    if (rolled.from === 'none') {
      partial = true;
      continue;
    }
    any = true;
    value += rolled.value;
    partial ||= rolled.partial;
    if (rolled.date && (!date || rolled.date > date)) date = rolled.date;
  }
  return any ? { value, from: 'children', partial, date } : NONE;
}

export const readingBases = ['approved', 'disbursed', 'balance'] as const satisfies readonly MoneyBasis[];
export type ReadingBasis = (typeof readingBases)[number];

export interface ReportedLedger extends Ledger {
  basis: ReadingBasis;
  /** Counted programs with a reading of this basis. */
  reporting: number;
  /** Newest date among the readings counted. */
  latestDate: string | null;
}

/** Latest reported amounts over the selection, one ledger per money basis (never added together). */
export function reportedLedgers(
  programs: readonly Program[],
  selectedIds: ReadonlySet<string>,
  asOf: string,
): ReportedLedger[] {
  const index = indexOf(programs);
  return readingBases.map((basis) => {
    const key = `${asOf} ${basis}`;
    let cache = index.rolled.get(key);
    if (!cache) {
      cache = new Map();
      index.rolled.set(key, cache);
    }
    const rolled = (program: Program) => {
      let value = cache.get(program.id);
      if (!value) {
        value = rolledUpReading(program, index.byId, asOf, basis);
        cache.set(program.id, value);
      }
      return value;
    };
    const ledger = ledgerOf(programs, selectedIds, (program) => rolled(program).value);
    let latestDate: string | null = null;
    let reporting = 0;
    for (const id of ledger.counted) {
      const program = index.byId.get(id);
      const value = program ? rolled(program) : NONE;
      if (value.from === 'none') continue;
      reporting += 1;
      if (value.date && (!latestDate || value.date > latestDate)) latestDate = value.date;
    }
    return { ...ledger, basis, reporting, latestDate };
  });
}

export interface PlanTally {
  year: number;
  /** Declared plans for the year, each won once; null when no counted pledge declared one. */
  value: number | null;
  /** Counted pledges (amounts) that declared a plan for the year, directly or through their parts. */
  declared: number;
  /** Counted pledges (amounts) in all. */
  of: number;
  /** Declared plans that cover only part of their pledge (one bank's lending, say). */
  partial: number;
  /** Money two counted plans both hold, deducted once. */
  sharedDeducted: number;
}

interface PlanValue {
  value: number;
  partial: number;
}

/** A program's plan for a year: its own, else the sum of its children's; null when none. */
function planOf(program: Program, byId: ReadonlyMap<string, Program>, year: number, depth = 0): PlanValue | null {
  const own = program.plans.find((plan) => plan.year === year);
  if (own) return { value: own.value, partial: own.scope ? 1 : 0 };
  if (depth > 20) return null;
  let any = false;
  const total: PlanValue = { value: 0, partial: 0 };
  for (const childId of program.childIds) {
    const child = byId.get(childId);
    const found = child ? planOf(child, byId, year, depth + 1) : null;
    if (!found) continue;
    any = true;
    total.value += found.value;
    total.partial += found.partial;
  }
  return any ? total : null;
}

/** Declared plans for `year` over the selection, each won once, with how many pledges declared one. */
export function planTally(programs: readonly Program[], selectedIds: ReadonlySet<string>, year: number): PlanTally {
  const index = indexOf(programs);
  const plans = new Map<string, PlanValue | null>();
  const plan = (program: Program) => {
    if (!plans.has(program.id)) plans.set(program.id, planOf(program, index.byId, year));
    return plans.get(program.id) ?? null;
  };
  const roots = topLevelSelection(programs, selectedIds).filter((program) => program.commitment.kind === 'amount');
  const declaring = roots.filter((program) => plan(program) !== null);
  const rootIds = new Set(roots.map((program) => program.id));
  // Plan money that another counted tree's plan also holds (Shinhan's 2조 to the fund).
  const left = new Map<string, number>();
  const remaining = (program: Program) => left.get(program.id) ?? plan(program)?.value ?? 0;
  let sharedDeducted = 0;
  for (const program of programs) {
    const own = program.plans.find((item) => item.year === year);
    if (!own?.overlaps?.length) continue;
    const rootA = rootOf(program.id, rootIds, index);
    if (!rootA) continue;
    for (const overlap of own.overlaps) {
      const other = index.byId.get(overlap.programId);
      if (!other || !plan(other)) continue;
      const rootB = rootOf(other.id, rootIds, index);
      if (!rootB || rootB === rootA) continue;
      const deducted = Math.max(0, Math.min(overlap.amountEok, remaining(program), remaining(other)));
      left.set(program.id, remaining(program) - deducted);
      left.set(other.id, remaining(other) - deducted);
      sharedDeducted += deducted;
    }
  }
  const sum = declaring.reduce((total, program) => total + (plan(program)?.value ?? 0), 0);
  return {
    year,
    value: declaring.length > 0 ? sum - sharedDeducted : null,
    declared: declaring.length,
    of: roots.length,
    partial: declaring.reduce((total, program) => total + (plan(program)?.partial ?? 0), 0),
    sharedDeducted,
  };
}
