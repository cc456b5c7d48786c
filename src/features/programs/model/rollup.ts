// Totals over a selection of programs that count every won once. A parent's commitment
// *is* its children, so a child whose ancestor is selected adds nothing; money two trees
// share (each group's 10조 inside the National Growth Fund's 150조) is deducted once.
import type { Program } from '../../../lib/schemas';
import { latestPoint } from './progress';

export interface Totals {
  /** Every selected amount added up, as a naive sum would. */
  gross: number;
  /** Each won once. */
  net: number;
  /** Part of gross skipped because an ancestor was also selected. */
  nestedExcluded: number;
  /** Part of gross deducted because two selected trees share it. */
  overlapDeducted: number;
  /** Ids whose amounts make up `net` (the top-most selected of each tree). */
  counted: string[];
}

function amountOf(program: Program): number {
  return program.commitment.kind === 'amount' ? program.commitment.targetEok : 0;
}

/**
 * Lookups over one list of programs, built once per list (the list is never mutated): a
 * filter change re-runs the totals over the same list, so only the selection is new work.
 */
interface ProgramIndex {
  byId: Map<string, Program>;
  ancestors: Map<string, readonly string[]>;
  /** Rolled-up reported value per program, per as-of date. */
  reported: Map<string, Map<string, RolledUpValue>>;
}
const indexes = new WeakMap<readonly Program[], ProgramIndex>();

function indexOf(programs: readonly Program[]): ProgramIndex {
  let index = indexes.get(programs);
  if (!index) {
    index = {
      byId: new Map(programs.map((program) => [program.id, program])),
      ancestors: new Map(),
      reported: new Map(),
    };
    indexes.set(programs, index);
  }
  return index;
}

function cachedAncestors(program: Program, index: ProgramIndex): readonly string[] {
  let ancestors = index.ancestors.get(program.id);
  if (!ancestors) {
    ancestors = ancestorsOf(program, index.byId);
    index.ancestors.set(program.id, ancestors);
  }
  return ancestors;
}

function ancestorsOf(program: Program, byId: ReadonlyMap<string, Program>): string[] {
  const ancestors: string[] = [];
  const seen = new Set<string>([program.id]);
  let parentId = program.parentId;
  while (parentId && !seen.has(parentId)) {
    ancestors.push(parentId);
    seen.add(parentId);
    parentId = byId.get(parentId)?.parentId ?? null;
  }
  return ancestors;
}

/** The selected programs none of whose ancestors is selected. */
export function topLevelSelection(programs: readonly Program[], selectedIds: ReadonlySet<string>): Program[] {
  const index = indexOf(programs);
  return programs.filter(
    (program) => selectedIds.has(program.id) && !cachedAncestors(program, index).some((id) => selectedIds.has(id)),
  );
}

function within(programId: string, rootIds: ReadonlySet<string>, index: ProgramIndex): boolean {
  const program = index.byId.get(programId);
  if (!program) return false;
  return rootIds.has(programId) || cachedAncestors(program, index).some((id) => rootIds.has(id));
}

/** Committed amounts (억원) over a selection: gross, and net of nesting and overlaps. */
export function committedTotals(programs: readonly Program[], selectedIds: ReadonlySet<string>): Totals {
  return totals(programs, selectedIds, amountOf);
}

/**
 * Latest reported amounts (억원) by `asOf`, rolled up the same way. Pass every program (not
 * only the selected ones): ancestry runs through programs the filters leave out.
 */
export function reportedTotals(programs: readonly Program[], selectedIds: ReadonlySet<string>, asOf: string): Totals {
  const index = indexOf(programs);
  let values = index.reported.get(asOf);
  if (!values) {
    values = new Map();
    index.reported.set(asOf, values);
  }
  const known = values;
  return totals(programs, selectedIds, (program) => {
    let rolled = known.get(program.id);
    if (!rolled) {
      rolled = rolledUpReported(program, index.byId, asOf);
      known.set(program.id, rolled);
    }
    return rolled.value;
  });
}

function totals(
  programs: readonly Program[],
  selectedIds: ReadonlySet<string>,
  valueOf: (program: Program) => number,
): Totals {
  const index = indexOf(programs);
  const selected = programs.filter((program) => selectedIds.has(program.id) && program.commitment.kind === 'amount');
  const gross = selected.reduce((sum, program) => sum + valueOf(program), 0);
  // Ancestry is looked up across all programs: an unselected parent still links a grandchild.
  const roots = topLevelSelection(programs, selectedIds).filter((program) => program.commitment.kind === 'amount');
  const rootIds = new Set(roots.map((program) => program.id));
  const rootsTotal = roots.reduce((sum, program) => sum + valueOf(program), 0);
  // Overlaps: money a program inside one counted tree shares with another counted tree.
  let overlapDeducted = 0;
  const seenPairs = new Set<string>();
  for (const program of programs) {
    if (program.overlaps.length === 0 || !within(program.id, rootIds, index)) continue;
    for (const overlap of program.overlaps) {
      if (!within(overlap.programId, rootIds, index)) continue;
      const pair = [program.id, overlap.programId].sort().join('|');
      if (seenPairs.has(pair)) continue;
      seenPairs.add(pair);
      // Only what is counted on both sides can be counted twice.
      const other = index.byId.get(overlap.programId);
      overlapDeducted += Math.min(overlap.amountEok, valueOf(program), other ? valueOf(other) : 0);
    }
  }
  return {
    gross,
    net: rootsTotal - overlapDeducted,
    nestedExcluded: gross - rootsTotal,
    overlapDeducted,
    counted: roots.map((program) => program.id),
  };
}

export interface RolledUpValue {
  value: number;
  /** own: the program's own report; children: the sum of its children's; none: no data. */
  from: 'own' | 'children' | 'none';
  /** True when some child has no data, so the sum is a lower bound. */
  partial: boolean;
  date: string | null;
}

/** A program's reported value: its own latest point, else the sum of its children's — never both. */
export function rolledUpReported(
  program: Program,
  byId: ReadonlyMap<string, Program>,
  asOf: string,
  depth = 0,
): RolledUpValue {
  const own = latestPoint(program, asOf);
  if (own) return { value: own.value, from: 'own', partial: false, date: own.date };
  const children = program.childIds.map((id) => byId.get(id)).filter((child): child is Program => !!child);
  if (children.length === 0 || depth > 20) return { value: 0, from: 'none', partial: false, date: null };
  let value = 0;
  let partial = false;
  let date: string | null = null;
  let any = false;
  for (const child of children) {
    const rolled = rolledUpReported(child, byId, asOf, depth + 1);
    if (rolled.from === 'none') {
      partial = true;
      continue;
    }
    any = true;
    value += rolled.value;
    partial ||= rolled.partial;
    if (rolled.date && (!date || rolled.date > date)) date = rolled.date;
  }
  return any ? { value, from: 'children', partial, date } : { value: 0, from: 'none', partial: false, date: null };
}

/**
 * A parent with no progress of its own gets the sum of its children's as its series: one
 * point per date on which every child has a reading (so it is never partial). The points
 * are derived — or illustrative when any part is — and say so in their basis.
 */
export function withRolledUpProgress(program: Program, byId: ReadonlyMap<string, Program>, depth = 0): Program {
  if (program.progress.length > 0 || program.childIds.length === 0 || depth > 20) return program;
  if (program.commitment.kind !== 'amount' && program.commitment.kind !== 'count') return program;
  const children = program.childIds
    .map((id) => byId.get(id))
    .filter((child): child is Program => !!child)
    .map((child) => withRolledUpProgress(child, byId, depth + 1));
  if (children.length === 0 || children.some((child) => child.progress.length === 0)) return program;
  const dates = [...new Set(children.flatMap((child) => child.progress.map((point) => point.date)))].sort();
  const progress: Program['progress'] = [];
  for (const date of dates) {
    const points = children.map((child) => latestPoint(child, date));
    if (points.some((point) => point === null)) continue;
    const present = points.filter((point): point is NonNullable<typeof point> => point !== null);
    progress.push({
      date,
      value: present.reduce((sum, point) => sum + point.value, 0),
      provenance: present.some((point) => point.provenance === 'illustrative') ? 'illustrative' : 'derived',
      sourceIds: [...new Set(present.flatMap((point) => point.sourceIds))],
      basis: {
        ko: `하위 공약의 합: ${children.map((child) => child.name.ko).join(' + ')}`,
        en: `Sum of its parts: ${children.map((child) => child.name.en).join(' + ')}`,
      },
    });
  }
  return { ...program, progress };
}
