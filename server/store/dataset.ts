// The seeded dataset, stored part by part (one row per institution, program, indicator, …)
// on first start and never changed afterwards: new figures arrive as events (figures.ts).
import { readFileSync } from 'node:fs';
import { datasetSchema, type Dataset } from '../../src/lib/dataset';
import type { Queryable } from '../db';

type PartKind = 'meta' | 'institution' | 'initiative' | 'strategy' | 'source' | 'program' | 'indicator';

function parts(dataset: Dataset): { kind: PartKind; id: string; body: unknown }[] {
  return [
    { kind: 'meta' as const, id: 'meta', body: dataset.meta },
    ...dataset.institutions.map((body) => ({ kind: 'institution' as const, id: body.id, body })),
    ...dataset.initiatives.map((body) => ({ kind: 'initiative' as const, id: body.id, body })),
    ...dataset.strategies.map((body) => ({ kind: 'strategy' as const, id: body.id, body })),
    ...dataset.sources.map((body) => ({ kind: 'source' as const, id: body.id, body })),
    ...dataset.programs.map((body) => ({ kind: 'program' as const, id: body.id, body })),
    ...dataset.indicators.map((body) => ({ kind: 'indicator' as const, id: body.id, body })),
  ];
}

export function readDatasetFile(path: string): Dataset {
  return datasetSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Stores the dataset when the database holds none yet; returns whether it did. */
export async function seedDataset(tx: Queryable, dataset: Dataset): Promise<boolean> {
  const existing = await tx.get('SELECT id FROM dataset_parts WHERE kind = ?', ['meta']);
  if (existing) return false;
  let position = 0;
  for (const part of parts(dataset)) {
    await tx.run('INSERT INTO dataset_parts (kind, id, position, body) VALUES (?, ?, ?, ?)', [
      part.kind,
      part.id,
      position++,
      JSON.stringify(part.body),
    ]);
  }
  return true;
}

/** The seeded dataset, read back and checked against the contract. */
export async function loadDataset(db: Queryable): Promise<Dataset> {
  const rows = await db.all<{ kind: PartKind; body: string }>('SELECT kind, body FROM dataset_parts ORDER BY position');
  const of = (kind: PartKind) => rows.filter((row) => row.kind === kind).map((row) => JSON.parse(row.body) as unknown);
  const meta = of('meta')[0];
  if (!meta) throw new Error('the database holds no dataset (was it seeded?)');
  return datasetSchema.parse({
    meta,
    institutions: of('institution'),
    initiatives: of('initiative'),
    strategies: of('strategy'),
    sources: of('source'),
    programs: of('program'),
    indicators: of('indicator'),
  });
}
