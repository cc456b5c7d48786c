// The shape of the UI state a URL can carry. Lives in lib/ because several features read
// it (filters write it; programs, panels and export read it).
import type { CommitmentKind } from './schemas';

export const pledgeStatuses = [
  'achieved',
  'ahead',
  'on-track',
  'behind',
  'too-early',
  'not-started',
  'no-data',
  'done',
  'pending',
  'overdue',
] as const;
export type PledgeStatus = (typeof pledgeStatuses)[number];

export const langs = ['en', 'ko'] as const;
export type Lang = (typeof langs)[number];

/** reported: reported and derived figures only (the default); demo: illustrative progress too. */
export const datasetIds = ['reported', 'demo'] as const;
export type DatasetId = (typeof datasetIds)[number];

/** Pages besides the overview and a pledge's detail. */
export const pages = ['overview', 'method'] as const;
export type Page = (typeof pages)[number];

export const groupings = ['institution', 'strategy'] as const;
export type Grouping = (typeof groupings)[number];

export interface Filters {
  institutions: string[];
  strategies: string[];
  statuses: PledgeStatus[];
  kinds: CommitmentKind[];
  query: string;
}

export interface ViewState {
  filters: Filters;
  /** The program whose detail is open, or null for the overview. */
  program: string | null;
  lang: Lang;
  groupBy: Grouping;
  /** Which dataset is shown: the demo is reached only on purpose. */
  dataset: DatasetId;
  /** overview (with a pledge's detail when `program` is set) or the method page. */
  page: Page;
  /** The vintage the digest and the charts' ghost marks compare with; null: the previous briefing. */
  compare: string | null;
}

export const emptyFilters: Filters = {
  institutions: [],
  strategies: [],
  statuses: [],
  kinds: [],
  query: '',
};
