import Decimal from 'decimal.js';

/**
 * Decimals for the supergraph's `BigNumber` amounts (gateway/scalars.md): the gateway writes them as
 * strings such as "19.99" so that no amount passes through a binary float; these keep it that way.
 * 64 significant digits hold any BigNumber (28 before the point, 20 after) and sums of many, and
 * `toString()` never switches to an exponent.
 */
export const BigNumberDecimal = Decimal.clone({
  precision: 64,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -64,
  toExpPos: 64,
});
export type BigNumberDecimal = InstanceType<typeof BigNumberDecimal>;

// The gateway's output form: digits, an optional '-', an optional fraction; nothing else.
const BIG_NUMBER = /^-?\d+(\.\d+)?$/;

/** A BigNumber string from the gateway as an exact decimal; anything else is a TypeError. */
export function toDecimal(value: string): BigNumberDecimal {
  if (typeof value !== 'string' || value.length > 100 || !BIG_NUMBER.test(value)) {
    throw new TypeError(`Not a BigNumber: ${JSON.stringify(value)?.slice(0, 64)}`);
  }
  return new BigNumberDecimal(value);
}

/** The exact sum of BigNumber strings, e.g. a cart's line totals. */
export function sumBigNumbers(values: readonly string[]): BigNumberDecimal {
  return values.reduce((sum, value) => sum.plus(toDecimal(value)), new BigNumberDecimal(0));
}

/** A decimal as a BigNumber input: a plain decimal string, never an exponent, e.g. "0.3". */
export function toBigNumberInput(value: BigNumberDecimal): string {
  return value.toFixed();
}
