// The registry of commitment kinds: the single list of kinds (the filter's options, the URL's
// accepted values, the sort order) and each kind's module. The schema's union
// (lib/schemas.ts, `commitmentSchema`) is checked against both at type level: a kind missing
// here, or one the schema does not have, does not compile.
import type { Commitment, CommitmentKind } from '../schemas';
import { amount } from './amount';
import { count } from './count';
import type { KindModule } from './kind-module';
import { milestone } from './milestone';
import { priceTerms } from './price-terms';
import { share } from './share';

const kindModules: { readonly [K in CommitmentKind]: KindModule<K> } = {
  amount,
  count,
  share,
  'price-terms': priceTerms,
  milestone,
};

/** Every kind in one order; the argument must list each kind of the schema once. */
function everyKind<const T extends readonly CommitmentKind[]>(
  kinds: T & ([Exclude<CommitmentKind, T[number]>] extends [never] ? unknown : never),
): T {
  return kinds;
}

/** The kinds in display and sort order (the filter's options). */
export const commitmentKinds = everyKind(['amount', 'count', 'share', 'price-terms', 'milestone']);

/** The module of a kind. */
export function kindModule(kind: CommitmentKind): KindModule {
  return kindModules[kind];
}

/** The module of a commitment's kind. */
export function kindOf(commitment: Commitment): KindModule {
  return kindModules[commitment.kind];
}

/** The commitment's target in its own unit (for price terms: the top of the range; milestones: 1). */
export function targetOf(commitment: Commitment): number {
  return kindOf(commitment).targetOf(commitment);
}

/** The least value that keeps the commitment (for price terms: the bottom of the range). */
export function lowerOf(commitment: Commitment): number {
  return kindOf(commitment).lowerOf(commitment);
}
