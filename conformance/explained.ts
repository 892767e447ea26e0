/**
 * Differences with Medusa that are known and accepted, each with its reason. A difference matching
 * one (by its kind, and its values when `when` says so) is reported as explained and does not fail
 * the run. Keep this list short: every entry is a place where a storefront sees another value.
 */
import type { Difference } from './compare';

export interface Explanation {
  /** Matches a difference's kind (compare.ts kindOf + how it differs). */
  kind: RegExp;
  /** Narrows the match to these values, when the reason holds only for them. */
  when?: (difference: Difference) => boolean;
  reason: string;
}

export const EXPLAINED: Explanation[] = [];

export function explain(difference: Difference): Explanation | undefined {
  return EXPLAINED.find((entry) => entry.kind.test(difference.kind) && (!entry.when || entry.when(difference)));
}
