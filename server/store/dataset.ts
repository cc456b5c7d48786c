// The seeded dataset, stored part by part on first start and never changed afterwards: new
// figures arrive as events (figures.ts). Every top-level field of the dataset is kept, whatever
// it is, so fields the contract adds later (src/lib/dataset.ts) are stored without a migration:
// a list of records with ids becomes one row per record, anything else one row.
import { readFileSync } from 'node:fs';
import { datasetSchema, type Dataset } from '../../src/lib/dataset';
import type { Queryable } from '../db';

interface Part {
  kind: string;
  id: string;
  body: unknown;
}

const hasId = (value: unknown): value is { id: string } =>
  typeof value === 'object' && value !== null && typeof Reflect.get(value, 'id') === 'string';

function parts(dataset: Dataset): Part[] {
  const rows: Part[] = [];
  for (const [field, value] of Object.entries(dataset)) {
    const items: unknown[] | undefined = Array.isArray(value) ? value : undefined;
    if (items?.every(hasId)) {
      rows.push({ kind: 'list', id: field, body: null });
      for (const item of items) rows.push({ kind: `item:${field}`, id: item.id, body: item });
    } else rows.push({ kind: 'value', id: field, body: value });
  }
  return rows;
}

export function readDatasetFile(path: string): Dataset {
  return datasetSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Stores the dataset when the database holds none yet; returns whether it did. */
export async function seedDataset(tx: Queryable, dataset: Dataset): Promise<boolean> {
  const existing = await tx.get('SELECT id FROM dataset_parts WHERE kind = ? AND id = ?', ['value', 'meta']);
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
  const rows = await db.all<{ kind: string; id: string; body: string }>(
    'SELECT kind, id, body FROM dataset_parts ORDER BY position',
  );
  const raw: Record<string, unknown> = {};
  for (const row of rows) {
    if (row.kind === 'value') raw[row.id] = JSON.parse(row.body) as unknown;
    else if (row.kind === 'list') raw[row.id] = [];
  }
  for (const row of rows) {
    if (!row.kind.startsWith('item:')) continue;
    const list = raw[row.kind.slice('item:'.length)];
    if (Array.isArray(list)) list.push(JSON.parse(row.body) as unknown);
  }
  if (!raw.meta) throw new Error('the database holds no dataset (was it seeded?)');
  return datasetSchema.parse(raw);
}
