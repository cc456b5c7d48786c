// Figures the browser tests expect, read from the dataset the build embeds (never written out by
// hand, so a new fact in the data does not break a test about filters).
import { readFileSync } from 'node:fs';

interface DatasetFile {
  meta: { asOf: string; datasetVersion: string };
  programs: { institutionIds: string[]; strategyId: string }[];
}

const parsed: unknown = JSON.parse(readFileSync(new URL('../../src/data/dataset.v1.json', import.meta.url), 'utf8'));

const dataset = parsed as DatasetFile;

export const pledgeCount = dataset.programs.length;

/** Pledges of one institution on one strategy (what two ticked facets leave). */
export function countOf(institution: string, strategy: string): number {
  return dataset.programs.filter(
    (program) => program.institutionIds.includes(institution) && program.strategyId === strategy,
  ).length;
}

export const datasetVersion = dataset.meta.datasetVersion;

/** "13 Mar 2026": the header's "data as of" in English. */
export const asOfEnglish = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
}).format(new Date(`${dataset.meta.asOf}T00:00:00Z`));
