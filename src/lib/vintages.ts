// Vintages: named, immutable cuts of the dataset at a recording date (docs/api.md, "Vintages").
// Every reading has two dates: the one it describes (`date`) and the one it was recorded
// (`recordedAt`; absent = recorded with the first vintage). A cut keeps every reading recorded
// up to the vintage's date; of readings with the same key (date and series) only the one
// recorded last survives — a correction supersedes, it never edits in place.
import { resourceEntries, staticFilePath } from './api/resources';
import type { ApiResources, Dataset } from './dataset';

/** Recorded with the first vintage: sorts before every date. */
const FIRST = '';

import type { Vintage } from './schemas';
export type { Vintage };

/** The briefings we seed from dated facts; the newest vintage ("latest") is added to them. */
export const BRIEFING_CUTS = ['2025-10-31', '2025-12-31', '2026-02-28'] as const;
export const LATEST_VINTAGE_ID = 'latest';

export function briefingId(date: string): string {
  return `briefing-${date}`;
}

interface Recorded {
  recordedAt?: string | undefined;
}

const recordedOf = (item: Recorded) => item.recordedAt ?? FIRST;

/** The readings recorded up to `upTo`, the latest of each key; order kept. */
export function cutReadings<T extends Recorded>(items: readonly T[], keyOf: (item: T) => string, upTo: string): T[] {
  const winner = new Map<string, T>();
  for (const item of items) {
    if (recordedOf(item) > upTo) continue;
    const key = keyOf(item);
    const held = winner.get(key);
    if (!held || recordedOf(item) >= recordedOf(held)) winner.set(key, item);
  }
  const kept = new Set(winner.values());
  return items.filter((item) => kept.has(item));
}

type ProgramRecord = Dataset['programs'][number];
type IndicatorRecord = Dataset['indicators'][number];

export const readingKeys = {
  progress: (p: ProgramRecord['progress'][number]) => `${p.date}:${p.moneyBasis ?? 'disbursed'}`,
  plan: (p: ProgramRecord['plans'][number]) => `${p.year}:${p.scope?.en ?? ''}`,
  milestone: (m: ProgramRecord['milestones'][number]) => m.id,
  event: (e: NonNullable<ProgramRecord['events']>[number]) => `${e.date}:${e.label.en}`,
  revision: (r: NonNullable<ProgramRecord['commitmentRevisions']>[number]) => r.date,
  dispute: (d: ProgramRecord['disputes'][number]) => d.about.en,
  point: (p: IndicatorRecord['series'][number]['points'][number]) => `${p.date}:${p.kind}`,
  break: (b: IndicatorRecord['breaks'][number]) => `${b.date}:${b.label.en}`,
};

/** A dispute recorded as settled after the cut is still open in it. */
function disputeAt(dispute: ProgramRecord['disputes'][number], upTo: string): ProgramRecord['disputes'][number] {
  if (dispute.settledAt === undefined || dispute.settledAt <= upTo) return dispute;
  const open = { ...dispute };
  delete open.settledAt;
  return open;
}

type Revision = NonNullable<ProgramRecord['commitmentRevisions']>[number];

/** The revision of a pledge's target in force at `asOf`: the latest one dated by then. */
export function revisionInForce<R extends Pick<Revision, 'date'>>(
  revisions: readonly R[] | undefined,
  asOf: string,
): R | undefined {
  let inForce: R | undefined;
  for (const revision of revisions ?? [])
    if (revision.date <= asOf && (!inForce || revision.date >= inForce.date)) inForce = revision;
  return inForce;
}

/** One program as recorded up to `upTo`, or null when the pledge was not yet recorded. */
export function cutProgram<P extends ProgramRecord>(program: P, upTo: string, asOf: string): P | null {
  if (recordedOf(program.commitmentFigure) > upTo) return null;
  const revisions = program.commitmentRevisions
    ? cutReadings(program.commitmentRevisions, readingKeys.revision, upTo)
    : undefined;
  // The target in force: the latest revision decided by asOf (the revision itself stays listed).
  const inForce = revisionInForce(revisions, asOf);
  return {
    ...program,
    ...(inForce ? { commitment: inForce.commitment } : {}),
    ...(revisions ? { commitmentRevisions: revisions } : {}),
    progress: cutReadings(program.progress, readingKeys.progress, upTo),
    plans: cutReadings(program.plans, readingKeys.plan, upTo),
    milestones: cutReadings(program.milestones, readingKeys.milestone, upTo),
    ...(program.events ? { events: cutReadings(program.events, readingKeys.event, upTo) } : {}),
    disputes: cutReadings(program.disputes, readingKeys.dispute, upTo).map((d) => disputeAt(d, upTo)),
  };
}

export function cutIndicator<I extends IndicatorRecord>(indicator: I, upTo: string): I {
  return {
    ...indicator,
    series: indicator.series.map((series) => ({
      ...series,
      points: cutReadings(series.points, readingKeys.point, upTo),
    })),
    breaks: cutReadings(indicator.breaks, readingKeys.break, upTo),
  };
}

/** The newest date any reported figure of the cut describes, never after the dataset's asOf. */
function asOfOf(programs: readonly ProgramRecord[], indicators: readonly IndicatorRecord[], cap: string): string {
  let newest = '';
  const see = (date: string, provenance: string) => {
    if (provenance !== 'illustrative' && date <= cap && date > newest) newest = date;
  };
  for (const program of programs) for (const point of program.progress) see(point.date, point.provenance);
  for (const indicator of indicators)
    for (const series of indicator.series) for (const point of series.points) see(point.date, point.provenance);
  return newest || cap;
}

/** The newest recording date in the dataset: the cut of the latest vintage. */
export function latestRecorded(dataset: Dataset): string {
  let newest = dataset.meta.asOf;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value !== null && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'recordedAt' || key === 'settledAt') && typeof child === 'string') {
          if (child > newest) newest = child;
        } else visit(child);
      }
  };
  visit(dataset.programs);
  visit(dataset.indicators);
  return newest;
}

/** The dataset as recorded up to `upTo` (a pure function: the input is not touched). */
export function cutDataset(dataset: Dataset, upTo: string): Dataset {
  const cap = upTo < dataset.meta.asOf ? upTo : dataset.meta.asOf;
  const indicators = dataset.indicators.map((indicator) => cutIndicator(indicator, upTo));
  // The pledge's target in force is judged at the cut's asOf, which needs the readings first.
  const firstPass = dataset.programs.flatMap((program) => cutProgram(program, upTo, cap) ?? []);
  const asOf = asOfOf(firstPass, indicators, cap);
  const programs = dataset.programs.flatMap((program) => cutProgram(program, upTo, asOf) ?? []);
  const ids = new Set(programs.map((program) => program.id));
  return {
    ...dataset,
    meta: { ...dataset.meta, asOf },
    // A parent recorded later than its child leaves the child at the top level.
    programs: programs.map((program) =>
      program.parentId !== null && !ids.has(program.parentId) ? { ...program, parentId: null } : program,
    ),
    indicators,
  };
}

export interface VintageCut {
  vintage: Vintage;
  dataset: Dataset;
}

/** Every vintage of the dataset, oldest first: the seeded briefings and the latest. */
export function vintagesOf(dataset: Dataset, cuts: readonly string[] = BRIEFING_CUTS): VintageCut[] {
  const latestCut = latestRecorded(dataset);
  const result: VintageCut[] = cuts
    .filter((cut) => cut < latestCut)
    .map((cut) => {
      const cutData = cutDataset(dataset, cut);
      return {
        vintage: {
          id: briefingId(cut),
          name: { ko: `브리핑 ${cut}`, en: `Briefing ${cut}` },
          recordedUpTo: cut,
          asOf: cutData.meta.asOf,
          latest: false,
        },
        dataset: cutData,
      };
    });
  const latest = cutDataset(dataset, latestCut);
  result.push({
    vintage: {
      id: LATEST_VINTAGE_ID,
      name: { ko: `최신 (${latestCut})`, en: `Latest (${latestCut})` },
      recordedUpTo: latestCut,
      asOf: latest.meta.asOf,
      latest: true,
    },
    dataset: latest,
  });
  return result;
}

/** The vintage files of the embedded mode: data/v1/vintages.json (newest first) and, for each
 *  vintage, data/v1/vintages/<id>/{meta,programs,indicators}.json (the registry's vintage files). */
export function vintageFiles(
  cuts: readonly VintageCut[],
  build: (dataset: Dataset) => ApiResources,
  dir = 'data/v1',
  files = new Map<string, string>(),
): Map<string, string> {
  const entries = resourceEntries.filter((entry) => entry.file);
  for (const entry of entries)
    if (entry.from === 'vintages') files.set(staticFilePath(entry, '', dir), JSON.stringify(entry.body(cuts)));
  for (const cut of cuts) {
    const resources = build(cut.dataset);
    for (const entry of entries)
      if (entry.from === 'vintage')
        files.set(staticFilePath(entry, cut.vintage.id, dir), JSON.stringify(entry.body(resources)));
  }
  return files;
}
