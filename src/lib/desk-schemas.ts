// The data desk's write contract (docs/api.md, "Data desk"): what staff send to record,
// review and publish figures, and what the server answers. Shared by the reference server
// (server/), and by MSW and the app's desk feature, so none of them can drift.
import './zod-config';
import * as z from 'zod/mini';
import { headlineSchema, localizedTextSchema, moneyBasisSchema, provenanceSchema } from './schemas';

const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'),
  z.refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
  }, 'not a calendar date'),
);
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'expected a lower-case id'));

/** Text a person typed: stored and returned as text, never markup. NUL is refused (PostgreSQL
 *  cannot store it); every other character, markup and quote included, is kept as typed. */
const text = (max: number) =>
  z.string().check(
    z.refine((value) => value.trim().length > 0, 'required'),
    z.maxLength(max, `at most ${max} characters`),
    z.refine((value) => !value.includes('\u0000'), 'contains a NUL character'),
  );

export const roleSchema = z.enum(['viewer', 'editor', 'approver']);

/** Text a person typed, in both languages (the read contract shows every text in both). */
const localizedText = (max: number) => z.object({ ko: text(max), en: text(max) });

/** The source every recorded figure must cite: publisher, title, date and address. */
export const deskSourceSchema = z.object({
  publisher: localizedText(200),
  /** What the source is, in each language. */
  title: localizedText(500),
  /** The original headline, as published, when it is known. */
  headline: z.optional(headlineSchema),
  date: z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM or YYYY-MM-DD')),
  url: z.string().check(
    z.maxLength(2000),
    z.refine((value) => /^https?:\/\/[^\s]+$/i.test(value), 'expected an http(s) address'),
  ),
});

const figureCommon = {
  /** The date the figure describes (not the day it was published). */
  date: isoDate,
  /** In the subject's unit: an integer count of 억원 for money, units for counts, percent. */
  value: z.number().check(z.refine(Number.isFinite, 'expected a finite number')),
  /** Required when the subject is money (a program's amount, a KRW indicator). */
  moneyBasis: z.optional(moneyBasisSchema),
  provenance: z.enum(['reported', 'derived']),
  /** How a derived figure was computed (required when derived). */
  basis: z.optional(localizedTextSchema),
  unverified: z.optional(z.boolean()),
  source: deskSourceSchema,
  note: z.optional(text(1000)),
};

/** A program (pledge) progress reading: cumulative, in the commitment's unit. */
export const programFigureInputSchema = z.object(figureCommon);

/** An indicator point, in one of the indicator's series. */
export const indicatorFigureInputSchema = z.object({
  ...figureCommon,
  seriesId: id,
  kind: z.enum(['month-end', 'day', 'year-end', 'period']),
});

export const subjectSchema = z
  .string()
  .check(z.regex(/^(program|indicator):[a-z0-9][a-z0-9-]{0,79}$/, 'expected program:<id> or indicator:<id>'));

export const figureStatusSchema = z.enum(['pending', 'approved', 'rejected']);

/** A recorded figure as the desk shows it, with its current review status. */
export const deskFigureSchema = z.object({
  id: z.string(),
  subject: subjectSchema,
  status: figureStatusSchema,
  date: isoDate,
  value: z.number(),
  seriesId: z.optional(z.string()),
  kind: z.optional(z.string()),
  moneyBasis: z.optional(moneyBasisSchema),
  provenance: provenanceSchema,
  basis: z.optional(localizedTextSchema),
  unverified: z.optional(z.boolean()),
  source: deskSourceSchema,
  note: z.optional(z.string()),
  /** The reading this one replaces: another figure's id, or `dataset:<date>` for a seeded one. */
  supersedes: z.nullable(z.string()),
  recordedBy: z.string(),
  recordedAt: z.string(),
  decidedBy: z.optional(z.string()),
  decidedAt: z.optional(z.string()),
  reason: z.optional(z.string()),
  importId: z.nullable(z.string()),
  /** What approving it would change: the reading it replaces (null when new) and the delta. */
  digest: z.object({ previous: z.nullable(z.number()), next: z.number(), change: z.nullable(z.number()) }),
});

export const subjectFiguresResponseSchema = z.object({
  subject: subjectSchema,
  /** The subject's version: send it back as `If-Match` to change the subject. */
  version: z.int(),
  figures: z.array(deskFigureSchema),
});

export const figuresResponseSchema = z.object({ figures: z.array(deskFigureSchema) });

export const decisionInputSchema = z.object({
  decision: z.enum(['approve', 'reject']),
  reason: z.optional(text(1000)),
});

export const deskEventSchema = z.object({
  seq: z.int(),
  subject: subjectSchema,
  subjectVersion: z.int(),
  figureId: z.string(),
  type: z.enum(['recorded', 'approved', 'rejected']),
  actor: z.string(),
  at: z.string(),
  supersedes: z.nullable(z.string()),
  importId: z.nullable(z.string()),
  body: z.record(z.string(), z.unknown()),
});

export const eventsResponseSchema = z.object({ events: z.array(deskEventSchema) });

export const vintageInputSchema = z.object({
  name: z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]{0,63}$/, 'expected a lower-case name (a-z, 0-9, ".", "-")')),
});

export const vintageSchema = z.object({
  id: z.string(),
  name: z.string(),
  upToSeq: z.int(),
  figureCount: z.int(),
  publishedBy: z.string(),
  publishedAt: z.string(),
});

export const vintagesResponseSchema = z.object({ vintages: z.array(vintageSchema) });

export const signInInputSchema = z.object({
  username: z.string().check(z.minLength(1), z.maxLength(100)),
  password: z.string().check(z.minLength(1), z.maxLength(1000)),
});

export const userSchema = z.object({ id: z.string(), username: z.string(), role: roleSchema });

export const sessionResponseSchema = z.object({
  user: userSchema,
  /** Send back as the `X-CSRF-Token` header on every change. */
  csrfToken: z.string(),
});

export const newUserInputSchema = z.object({
  username: z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'expected a lower-case user name')),
  password: z.string().check(z.minLength(12, 'at least 12 characters'), z.maxLength(1000)),
  role: roleSchema,
});

export const importRowErrorSchema = z.object({
  /** The CSV line (1 is the header). */
  line: z.int(),
  field: z.string(),
  message: z.string(),
});

export const importResponseSchema = z.object({
  importId: z.string(),
  figures: z.array(deskFigureSchema),
});

/** The body of every 4xx/5xx answer. `issues` names the fields (422) or rows (import). */
export const deskErrorSchema = z.object({
  error: z.string(),
  message: z.string(),
  issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  rows: z.optional(z.array(importRowErrorSchema)),
});

/** The CSV import's columns, in order. */
export const importColumns = [
  'subject',
  'series',
  'kind',
  'date',
  'value',
  'money_basis',
  'provenance',
  'basis_ko',
  'basis_en',
  'unverified',
  'source_publisher_ko',
  'source_publisher_en',
  'source_title_ko',
  'source_title_en',
  'source_date',
  'source_url',
  'note',
] as const;

export type Role = z.infer<typeof roleSchema>;
export type DeskSource = z.infer<typeof deskSourceSchema>;
export type ProgramFigureInput = z.infer<typeof programFigureInputSchema>;
export type IndicatorFigureInput = z.infer<typeof indicatorFigureInputSchema>;
export type DeskFigure = z.infer<typeof deskFigureSchema>;
export type DeskEvent = z.infer<typeof deskEventSchema>;
export type Vintage = z.infer<typeof vintageSchema>;
export type SessionResponse = z.infer<typeof sessionResponseSchema>;
export type NewUserInput = z.infer<typeof newUserInputSchema>;
export type ImportRowError = z.infer<typeof importRowErrorSchema>;
export type DeskError = z.infer<typeof deskErrorSchema>;
