// Figures as an append-only log of events: `recorded`, then `approved` or `rejected`. Nothing
// is updated in place. Each event takes the next version of its subject (a program or an
// indicator); the (subject, version) pair is unique, so of two writers who read the same
// version only one can append — the other is refused (412 when it named an older version in
// If-Match, 409 when it lost the race to the same one).
import { randomBytes } from 'node:crypto';
import { buildResources, type ApiResources, type Dataset } from '../../src/lib/dataset';
import type { FigureInput, Subject } from '../../src/lib/desk-figures';
import { deskFigureSchema, type DeskEvent, type DeskFigure } from '../../src/lib/desk-schemas';
import {
  indicatorsResponseSchema,
  metaSchema,
  programsResponseSchema,
  strategiesResponseSchema,
  type IndicatorPoint,
  type ProgressPoint,
} from '../../src/lib/schemas';
import { isUniqueViolation, type Db, type Queryable } from '../db';
import { HttpError } from '../errors';

interface EventRow {
  seq: number;
  subject: string;
  subject_version: number;
  figure_id: string;
  type: 'recorded' | 'approved' | 'rejected';
  actor_id: string;
  username: string;
  at: string;
  body: string;
  supersedes: string | null;
  import_id: string | null;
}

const eventColumns =
  'e.seq, e.subject, e.subject_version, e.figure_id, e.type, e.actor_id, u.username, e.at, e.body, e.supersedes, e.import_id';

export async function loadEvents(db: Queryable, where = '', params: (string | number)[] = []): Promise<EventRow[]> {
  const rows = await db.all<EventRow>(
    `SELECT ${eventColumns} FROM desk_events e JOIN users u ON u.id = e.actor_id ${where} ORDER BY e.seq`,
    params,
  );
  return rows.map((row) => ({ ...row, seq: Number(row.seq), subject_version: Number(row.subject_version) }));
}

export function toEvent(row: EventRow): DeskEvent {
  return {
    seq: row.seq,
    subject: row.subject,
    subjectVersion: row.subject_version,
    figureId: row.figure_id,
    type: row.type,
    actor: row.username,
    at: row.at,
    supersedes: row.supersedes,
    importId: row.import_id,
    body: JSON.parse(row.body) as Record<string, unknown>,
  };
}

interface FoldedFigure {
  id: string;
  subject: string;
  input: FigureInput;
  recordedSeq: number;
  recordedBy: string;
  recordedById: string;
  recordedAt: string;
  supersedes: string | null;
  importId: string | null;
  decision?: { type: 'approved' | 'rejected'; seq: number; by: string; at: string; reason?: string };
}

/** The figures the events describe, each with its latest decision (up to `cut`, when given). */
export function foldEvents(rows: readonly EventRow[], cut = Number.POSITIVE_INFINITY): FoldedFigure[] {
  const figures = new Map<string, FoldedFigure>();
  for (const row of rows) {
    if (row.seq > cut) break;
    if (row.type === 'recorded') {
      figures.set(row.figure_id, {
        id: row.figure_id,
        subject: row.subject,
        input: JSON.parse(row.body) as FigureInput,
        recordedSeq: row.seq,
        recordedBy: row.username,
        recordedById: row.actor_id,
        recordedAt: row.at,
        supersedes: row.supersedes,
        importId: row.import_id,
      });
    } else {
      const figure = figures.get(row.figure_id);
      if (!figure) continue;
      const { reason } = JSON.parse(row.body) as { reason?: string };
      figure.decision = { type: row.type, seq: row.seq, by: row.username, at: row.at, ...(reason ? { reason } : {}) };
    }
  }
  return [...figures.values()];
}

interface Reading {
  date: string;
  value: number;
}

function baseReadings(base: Dataset, subject: string, seriesId: string | undefined): Reading[] {
  const [kind, id] = subject.split(':');
  if (kind === 'program') return base.programs.find((program) => program.id === id)?.progress ?? [];
  const series = base.indicators.find((indicator) => indicator.id === id)?.series.find((s) => s.id === seriesId);
  return series?.points ?? [];
}

const spotOf = (subject: string, input: FigureInput) => `${subject}|${input.seriesId ?? ''}|${input.date}`;

/** Where each reading sits (subject, series, date) → the latest figure there not rejected. */
function spotsOf(figures: readonly FoldedFigure[]): Map<string, string> {
  const spots = new Map<string, string>();
  for (const figure of figures)
    if (figure.decision?.type !== 'rejected') spots.set(spotOf(figure.subject, figure.input), figure.id);
  return spots;
}

/** The reading a new one would replace: the latest approved or pending figure on that date,
 *  else the dataset's own reading of that date. */
function supersededBy(base: Dataset, spots: ReadonlyMap<string, string>, subject: string, input: FigureInput) {
  const earlier = spots.get(spotOf(subject, input));
  if (earlier) return earlier;
  return baseReadings(base, subject, input.seriesId).some((reading) => reading.date === input.date)
    ? `dataset:${input.date}`
    : null;
}

type ApprovedReadings = Map<string, { date: string; value: number; figureId: string | null }[]>;

/** The approved state, per subject and series: the dataset's readings with approved figures over them. */
function approvedReadings(base: Dataset, figures: readonly FoldedFigure[]): ApprovedReadings {
  const bySeries: ApprovedReadings = new Map();
  const readingsOf = (subject: string, seriesId: string | undefined) => {
    const key = `${subject}|${seriesId ?? ''}`;
    let readings = bySeries.get(key);
    if (!readings) {
      readings = baseReadings(base, subject, seriesId).map((reading) => ({ ...reading, figureId: null }));
      bySeries.set(key, readings);
    }
    return readings;
  };
  for (const figure of figures) {
    readingsOf(figure.subject, figure.input.seriesId);
    if (figure.decision?.type !== 'approved') continue;
    const readings = readingsOf(figure.subject, figure.input.seriesId);
    const kept = readings.filter((reading) => reading.date !== figure.input.date);
    kept.push({ date: figure.input.date, value: figure.input.value, figureId: figure.id });
    bySeries.set(`${figure.subject}|${figure.input.seriesId ?? ''}`, kept);
  }
  return bySeries;
}

function toDeskFigure(figure: FoldedFigure, approved: ApprovedReadings): DeskFigure {
  const { input } = figure;
  // What approving it would change: the latest approved reading up to its date (itself aside).
  let previousReading: { date: string; value: number } | undefined;
  for (const reading of approved.get(`${figure.subject}|${input.seriesId ?? ''}`) ?? [])
    if (
      reading.figureId !== figure.id &&
      reading.date <= input.date &&
      (!previousReading || reading.date >= previousReading.date)
    )
      previousReading = reading;
  const previous = previousReading?.value ?? null;
  const status = figure.decision?.type === 'approved' ? 'approved' : figure.decision ? 'rejected' : 'pending';
  return deskFigureSchema.parse({
    id: figure.id,
    subject: figure.subject,
    status,
    ...input,
    supersedes: figure.supersedes,
    recordedBy: figure.recordedBy,
    recordedAt: figure.recordedAt,
    ...(figure.decision
      ? {
          decidedBy: figure.decision.by,
          decidedAt: figure.decision.at,
          ...(figure.decision.reason ? { reason: figure.decision.reason } : {}),
        }
      : {}),
    importId: figure.importId,
    digest: { previous, next: input.value, change: previous === null ? null : input.value - previous },
  });
}

export async function listFigures(
  db: Queryable,
  base: Dataset,
  filter: { subject?: string; status?: DeskFigure['status']; importId?: string } = {},
): Promise<DeskFigure[]> {
  // A subject's figures need only its own events (its decisions carry the same subject).
  const events = filter.subject ? await loadEvents(db, 'WHERE e.subject = ?', [filter.subject]) : await loadEvents(db);
  const figures = foldEvents(events);
  const approved = approvedReadings(base, figures);
  return figures
    .filter((figure) => !filter.subject || figure.subject === filter.subject)
    .filter((figure) => !filter.importId || figure.importId === filter.importId)
    .map((figure) => toDeskFigure(figure, approved))
    .filter((figure) => !filter.status || figure.status === filter.status);
}

export async function subjectVersion(db: Queryable, subject: string): Promise<number> {
  const row = await db.get<{ version: number | null }>(
    'SELECT MAX(subject_version) AS version FROM desk_events WHERE subject = ?',
    [subject],
  );
  return Number(row?.version ?? 0);
}

function newId(prefix: string): string {
  return `${prefix}-${randomBytes(8).toString('hex')}`;
}

async function append(
  tx: Queryable,
  event: {
    subject: string;
    version: number;
    figureId: string;
    type: EventRow['type'];
    actorId: string;
    body: unknown;
    supersedes?: string | null;
    importId?: string | null;
  },
): Promise<void> {
  try {
    await tx.run(
      'INSERT INTO desk_events (subject, subject_version, figure_id, type, actor_id, at, body, supersedes, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [
        event.subject,
        event.version,
        event.figureId,
        event.type,
        event.actorId,
        new Date().toISOString(),
        JSON.stringify(event.body),
        event.supersedes ?? null,
        event.importId ?? null,
      ],
    );
  } catch (error) {
    if (isUniqueViolation(error))
      throw new HttpError(
        409,
        'conflict',
        `${event.subject} was changed by someone else at the same moment; reload and retry`,
      );
    throw error;
  }
}

export interface NewFigure {
  subject: Subject;
  input: FigureInput;
}

/** Records figures in one transaction: all are stored, or none. Returns their ids and the
 *  subjects' new versions. `ifMatch` (one subject only) refuses a stale version with 412. */
export async function recordFigures(
  db: Db,
  actorId: string,
  entries: readonly NewFigure[],
  options: { base: Dataset; ifMatch?: number; importId?: string; onProgress?: (done: number) => void },
): Promise<{ ids: string[]; versions: Map<string, number> }> {
  return db.transaction(async (tx) => {
    const subjects = [...new Set(entries.map((entry) => entry.subject.key))];
    const spots = spotsOf(
      foldEvents(
        subjects.length > 50
          ? await loadEvents(tx)
          : await loadEvents(tx, `WHERE e.subject IN (${subjects.map(() => '?').join(', ')})`, subjects),
      ),
    );
    const versions = new Map<string, number>();
    const ids: string[] = [];
    for (const [index, { subject, input }] of entries.entries()) {
      let version = versions.get(subject.key);
      if (version === undefined) {
        version = await subjectVersion(tx, subject.key);
        if (options.ifMatch !== undefined && options.ifMatch !== version)
          throw new HttpError(
            412,
            'stale-version',
            `${subject.key} is at version ${version}, not ${options.ifMatch}: someone changed it since you read it`,
            { version },
          );
      }
      const figureId = newId('fig');
      const supersedes = supersededBy(options.base, spots, subject.key, input);
      version += 1;
      await append(tx, {
        subject: subject.key,
        version,
        figureId,
        type: 'recorded',
        actorId,
        body: input,
        supersedes,
        importId: options.importId ?? null,
      });
      spots.set(spotOf(subject.key, input), figureId);
      versions.set(subject.key, version);
      ids.push(figureId);
      options.onProgress?.(index + 1);
    }
    return { ids, versions };
  });
}

export async function decideFigure(
  db: Db,
  actorId: string,
  figureId: string,
  decision: 'approve' | 'reject',
  reason: string | undefined,
  ifMatch: number | undefined,
): Promise<{ subject: string; version: number }> {
  return db.transaction(async (tx) => {
    const [figure] = foldEvents(await loadEvents(tx, 'WHERE e.figure_id = ?', [figureId]));
    if (!figure) throw new HttpError(404, 'not-found', `no figure ${figureId}`);
    if (figure.decision) throw new HttpError(409, 'already-decided', `${figureId} was already ${figure.decision.type}`);
    if (decision === 'approve' && figure.recordedById === actorId)
      throw new HttpError(403, 'four-eyes', 'a figure is approved by someone other than the person who recorded it');
    if (decision === 'reject' && !reason)
      throw new HttpError(422, 'invalid', 'a rejection needs a reason', {
        issues: [{ path: 'reason', message: 'required when rejecting' }],
      });
    const version = await subjectVersion(tx, figure.subject);
    if (ifMatch !== undefined && ifMatch !== version)
      throw new HttpError(412, 'stale-version', `${figure.subject} is at version ${version}, not ${ifMatch}`, {
        version,
      });
    await append(tx, {
      subject: figure.subject,
      version: version + 1,
      figureId,
      type: decision === 'approve' ? 'approved' : 'rejected',
      actorId,
      body: reason ? { reason } : {},
    });
    return { subject: figure.subject, version: version + 1 };
  });
}

/** The dataset with every figure approved up to event `cut` laid over it, as API resources,
 *  each checked against the read contract's schemas. */
export function assemble(
  base: Dataset,
  rows: readonly EventRow[],
  cut: number,
  vintage: { name: string; publishedAt: string } | null,
): ApiResources {
  const approved = foldEvents(rows, cut)
    .filter((figure) => figure.decision?.type === 'approved')
    .sort((a, b) => a.recordedSeq - b.recordedSeq);
  const dataset: Dataset = structuredClone(base);
  let asOf = dataset.meta.asOf;
  for (const figure of approved) {
    const { input } = figure;
    const sourceId = `desk-${figure.id.replace(/^fig-/, '')}`;
    dataset.sources.push({
      id: sourceId,
      publisher: input.source.publisher,
      title: input.source.title,
      ...(input.source.headline ? { headline: input.source.headline } : {}),
      date: input.source.date,
      url: input.source.url,
    });
    const figureFields = {
      provenance: input.provenance,
      sourceIds: [sourceId],
      ...(input.basis ? { basis: input.basis } : {}),
      ...(input.unverified ? { unverified: true } : {}),
      ...(input.moneyBasis ? { moneyBasis: input.moneyBasis } : {}),
    };
    const [kind, id] = figure.subject.split(':');
    if (kind === 'program') {
      const program = dataset.programs.find((candidate) => candidate.id === id);
      if (!program) continue;
      const point: ProgressPoint = { date: input.date, value: input.value, ...figureFields };
      program.progress = [...program.progress.filter((reading) => reading.date !== input.date), point].sort((a, b) =>
        a.date.localeCompare(b.date),
      );
    } else {
      const series = dataset.indicators
        .find((candidate) => candidate.id === id)
        ?.series.find((candidate) => candidate.id === input.seriesId);
      if (!series || !input.kind) continue;
      const point: IndicatorPoint = { date: input.date, value: input.value, kind: input.kind, ...figureFields };
      series.points = [
        ...series.points.filter((reading) => !(reading.date === input.date && reading.kind === input.kind)),
        point,
      ].sort((a, b) => a.date.localeCompare(b.date));
    }
    if (input.date > asOf) asOf = input.date;
  }
  if (vintage) {
    dataset.meta = { ...dataset.meta, asOf, datasetVersion: vintage.name, generatedAt: vintage.publishedAt };
  }
  const resources = buildResources(dataset);
  return {
    meta: metaSchema.parse(resources.meta),
    institutions: resources.institutions,
    strategies: strategiesResponseSchema.parse(resources.strategies),
    programs: programsResponseSchema.parse(resources.programs),
    indicators: indicatorsResponseSchema.parse(resources.indicators),
  };
}
