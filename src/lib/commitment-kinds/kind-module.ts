// What one kind of commitment declares (docs/architecture.md, "Adding a commitment kind"): its
// target, how its progress is measured and judged, its unit, its words in both languages and its
// filter label. The engine (features/programs/model) reads these instead of switching on kinds.
import type { formatCount, formatKrw, formatPercent, formatPercentRange } from '../../i18n/format';
import type { QualifiedKey, Translator } from '../../i18n/i18n';
import type { localized } from '../../i18n/localized';
import type { Commitment, CommitmentKind } from '../schemas';
import type { Lang, PledgeStatus } from '../view-state';

type CommitmentOf<K extends CommitmentKind> = Extract<Commitment, { kind: K }>;

/** A value's unit in the kind's own terms, as the charts and the digest name it. */
export type KindUnit = 'krw-eok' | 'count' | 'percent' | 'none';

/**
 * How progress is measured and judged:
 * - cumulative: the latest reading adds up toward the target and is judged against the pace
 *   expected by its date (achieved, ahead, on track, behind, too early); parents roll up children;
 * - level: the latest reading is a level to hold, on track within the grace band below the target;
 * - range: the latest reading should fall inside [lowerOf, targetOf];
 * - milestones: done or not from the pledge's milestone dates; readings are not used.
 */
export type KindMeasure = 'cumulative' | 'level' | 'range' | 'milestones';

/**
 * The formatters a kind writes with (src/i18n/format.ts and localized data text), handed in by
 * `words.ts`: the numeric side of the registry, which the status engine loads, then carries no
 * formatting code (and the formatters stay in the entry chunk).
 */
export interface KindFormatters {
  krw: typeof formatKrw;
  count: typeof formatCount;
  percent: typeof formatPercent;
  percentRange: typeof formatPercentRange;
  text: typeof localized;
}

export interface KindModule<K extends CommitmentKind = CommitmentKind> {
  readonly kind: K;
  readonly measure: KindMeasure;
  /** Whether an expected-by-now value (the pace) is computed and drawn. */
  readonly hasPace: boolean;
  readonly unit: KindUnit;
  /** The statuses a pledge of this kind can take (the status words the filter may show). */
  readonly statuses: readonly PledgeStatus[];
  /** The kind's name in the filter and its chips. */
  readonly labelKey: QualifiedKey & `filters:kinds.${K}`;
  /** The target in the kind's unit (for a range: its top; for milestones: 1). */
  targetOf(commitment: CommitmentOf<K>): number;
  /** The least value that keeps the pledge (for a range: its bottom; otherwise the target). */
  lowerOf(commitment: CommitmentOf<K>): number;
  /** The commitment in words: "KRW 1.7 trillion", "20 factories", "30% of GPUs". */
  format(commitment: CommitmentOf<K>, lang: Lang, t: Translator, f: KindFormatters): string;
  /** A value in the commitment's unit (progress, expected, gap). */
  formatValue(
    commitment: CommitmentOf<K>,
    value: number,
    lang: Lang,
    f: KindFormatters,
    options?: { signed?: boolean },
  ): string;
}
