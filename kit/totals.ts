import Decimal from 'decimal.js';
import { currencyEpsilon } from './currencies';

/**
 * Cart and order totals as Medusa 2.x computes them (`@medusajs/utils` totals: line item,
 * adjustment, tax, shipping method, credit lines, cart), written anew on decimal.js. The inputs
 * are plain objects, so the cart module and the order module can both use this.
 *
 * Arithmetic: additions, subtractions and multiplications are exact. A division (a tax-inclusive
 * price divided by 1 + rate, a rate divided by 100, a discount spread over the quantity) is
 * rounded half-up to 20 decimal places, which is exactly what Medusa's `MathBN` (bignumber.js
 * with its default DECIMAL_PLACES 20) does, so the intermediate values are Medusa's.
 *
 * Output: every total is a decimal string holding Medusa's raw value, i.e. the result rounded
 * half-up to 20 significant digits (`BigNumber.raw.value` is `toPrecision(20)`), written without
 * trailing zeros and never in exponent notation: "100", "90.909090909090909091", "8.4033613445378151261".
 * Nothing is rounded to the currency's minor unit: a client rounds for display, as Medusa's does.
 * The 20-digit rounding also absorbs the 1e-21 noise a tax-inclusive price leaves behind
 * (100 / 1.1 + its 10% tax is 100.000000000000000000001 before it, "100" after).
 */

// Precision is generous so +, - and × never round; ROUND_DOWN so a quotient keeps the true digits
// up to the 100th, which makes the half-up rounding to 20 places below the exact quotient's.
const D = Decimal.clone({ precision: 100, rounding: Decimal.ROUND_DOWN, toExpNeg: -100, toExpPos: 100 });
type Dec = Decimal;

const DIVISION_PLACES = 20;
const RAW_SIGNIFICANT_DIGITS = 20;

const ZERO = new D(0);
const ONE = new D(1);
const HUNDRED = new D(100);

/** A quotient as bignumber.js gives it: rounded half-up to 20 decimal places. */
function divide(dividend: Dec, divisor: Dec): Dec {
  return dividend.div(divisor).toDecimalPlaces(DIVISION_PLACES, Decimal.ROUND_HALF_UP);
}

type Amount = string | number;

function dec(value: Amount | null | undefined): Dec {
  if (value === null || value === undefined) return ZERO;
  return new D(typeof value === 'number' ? String(value) : value);
}

/**
 * An amount as one of Medusa's workflow steps hands it to the next: a step's input is its
 * predecessor's output through JSON (workflows-sdk resolveValue → parseStringifyIfNecessary), so a
 * BigNumber arrives as its toJSON(), the nearest double (0 within MEDUSA_EPSILON), and the module
 * stores that number, written as JavaScript writes it. A promotion's computed adjustment amount
 * (3.1017369727047146402) is stored so ("3.101736972704715") and the totals are computed on that.
 */
export function asStepNumber(value: Decimal.Value): string {
  const double = Number(new Decimal(value).toFixed());
  return Math.abs(double) <= 0.0001 ? '0' : new D(double).toFixed();
}

/** The sum of rows' `amount`s (a payment's captures, its refunds), exact. */
export function sumAmounts(rows: readonly { amount: string | number }[]): Decimal {
  return rows.reduce((total, row) => total.add(row.amount), new Decimal(0));
}

function sum(values: Dec[]): Dec {
  return values.reduce((total, value) => total.plus(value), ZERO);
}

/** Medusa's raw value of a result (20 significant digits, half-up), as a plain decimal string. */
function toRaw(value: Dec): string {
  const rounded = value.toSignificantDigits(RAW_SIGNIFICANT_DIGITS, Decimal.ROUND_HALF_UP);
  // toFixed() without an argument never uses exponent notation and drops no digits.
  const text = rounded.toFixed();
  return text === '-0' ? '0' : text;
}

function toStrings<K extends string>(totals: Record<K, Dec>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(totals) as K[]) out[key] = toRaw(totals[key]);
  return out;
}

export interface TaxLineInput {
  /** Percent, e.g. 19 for 19% (Medusa's `rate`, a float). */
  rate: number | string;
}

export interface AdjustmentInput {
  amount: Amount;
  /** Whether `amount` includes tax at the line's rate; shipping-method adjustments never do. */
  is_tax_inclusive?: boolean | null;
}

export interface ItemTotalsInput {
  unit_price: Amount;
  quantity: string | number;
  /** Whether `unit_price` includes the tax of `tax_lines`. */
  is_tax_inclusive: boolean;
  tax_lines: readonly TaxLineInput[];
  adjustments: readonly AdjustmentInput[];
  /** An order item's quantities (its `detail`): what is received back or dismissed no longer counts. */
  detail?: OrderItemQuantities | null;
}

/** The quantities of an order item (table `order_item`) that Medusa's order item totals read. */
export interface OrderItemQuantities {
  fulfilled_quantity?: Amount | null;
  shipped_quantity?: Amount | null;
  return_requested_quantity?: Amount | null;
  return_received_quantity?: Amount | null;
  return_dismissed_quantity?: Amount | null;
  written_off_quantity?: Amount | null;
}

export interface ShippingMethodTotalsInput {
  amount: Amount;
  is_tax_inclusive: boolean;
  tax_lines: readonly TaxLineInput[];
  adjustments: readonly { amount: Amount }[];
}

export interface CreditLineInput {
  amount: Amount;
}

export interface CartTotalsInput {
  items: readonly ItemTotalsInput[];
  shipping_methods: readonly ShippingMethodTotalsInput[];
  credit_lines: readonly CreditLineInput[];
  /** Only decides how small a credit-line total counts as none (its decimal digits in Medusa's currency table). */
  currency_code?: string | null;
}

const ITEM_FIELDS = [
  'subtotal',
  'total',
  'original_total',
  'original_subtotal',
  'original_tax_total',
  'tax_total',
  'discount_total',
  'discount_subtotal',
  'discount_tax_total',
  'item_total',
  'item_subtotal',
  'item_tax_total',
] as const;
const SHIPPING_METHOD_FIELDS = [
  'subtotal',
  'total',
  'original_total',
  'original_subtotal',
  'original_tax_total',
  'tax_total',
  'discount_total',
  'discount_subtotal',
  'discount_tax_total',
] as const;
const CART_FIELDS = [
  'total',
  'subtotal',
  'tax_total',
  'discount_total',
  'discount_subtotal',
  'discount_tax_total',
  'original_total',
  'original_subtotal',
  'original_tax_total',
  'item_total',
  'item_subtotal',
  'item_tax_total',
  'original_item_total',
  'original_item_subtotal',
  'original_item_tax_total',
  'shipping_total',
  'shipping_subtotal',
  'shipping_tax_total',
  'original_shipping_total',
  'original_shipping_subtotal',
  'original_shipping_tax_total',
  'credit_line_total',
  'credit_line_subtotal',
  'credit_line_tax_total',
  'gift_card_total',
  'gift_card_tax_total',
  'item_discount_total',
  'shipping_discount_total',
] as const;

/**
 * What Medusa adds to an order item's totals (decorateCartTotals' extraQuantityFields and
 * setRefundableTotal): the full-quantity total per unit times each quantity, and what is left to refund.
 */
const ORDER_ITEM_FIELDS = [
  'fulfilled_total',
  'shipped_total',
  'return_requested_total',
  'return_received_total',
  'return_dismissed_total',
  'write_off_total',
  'refundable_total',
  'refundable_total_per_unit',
] as const;
const QUANTITY_TOTALS = {
  fulfilled_quantity: 'fulfilled_total',
  shipped_quantity: 'shipped_total',
  return_requested_quantity: 'return_requested_total',
  return_received_quantity: 'return_received_total',
  return_dismissed_quantity: 'return_dismissed_total',
  written_off_quantity: 'write_off_total',
} as const satisfies Record<keyof OrderItemQuantities, (typeof ORDER_ITEM_FIELDS)[number]>;

export type ItemTotals = Record<(typeof ITEM_FIELDS)[number], string>;
export type OrderItemTotals = ItemTotals & Record<(typeof ORDER_ITEM_FIELDS)[number], string>;
export const ORDER_ITEM_TOTAL_FIELDS: readonly (keyof OrderItemTotals)[] = [...ITEM_FIELDS, ...ORDER_ITEM_FIELDS];
export type ShippingMethodTotals = Record<(typeof SHIPPING_METHOD_FIELDS)[number], string>;
export type CartTotals = Record<(typeof CART_FIELDS)[number], string>;
export const ITEM_TOTAL_FIELDS: readonly (keyof ItemTotals)[] = ITEM_FIELDS;
export const SHIPPING_METHOD_TOTAL_FIELDS: readonly (keyof ShippingMethodTotals)[] = SHIPPING_METHOD_FIELDS;
export const CART_TOTAL_FIELDS: readonly (keyof CartTotals)[] = CART_FIELDS;

/** The sum of the tax lines' rates as a fraction (19 → 0.19), as Medusa divides it. */
function taxRateOf(taxLines: readonly TaxLineInput[]): Dec {
  return divide(sum(taxLines.map((line) => dec(line.rate))), HUNDRED);
}

/** Medusa's calculateTaxTotal: each line's rate on a positive taxable amount; nothing on ≤ 0. */
function taxOn(taxLines: readonly TaxLineInput[], taxable: Dec): Dec {
  if (taxable.lte(0)) return ZERO;
  return sum(taxLines.map((line) => taxable.times(divide(dec(line.rate), HUNDRED))));
}

/**
 * Medusa's calculateAdjustmentTotal: a tax-inclusive adjustment is brought back to its net
 * amount at the line's rate; the tax on it is the net amount times the rate.
 */
function adjustmentSums(adjustments: readonly AdjustmentInput[], rate: Dec) {
  let subtotal = ZERO;
  let taxTotal = ZERO;
  for (const adjustment of adjustments) {
    const net = adjustment.is_tax_inclusive ? divide(dec(adjustment.amount), ONE.plus(rate)) : dec(adjustment.amount);
    subtotal = subtotal.plus(net);
    taxTotal = taxTotal.plus(net.times(rate));
  }
  return { subtotal, taxTotal, total: subtotal.plus(taxTotal) };
}

type Exact<K extends string> = Record<K, Dec>;

/**
 * Medusa 2.21.2's getLineItemTotals. An order item's totals count only what was not received back
 * or dismissed (`quantity - return_received_quantity - return_dismissed_quantity`); the discount
 * is spread over all the units and counted for those.
 */
function exactItemTotals(item: ItemTotalsInput): Exact<(typeof ITEM_FIELDS)[number]> {
  const rate = taxRateOf(item.tax_lines);
  const fullQuantity = dec(item.quantity);
  const quantity = fullQuantity
    .minus(dec(item.detail?.return_received_quantity))
    .minus(dec(item.detail?.return_dismissed_quantity));
  const price = dec(item.unit_price).times(quantity);
  // A tax-inclusive price holds its tax: the net price is price / (1 + rate).
  const subtotal = item.is_tax_inclusive ? divide(price, ONE.plus(rate)) : price;

  const discounts = adjustmentSums(item.adjustments, rate);
  // Medusa spreads the discount over the units and multiplies back (its per-unit rounding included).
  const discountSubtotal = fullQuantity.isZero() ? ZERO : divide(discounts.subtotal, fullQuantity).times(quantity);

  const taxTotal = taxOn(item.tax_lines, subtotal.minus(discountSubtotal));
  const originalTaxTotal = taxOn(item.tax_lines, subtotal);
  const total = subtotal.minus(discountSubtotal).plus(taxTotal);
  const originalTotal = item.is_tax_inclusive ? price : subtotal.plus(originalTaxTotal);
  const discountTaxTotal = originalTaxTotal.minus(taxTotal);

  return {
    subtotal,
    total,
    original_total: originalTotal,
    original_subtotal: originalTotal.minus(originalTaxTotal),
    original_tax_total: originalTaxTotal,
    tax_total: taxTotal,
    discount_subtotal: discountSubtotal,
    discount_tax_total: discountTaxTotal,
    discount_total: discountSubtotal.plus(discountTaxTotal),
    // Medusa's item_* fields of a line: after discounts with tax, before discounts without tax,
    // tax after discounts (the same values as total, subtotal and tax_total).
    item_total: total,
    item_subtotal: subtotal,
    item_tax_total: taxTotal,
  };
}

function exactShippingMethodTotals(method: ShippingMethodTotalsInput): Exact<(typeof SHIPPING_METHOD_FIELDS)[number]> {
  const rate = taxRateOf(method.tax_lines);
  const amount = dec(method.amount);
  const subtotal = method.is_tax_inclusive ? divide(amount, ONE.plus(rate)) : amount;
  // Shipping-method adjustments have no is_tax_inclusive: their amount is net of tax.
  const discounts = adjustmentSums(method.adjustments, rate);

  const taxTotal = taxOn(method.tax_lines, subtotal.minus(discounts.subtotal));
  const originalTaxTotal = taxOn(method.tax_lines, subtotal);
  const originalTotal = method.is_tax_inclusive ? amount : subtotal.plus(originalTaxTotal);

  return {
    subtotal,
    total: subtotal.minus(discounts.subtotal).plus(taxTotal),
    original_total: originalTotal,
    // As for a line item: the original total without its tax.
    original_subtotal: originalTotal.minus(originalTaxTotal),
    original_tax_total: originalTaxTotal,
    tax_total: taxTotal,
    discount_total: discounts.total,
    discount_subtotal: discounts.subtotal,
    discount_tax_total: discounts.taxTotal,
  };
}

/**
 * Medusa's calculateCreditLinesTotal (no tax on credit lines): a total within one unit of the
 * currency's last decimal of 0, either side (Medusa's currency table, kit/currencies.ts), counts as none.
 */
function exactCreditLineTotals(creditLines: readonly CreditLineInput[], currencyCode: string | null | undefined) {
  const total = sum(creditLines.map((line) => dec(line.amount)));
  if (total.abs().lte(currencyEpsilon(currencyCode).toString())) return { total: ZERO, subtotal: ZERO, taxTotal: ZERO };
  return { total, subtotal: total, taxTotal: ZERO };
}

/** One line item's totals (Medusa's getLineItemTotals). */
export function itemTotals(input: ItemTotalsInput): ItemTotals {
  return toStrings(exactItemTotals(input));
}

/**
 * One order item's totals, as Medusa's order module gives them (decorateCartTotals): those of
 * itemTotals, each quantity's total (`fulfilled_total`: the full quantity's total after discounts
 * with tax, per unit, times `fulfilled_quantity`; `shipped_total`, `return_requested_total`,
 * `return_received_total`, `return_dismissed_total`, `write_off_total` alike), and
 * `refundable_total`: the units not requested, received or dismissed back, at their price less
 * their share of the discounts (with tax, unless the price includes it).
 */
export function orderItemTotals(input: ItemTotalsInput): OrderItemTotals {
  const rate = taxRateOf(input.tax_lines);
  const quantity = dec(input.quantity);
  const full = dec(input.unit_price).times(quantity);
  const discounts = adjustmentSums(input.adjustments, rate);
  const taxable = (input.is_tax_inclusive ? divide(full, ONE.plus(rate)) : full).minus(discounts.subtotal);
  const perUnit = divide(taxable.plus(taxOn(input.tax_lines, taxable)), quantity.isZero() ? ONE : quantity);
  const detail = input.detail ?? {};
  const byQuantity = Object.fromEntries(
    Object.entries(QUANTITY_TOTALS).map(([field, total]) => [
      total,
      perUnit.times(dec(detail[field as keyof OrderItemQuantities])),
    ]),
  );

  const left = quantity
    .minus(dec(detail.return_requested_quantity))
    .minus(dec(detail.return_received_quantity))
    .minus(dec(detail.return_dismissed_quantity));
  const discountPerUnit = quantity.isZero()
    ? ZERO
    : divide(input.is_tax_inclusive ? discounts.total : discounts.subtotal, quantity);
  const refundableSubtotal = left.times(dec(input.unit_price)).minus(left.times(discountPerUnit));
  const refundable = input.is_tax_inclusive
    ? refundableSubtotal
    : refundableSubtotal.plus(taxOn(input.tax_lines, refundableSubtotal));
  return toStrings({
    ...exactItemTotals(input),
    ...byQuantity,
    refundable_total: refundable,
    refundable_total_per_unit: left.isZero() ? ZERO : divide(refundable, left),
  } as Exact<(typeof ORDER_ITEM_FIELDS)[number] | (typeof ITEM_FIELDS)[number]>);
}

/** One shipping method's totals (Medusa's getShippingMethodTotals). */
export function shippingMethodTotals(input: ShippingMethodTotalsInput): ShippingMethodTotals {
  return toStrings(exactShippingMethodTotals(input));
}

/**
 * A cart's (or an order's) totals, Medusa's decorateCartTotals: sums of its lines' and methods'
 * exact totals, then `total = subtotal + tax_total - discount_subtotal - credit_line_total`,
 * which is `item_total + shipping_total - credit_line_total`. Gift cards do not exist here: 0.
 */
export function cartTotals(input: CartTotalsInput): CartTotals {
  const items = input.items.map(exactItemTotals);
  const methods = input.shipping_methods.map(exactShippingMethodTotals);
  const credit = exactCreditLineTotals(input.credit_lines, input.currency_code);
  const itemSum = (field: (typeof ITEM_FIELDS)[number]) => sum(items.map((totals) => totals[field]));
  const methodSum = (field: (typeof SHIPPING_METHOD_FIELDS)[number]) => sum(methods.map((totals) => totals[field]));

  const subtotal = itemSum('subtotal').plus(methodSum('subtotal'));
  const taxTotal = itemSum('tax_total').plus(methodSum('tax_total'));
  const discountSubtotal = itemSum('discount_subtotal').plus(methodSum('discount_subtotal'));

  return toStrings<(typeof CART_FIELDS)[number]>({
    total: subtotal.plus(taxTotal).minus(discountSubtotal).minus(credit.total),
    subtotal,
    tax_total: taxTotal,
    discount_total: itemSum('discount_total').plus(methodSum('discount_total')),
    discount_subtotal: discountSubtotal,
    discount_tax_total: itemSum('discount_tax_total').plus(methodSum('discount_tax_total')),
    original_total: itemSum('original_total').plus(methodSum('original_total')),
    original_subtotal: itemSum('original_subtotal').plus(methodSum('original_subtotal')),
    original_tax_total: itemSum('original_tax_total').plus(methodSum('original_tax_total')),
    item_total: itemSum('total'),
    item_subtotal: itemSum('subtotal'),
    item_tax_total: itemSum('tax_total'),
    original_item_total: itemSum('original_total'),
    original_item_subtotal: itemSum('original_subtotal'),
    original_item_tax_total: itemSum('original_tax_total'),
    shipping_total: methodSum('total'),
    shipping_subtotal: methodSum('subtotal'),
    shipping_tax_total: methodSum('tax_total'),
    original_shipping_total: methodSum('original_total'),
    original_shipping_subtotal: methodSum('original_subtotal'),
    original_shipping_tax_total: methodSum('original_tax_total'),
    credit_line_total: credit.total,
    credit_line_subtotal: credit.subtotal,
    credit_line_tax_total: credit.taxTotal,
    gift_card_total: ZERO,
    gift_card_tax_total: ZERO,
    item_discount_total: itemSum('discount_total'),
    shipping_discount_total: methodSum('discount_total'),
  });
}

/** Resolvers for computed total fields: each reads its field from one (cached) computation of the parent's totals. */
export function totalsFields<Parent, Field extends string, Context>(
  fields: readonly Field[],
  totalsOf: (parent: Parent, context: Context) => Promise<Record<Field, string>>,
): Record<Field, (parent: Parent, args: unknown, context: Context) => Promise<string>> {
  return Object.fromEntries(
    fields.map((field) => [
      field,
      async (parent: Parent, _args: unknown, context: Context) => (await totalsOf(parent, context))[field],
    ]),
  ) as Record<Field, (parent: Parent, args: unknown, context: Context) => Promise<string>>;
}
