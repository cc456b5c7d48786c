// The API contract (docs/api.md) as runtime schemas: the single source of truth for
// every type that crosses the network. The client parses every response with these.
//
// Money is never a float here: every KRW amount is an integer count of 억원
// (1억 = 10^8 won), the finest unit any published figure uses. 841.8689조 is 8_418_689.
import './zod-config';
import * as z from 'zod/mini';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'));
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'expected a lower-case id'));
const nonNegativeInt = z.int().check(z.minimum(0));

export const localizedTextSchema = z.object({
  ko: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});

export const provenanceSchema = z.enum(['reported', 'derived', 'illustrative']);

/**
 * What kind of money a figure is. Totals add only like with like: a pledged supply over five
 * years, a fund's size, a year's plan, an approval, money paid out and a balance are different.
 */
export const moneyBasisSchema = z.enum(['pledged', 'fund-size', 'planned', 'approved', 'disbursed', 'balance']);

/** A headline as published, in its own language (quoted as is, marked with its language). */
export const headlineSchema = z.object({
  text: z.string().check(z.minLength(1)),
  lang: z.enum(['ko', 'en']),
});

export const sourceSchema = z.object({
  id,
  publisher: localizedTextSchema,
  /** What the source is, in each language (a gloss, not a quotation). */
  title: localizedTextSchema,
  /** The original headline when it is known. */
  headline: z.optional(headlineSchema),
  /** Publication date; a month (YYYY-MM) when the day is not known. */
  date: z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM or YYYY-MM-DD')),
  url: z.optional(z.string()),
  note: z.optional(z.string()),
});

/** Where one figure comes from: its provenance and the sources that report (or ground) it. */
const figureFields = {
  provenance: provenanceSchema,
  sourceIds: z.array(id),
  /** How a derived figure was computed, or why an illustrative one exists. */
  basis: z.optional(localizedTextSchema),
  /** Reported by one outlet only and not confirmed elsewhere. */
  unverified: z.optional(z.boolean()),
  /** The date it was recorded (published); absent: recorded with the first vintage. A correction
   *  is a new reading of the same key (date and series) recorded later: it supersedes this one. */
  recordedAt: z.optional(isoDate),
};

export const metaSchema = z.object({
  apiVersion: z.literal(1),
  datasetVersion: z.string().check(z.minLength(1)),
  /** "Data as of": the newest date any reported figure describes (nothing is later). */
  asOf: isoDate,
  /** reported: reported and derived figures only (the default); demo: with illustrative progress. */
  dataset: z.optional(z.enum(['reported', 'demo'])),
  /** True when any figure in the dataset is illustrative (made up to exercise the UI). */
  containsIllustrative: z.boolean(),
  generatedAt: z.optional(z.string()),
  title: localizedTextSchema,
});

export const institutionKindSchema = z.enum([
  'financial-group',
  'bank',
  'government',
  'public-agency',
  'corporation',
  'fund',
]);

export const institutionSchema = z.object({
  id,
  name: localizedTextSchema,
  kind: institutionKindSchema,
});

export const initiativeSchema = z.object({
  id,
  name: localizedTextSchema,
  announced: isoDate,
});

export const strategySchema = z.object({
  id,
  initiativeId: id,
  name: localizedTextSchema,
});

export const commitmentSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('amount'),
    targetEok: nonNegativeInt,
    /** pledged (a supply promised over the period; the default) or fund-size. */
    moneyBasis: z.optional(moneyBasisSchema),
  }),
  z.object({
    kind: z.literal('count'),
    target: nonNegativeInt,
    unit: localizedTextSchema,
  }),
  z.object({
    kind: z.literal('share'),
    targetPercent: z.number().check(z.minimum(0), z.maximum(100)),
    of: localizedTextSchema,
  }),
  z.object({
    kind: z.literal('price-terms'),
    discountMinPercent: z.number().check(z.minimum(0), z.maximum(100)),
    discountMaxPercent: z.number().check(z.minimum(0), z.maximum(100)),
    of: localizedTextSchema,
  }),
  z.object({ kind: z.literal('milestone'), description: localizedTextSchema }),
]);

/** A cumulative reading toward the commitment, in the commitment's unit
 *  (억원 for amount, units for count, percent for share and price terms). */
export const progressPointSchema = z.object({
  date: isoDate,
  value: z.number(),
  /** For money: approved, disbursed (supplied) or balance. Absent means disbursed. */
  moneyBasis: z.optional(moneyBasisSchema),
  ...figureFields,
});

/** Money inside a plan that another program's plan also holds (Shinhan's 2조 to the fund). */
export const planOverlapSchema = z.object({
  programId: id,
  amountEok: nonNegativeInt,
});

export const annualPlanSchema = z.object({
  year: z.int().check(z.minimum(2000), z.maximum(2100)),
  /** Planned for that year alone, in the commitment's unit. */
  value: z.number().check(z.minimum(0)),
  /** Set when the plan covers only part of the pledge (e.g. one bank's lending only). */
  scope: z.optional(localizedTextSchema),
  overlaps: z.optional(z.array(planOverlapSchema)),
  ...figureFields,
});

export const milestoneSchema = z.object({
  id,
  label: localizedTextSchema,
  dueDate: z.optional(isoDate),
  /** Set when no source gives the due date: why this one is assumed. Never judged overdue. */
  dueDateAssumption: z.optional(localizedTextSchema),
  doneDate: z.optional(isoDate),
  ...figureFields,
});

/** A dated step a pledge took (launched, managers chosen, a unit set up). */
export const programEventSchema = z.object({
  date: isoDate,
  /** How much of `date` the source gives: a year (1961-01-01 stands for 1961), a decade
   *  (1970-01-01 for "the 1970s") or a month. Absent means the day itself. */
  precision: z.optional(z.enum(['day', 'month', 'year', 'decade'])),
  label: localizedTextSchema,
  ...figureFields,
});

export const strategiesResponseSchema = z.object({
  initiatives: z.array(initiativeSchema),
  strategies: z.array(strategySchema),
  /** Dated context outside any one pledge (policy history, sector-wide steps), oldest first. */
  timeline: z.optional(z.array(programEventSchema)),
  /** Every source the timeline cites. */
  sources: z.optional(z.array(sourceSchema)),
});

/** How often a pledge's progress is published. From a source, or marked as an assumption. */
export const reportingSchema = z.object({
  cadence: z.enum(['monthly', 'quarterly', 'semiannual', 'annual']),
  sourceIds: z.array(id),
  /** Set when no source states the cadence: why it is assumed. */
  assumption: z.optional(localizedTextSchema),
});

export const disputeSchema = z.object({
  about: localizedTextSchema,
  claims: z
    .array(
      z.object({
        claim: localizedTextSchema,
        sourceIds: z.array(id).check(z.minLength(1)),
      }),
    )
    .check(z.minLength(2)),
  note: z.optional(localizedTextSchema),
  /** When the disagreement was recorded; absent: with the first vintage. */
  recordedAt: z.optional(isoDate),
  /** When it was settled (recorded as settled); absent: still open. */
  settledAt: z.optional(isoDate),
});

/** A decided change of a pledge's target: from its `date` the pledge is judged against
 *  `commitment`, with the source that reports the decision (never a silent re-basing). */
export const commitmentRevisionSchema = z.object({
  date: isoDate,
  commitment: commitmentSchema,
  ...figureFields,
});

/** Money a program shares with another program outside its own tree
 *  (Woori's 10조 to the National Growth Fund is inside both). Declared once per pair of
 *  programs; the same declaration on both sides means the same money. */
export const overlapSchema = z.object({
  programId: id,
  amountEok: nonNegativeInt,
  note: localizedTextSchema,
});

export const programSchema = z.object({
  id,
  name: localizedTextSchema,
  summary: localizedTextSchema,
  institutionIds: z.array(id).check(z.minLength(1)),
  strategyId: id,
  parentId: z.nullable(id),
  childIds: z.array(id),
  announced: isoDate,
  period: z.object({
    start: isoDate,
    end: isoDate,
    /** Set when no source gives the period: why these dates are assumed. */
    assumption: z.optional(localizedTextSchema),
  }),
  commitment: commitmentSchema,
  /** Where the commitment itself comes from. */
  commitmentFigure: z.object(figureFields),
  /** Decided revisions of the target, oldest first (additive; absent: none). */
  commitmentRevisions: z.optional(z.array(commitmentRevisionSchema)),
  progress: z.array(progressPointSchema),
  plans: z.array(annualPlanSchema),
  milestones: z.array(milestoneSchema),
  events: z.optional(z.array(programEventSchema)),
  reporting: z.optional(reportingSchema),
  overlaps: z.array(overlapSchema),
  disputes: z.array(disputeSchema),
  notes: z.array(localizedTextSchema),
  sources: z.array(sourceSchema),
});

export const programsResponseSchema = z.object({
  programs: z.array(programSchema),
});

export const indicatorPointSchema = z.object({
  date: isoDate,
  /** 억원 for KRW series (integer), plain number otherwise. */
  value: z.number(),
  /** month-end (a balance at the end of the month), day (an intra-month reading),
   *  year-end, or period (a change over the period ending on `date`). */
  kind: z.enum(['month-end', 'day', 'year-end', 'period']),
  label: z.optional(localizedTextSchema),
  ...figureFields,
  dispute: z.optional(disputeSchema),
});

export const indicatorSeriesSchema = z.object({
  id,
  name: localizedTextSchema,
  points: z.array(indicatorPointSchema),
});

export const seriesBreakSchema = z.object({
  date: isoDate,
  label: localizedTextSchema,
  sourceIds: z.array(id),
  /** When the break was recorded; absent: with the first vintage. */
  recordedAt: z.optional(isoDate),
});

export const indicatorSchema = z.object({
  id,
  name: localizedTextSchema,
  summary: localizedTextSchema,
  unit: z.enum(['krw-eok', 'count', 'percent']),
  /** level: balances at points in time; change: increases over periods. */
  measure: z.enum(['level', 'change']),
  series: z.array(indicatorSeriesSchema).check(z.minLength(1)),
  breaks: z.array(seriesBreakSchema),
  notes: z.array(localizedTextSchema),
  sources: z.array(sourceSchema),
});

export const indicatorsResponseSchema = z.object({
  indicators: z.array(indicatorSchema),
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type MoneyBasis = z.infer<typeof moneyBasisSchema>;
export type ProgramEvent = z.infer<typeof programEventSchema>;
export type Reporting = z.infer<typeof reportingSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Meta = z.infer<typeof metaSchema>;
export type Institution = z.infer<typeof institutionSchema>;
export type Initiative = z.infer<typeof initiativeSchema>;
export type Strategy = z.infer<typeof strategySchema>;
export type StrategiesResponse = z.infer<typeof strategiesResponseSchema>;
export type Commitment = z.infer<typeof commitmentSchema>;
export type CommitmentKind = Commitment['kind'];
export type ProgressPoint = z.infer<typeof progressPointSchema>;
export type AnnualPlan = z.infer<typeof annualPlanSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type CommitmentRevision = z.infer<typeof commitmentRevisionSchema>;
export type SeriesBreak = z.infer<typeof seriesBreakSchema>;
export type Dispute = z.infer<typeof disputeSchema>;
export type Program = z.infer<typeof programSchema>;
export type IndicatorPoint = z.infer<typeof indicatorPointSchema>;
export type IndicatorSeries = z.infer<typeof indicatorSeriesSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;

/** A vintage: a named, immutable cut of the data at a recording date (docs/api.md, "Vintages"). */
export const vintageSchema = z.object({
  id,
  name: z.object({ ko: z.string(), en: z.string() }),
  /** "Recorded up to": every reading recorded on or before this date. */
  recordedUpTo: isoDate,
  /** "Data as of" of the cut: the newest date a reported figure in it describes. */
  asOf: isoDate,
  /** True for the newest vintage (the embedded dataset). */
  latest: z.boolean(),
});
export const vintagesResponseSchema = z.object({ vintages: z.array(vintageSchema) });
export type Vintage = z.infer<typeof vintageSchema>;
