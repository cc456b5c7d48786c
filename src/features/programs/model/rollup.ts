// A parent's progress series from its children's (totals over selections are the ledger's).
import { kindOf } from '../../../lib/commitment-kinds';
import type { Program } from '../../../lib/schemas';
import { readingBasis } from './ledger';
import { latestPoint } from './progress';

/**
 * A parent with no progress of its own gets the sum of its children's as its series: one
 * point per date on which every child has a reading (so it is never partial). The points
 * are derived — or illustrative when any part is — and say so in their basis.
 */
export function withRolledUpProgress(program: Program, byId: ReadonlyMap<string, Program>, depth = 0): Program {
  if (program.progress.length > 0 || program.childIds.length === 0 || depth > 20) return program;
  if (kindOf(program.commitment).measure !== 'cumulative') return program;
  const children = program.childIds
    .map((id) => byId.get(id))
    .filter((child): child is Program => !!child)
    .map((child) => withRolledUpProgress(child, byId, depth + 1));
  if (children.length === 0 || children.some((child) => child.progress.length === 0)) return program;
  // Only like money adds up: approvals and payments are never summed into one series.
  const bases = new Set(children.flatMap((child) => child.progress.map(readingBasis)));
  if (bases.size > 1) return program;
  const [basis] = bases;
  const dates = [...new Set(children.flatMap((child) => child.progress.map((point) => point.date)))].sort();
  const progress: Program['progress'] = [];
  for (const date of dates) {
    const points = children.map((child) => latestPoint(child, date));
    if (points.some((point) => point === null)) continue;
    const present = points.filter((point): point is NonNullable<typeof point> => point !== null);
    progress.push({
      date,
      value: present.reduce((sum, point) => sum + point.value, 0),
      ...(basis && basis !== 'disbursed' ? { moneyBasis: basis } : {}),
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
