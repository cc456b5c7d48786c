// Vintages: named, immutable cuts of the event log. A vintage holds every figure approved up
// to the moment it was published; the read API serves the newest one (or a named one).
import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildResources, type ApiResources, type Dataset } from '../../src/lib/dataset';
import type { Vintage } from '../../src/lib/desk-schemas';
import { prerenderSeedBody, staticApiFiles } from '../../src/lib/static-files';
import { vintageFiles, vintagesOf, type VintageCut } from '../../src/lib/vintages';
import { isUniqueViolation, type Db, type Queryable } from '../db';
import { HttpError } from '../errors';
import { assemble, foldEvents, loadEvents } from './figures';

interface VintageRow {
  id: string;
  name: string;
  up_to_seq: number;
  figure_count: number;
  username: string;
  published_at: string;
}

const vintageColumns = 'v.id, v.name, v.up_to_seq, v.figure_count, u.username, v.published_at';

function toVintage(row: VintageRow): Vintage {
  return {
    id: row.id,
    name: row.name,
    upToSeq: Number(row.up_to_seq),
    figureCount: Number(row.figure_count),
    publishedBy: row.username,
    publishedAt: row.published_at,
  };
}

export async function listVintages(db: Queryable): Promise<Vintage[]> {
  const rows = await db.all<VintageRow>(
    `SELECT ${vintageColumns} FROM vintages v JOIN users u ON u.id = v.published_by ORDER BY v.published_at DESC, v.id DESC`,
  );
  return rows.map(toVintage);
}

/** The newest vintage, or the one named; undefined when none (the seed is served). */
export async function findVintage(db: Queryable, name?: string): Promise<Vintage | undefined> {
  const row = name
    ? await db.get<VintageRow>(
        `SELECT ${vintageColumns} FROM vintages v JOIN users u ON u.id = v.published_by WHERE v.name = ?`,
        [name],
      )
    : await db.get<VintageRow>(
        `SELECT ${vintageColumns} FROM vintages v JOIN users u ON u.id = v.published_by ORDER BY v.published_at DESC, v.id DESC LIMIT 1`,
      );
  return row ? toVintage(row) : undefined;
}

export async function publishVintage(db: Db, actorId: string, name: string): Promise<Vintage> {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    const events = await loadEvents(tx);
    const cut = events.at(-1)?.seq ?? 0;
    const approved = foldEvents(events).filter((figure) => figure.decision?.type === 'approved').length;
    try {
      await tx.run(
        'INSERT INTO vintages (id, name, up_to_seq, figure_count, published_by, published_at) VALUES (?, ?, ?, ?, ?, ?)',
        [id, name, cut, approved, actorId, new Date().toISOString()],
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw new HttpError(409, 'vintage-exists', `a vintage named ${name} exists`);
      throw error;
    }
  });
  const vintage = await findVintage(db, name);
  if (!vintage) throw new Error('the vintage just published cannot be read back');
  return vintage;
}

export interface Published {
  key: string;
  vintage: Vintage | undefined;
  resources: ApiResources;
  /** data/v1/<name>.json → body, as the embedded mode reads them. */
  files: Map<string, string>;
  seed: string;
}

/** The resources of a vintage (or of the seed), built once per vintage: a vintage never changes. */
export class PublishedCache {
  private readonly entries = new Map<string, Published>();
  constructor(private readonly base: Dataset) {}

  async get(db: Queryable, vintage: Vintage | undefined): Promise<Published> {
    const key = vintage ? vintage.id : 'seed';
    const cached = this.entries.get(key);
    if (cached) return cached;
    const events = vintage ? await loadEvents(db, 'WHERE e.seq <= ?', [vintage.upToSeq]) : [];
    const resources = assemble(
      this.base,
      events,
      vintage?.upToSeq ?? 0,
      vintage ? { name: vintage.name, publishedAt: vintage.publishedAt } : null,
    );
    const files = staticApiFiles(resources);
    // The vintages of the embedded mode (docs/api.md, "Vintages"): the briefings seeded from the
    // dataset's dated facts, and this published state as the latest — so the overview's digest
    // and ghost marks compare against the server's newest figures, as they do without a server.
    const seeded = vintagesOf(this.base);
    const cuts: VintageCut[] = seeded.map((cut) =>
      cut.vintage.latest
        ? {
            ...cut,
            vintage: {
              ...cut.vintage,
              asOf: resources.meta.asOf,
              ...(vintage ? { recordedUpTo: vintage.publishedAt.slice(0, 10) } : {}),
            },
          }
        : cut,
    );
    const latest = cuts.at(-1)?.dataset;
    vintageFiles(cuts, (dataset) => (dataset === latest ? resources : buildResources(dataset)), 'data/v1', files);
    const published = { key, vintage, resources, files, seed: prerenderSeedBody(resources) };
    if (this.entries.size > 8) this.entries.clear();
    this.entries.set(key, published);
    return published;
  }
}

/**
 * Writes the embedded mode's files for a static deployment: data/v1/…, the prerender seed and,
 * when given, index.html with the overview prerendered from the same state (written last, so
 * the page never names data that is not there yet).
 */
export function writeStaticFiles(dir: string, published: Published, indexHtml?: string): void {
  const write = (name: string, body: string) => {
    const file = join(dir, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, body);
    renameSync(`${file}.tmp`, file);
  };
  for (const [name, body] of published.files) write(name, body);
  write('prerender-seed.json', published.seed);
  if (indexHtml !== undefined) write('index.html', indexHtml);
}
