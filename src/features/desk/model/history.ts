// A subject's event log (oldest first) as the history reads it: each event with the figure it
// is about (value, date, series, source — from the event that recorded it) and what that figure
// replaces. The log is append-only, so a decision finds its figure's recording earlier on.
import * as z from 'zod/mini';
import { deskSourceSchema, type DeskEvent, type DeskSource } from '../../../lib/desk-schemas';

const recordedBodySchema = z.object({
  date: z.string(),
  value: z.number(),
  seriesId: z.optional(z.string()),
  source: z.optional(deskSourceSchema),
});

export interface HistoryFigure {
  id: string;
  date: string;
  value: number;
  seriesId?: string;
  source?: DeskSource;
  recordedBy: string;
}

export type Supersedes =
  | { kind: 'nothing' }
  | { kind: 'dataset'; date: string }
  | { kind: 'figure'; figure: HistoryFigure }
  | { kind: 'unknown'; id: string };

export interface HistoryEntry {
  seq: number;
  type: DeskEvent['type'];
  actor: string;
  at: string;
  figureId: string;
  /** The figure as recorded; undefined when its recording is not in the log or unreadable. */
  figure?: HistoryFigure;
  reason?: string;
  supersedes: Supersedes;
  importId: string | null;
}

export function historyEntries(events: readonly DeskEvent[]): HistoryEntry[] {
  const figures = new Map<string, HistoryFigure>();
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  return ordered.map((event) => {
    if (event.type === 'recorded') {
      const body = recordedBodySchema.safeParse(event.body);
      if (body.success)
        figures.set(event.figureId, {
          id: event.figureId,
          date: body.data.date,
          value: body.data.value,
          ...(body.data.seriesId ? { seriesId: body.data.seriesId } : {}),
          ...(body.data.source ? { source: body.data.source } : {}),
          recordedBy: event.actor,
        });
    }
    const reason: unknown = event.body.reason;
    const figure = figures.get(event.figureId);
    return {
      seq: event.seq,
      type: event.type,
      actor: event.actor,
      at: event.at,
      figureId: event.figureId,
      ...(figure ? { figure } : {}),
      ...(typeof reason === 'string' ? { reason } : {}),
      supersedes: supersedesOf(event.supersedes, figures),
      importId: event.importId,
    };
  });
}

function supersedesOf(supersedes: string | null, figures: ReadonlyMap<string, HistoryFigure>): Supersedes {
  if (supersedes === null) return { kind: 'nothing' };
  const dataset = /^dataset:(\d{4}-\d{2}-\d{2})$/.exec(supersedes);
  if (dataset?.[1]) return { kind: 'dataset', date: dataset[1] };
  const figure = figures.get(supersedes);
  return figure ? { kind: 'figure', figure } : { kind: 'unknown', id: supersedes };
}

/** "2026-10-28T09:30:12.345Z" → its UTC day and "09:30". */
export function eventTime(at: string): { date: string; time: string } {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(at);
  return match?.[1] && match[2] ? { date: match[1], time: match[2] } : { date: at, time: '' };
}
