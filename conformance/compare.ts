/**
 * Value-by-value comparison of two snapshots (checkout.ts). Medusa's API gives amounts as JSON
 * numbers (its BigNumber's `numeric`, a double); ours gives exact decimal strings. A pair is equal
 * when Number(ours) === Medusa's number exactly: no tolerance, so a difference in the 16th digit is
 * reported (and, if it is a known float artefact, explained in explained.ts). Other values (codes,
 * booleans, counts, refusal messages) are compared as they are.
 */
import type { Snapshot, Value } from './checkout';

export interface Difference {
  /** The path with its keys abstracted (`cart.item[*].adjustment[*].amount`) and how it differs. */
  kind: string;
  path: string;
  medusa: Value | undefined;
  ours: Value | undefined;
}

const DECIMAL = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i;

export function sameValue(medusa: Value, ours: Value): boolean {
  if (typeof medusa === 'number' && typeof ours === 'string' && DECIMAL.test(ours)) return Number(ours) === medusa;
  if (typeof medusa === 'number' && typeof ours === 'number') return medusa === ours;
  if (typeof medusa === 'string' && typeof ours === 'string' && DECIMAL.test(medusa) && DECIMAL.test(ours)) {
    return Number(medusa) === Number(ours);
  }
  return medusa === ours;
}

/** Abstracts a path's keys: lines, methods, adjustments and tax lines are compared by key, grouped by kind. */
export const kindOf = (path: string) => path.replace(/\[[^\]]*\]/g, '[*]').replace(/^step\.(code|add) .*/, 'step.$1');

export function compare(medusa: Snapshot, ours: Snapshot): Difference[] {
  const differences: Difference[] = [];
  // When one side completed the cart and the other refused, that refusal is the difference: the
  // order and its links exist on one side only and are not compared value by value.
  const completedAlike = sameValue(medusa.get('step.complete') ?? null, ours.get('step.complete') ?? null);
  const paths = [...new Set([...medusa.keys(), ...ours.keys()])]
    .filter((path) => completedAlike || !/^(order|link)\./.test(path))
    .sort();
  for (const path of paths) {
    const m = medusa.get(path);
    const o = ours.get(path);
    if (!medusa.has(path))
      differences.push({ kind: `${kindOf(path)}: only on the supergraph`, path, medusa: m, ours: o });
    else if (!ours.has(path)) differences.push({ kind: `${kindOf(path)}: only on Medusa`, path, medusa: m, ours: o });
    else if (!sameValue(m!, o!)) differences.push({ kind: `${kindOf(path)}: differs`, path, medusa: m, ours: o });
  }
  return differences;
}
