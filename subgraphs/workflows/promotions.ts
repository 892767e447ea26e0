import Decimal from 'decimal.js';
import type { Adjustment, CartItem, PromotionRule, WorkflowCart, WorkflowPromotion } from './reads';

/**
 * Medusa's promotion computeActions for the storefront flow, on the cart's items: a promotion
 * applies when it is active, inside its campaign's dates, and its rules hold for the cart; its
 * application method then discounts the target items (fixed or percentage, each or across,
 * target rules on `items.product_id`). Amounts are exact decimals.
 */

function ruleHolds(rule: PromotionRule, actual: string | null | undefined): boolean {
  const values = rule.values.map((value) => value.value);
  switch (rule.operator) {
    case 'in':
    case 'eq':
      return actual != null && values.includes(actual);
    case 'ne':
      return actual == null || !values.includes(actual);
    default:
      return false; // comparisons on numbers are not used by the storefront flow's rules
  }
}

function cartAttribute(cart: WorkflowCart, attribute: string): string | null | undefined {
  switch (attribute) {
    case 'currency_code':
      return cart.currency_code;
    case 'region_id':
      return cart.region_id;
    case 'sales_channel_id':
      return cart.sales_channel_id;
    case 'customer_id':
      return cart.customer_id;
    case 'shipping_address.country_code':
      return cart.shipping_address?.country_code;
    default:
      return undefined;
  }
}

function itemAttribute(item: CartItem, attribute: string): string | null | undefined {
  if (attribute === 'items.product_id' || attribute === 'product_id') return item.product_id;
  if (attribute === 'items.variant_id' || attribute === 'variant_id') return item.variant_id;
  if (attribute === 'items.product_type_id') return item.product_type_id;
  return undefined;
}

export function isApplicable(promotion: WorkflowPromotion, cart: WorkflowCart, now = new Date()): boolean {
  if (promotion.status !== 'active' || !promotion.application_method) return false;
  const { starts_at, ends_at } = promotion.campaign ?? {};
  if (starts_at && new Date(starts_at) > now) return false;
  if (ends_at && new Date(ends_at) < now) return false;
  const method = promotion.application_method;
  if (method.type === 'fixed' && method.currency_code && method.currency_code !== cart.currency_code) return false;
  return (promotion.rules ?? []).every((rule) => ruleHolds(rule, cartAttribute(cart, rule.attribute)));
}

/** The item adjustments one promotion yields on the cart (none when it does not apply). */
/** `now` decides campaign dates: the run's start, so a replayed run decides as the first time. */
export function itemAdjustments(
  promotion: WorkflowPromotion,
  cart: WorkflowCart,
  applied: Map<string, Decimal>,
  now = new Date(),
): Adjustment[] {
  const method = promotion.application_method;
  // Buy-get promotions and shipping targets are not computed here: such a code yields no adjustment.
  if (
    !method ||
    promotion.type !== 'standard' ||
    method.target_type === 'shipping_methods' ||
    !isApplicable(promotion, cart, now)
  )
    return [];
  // An order-wide promotion is spread across the items.
  const allocation = method.target_type === 'order' ? 'across' : method.allocation;
  const targets = cart.items.filter(
    (item) =>
      item.is_discountable &&
      (method.target_rules ?? []).every((rule) => ruleHolds(rule, itemAttribute(item, rule.attribute))),
  );
  if (targets.length === 0) return [];
  const value = new Decimal(method.value ?? 0);
  const quantityOf = (item: CartItem) => Math.min(item.quantity, method.max_quantity ?? item.quantity);
  // What is left of a line after the promotions applied before this one.
  const lineAmount = (item: CartItem) =>
    Decimal.max(0, new Decimal(item.unit_price).mul(quantityOf(item)).sub(applied.get(item.id) ?? 0));
  let amounts: Decimal[];
  if (allocation === 'across') {
    const base = targets.reduce((sum, item) => sum.add(lineAmount(item)), new Decimal(0));
    const total = method.type === 'percentage' ? base.mul(value).div(100) : Decimal.min(value, base);
    // Spread over the lines by their share of the amount, as Medusa does.
    amounts = targets.map((item) => (base.isZero() ? new Decimal(0) : total.mul(lineAmount(item)).div(base)));
  } else {
    amounts = targets.map((item) =>
      method.type === 'percentage'
        ? lineAmount(item).mul(value).div(100)
        : Decimal.min(value.mul(quantityOf(item)), lineAmount(item)),
    );
  }
  amounts = amounts.map((amount, index) => Decimal.min(amount, lineAmount(targets[index])));
  targets.forEach((item, index) => applied.set(item.id, (applied.get(item.id) ?? new Decimal(0)).add(amounts[index])));
  return targets
    .map((item, index) => ({
      item_id: item.id,
      code: promotion.code,
      amount: amounts[index].toDecimalPlaces(20, Decimal.ROUND_HALF_UP).toFixed(),
      description:
        method.type === 'percentage' ? `${value.toFixed()}% off` : `${value.toFixed()} ${cart.currency_code} off`,
      is_tax_inclusive: promotion.is_tax_inclusive,
      promotion_id: promotion.id,
      provider_id: null,
    }))
    .filter((adjustment) => new Decimal(adjustment.amount).gt(0));
}
