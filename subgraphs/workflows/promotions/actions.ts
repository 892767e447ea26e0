import Decimal from 'decimal.js';
import { badUserInput } from '../../../kit/errors';
import type { BudgetUsage, WorkflowPromotion } from '../reads';

/** Medusa's ComputedActions, as the refresh uses them. */
export interface ItemAdjustmentAction {
  item_id: string;
  code: string;
  amount: Decimal;
  is_tax_inclusive: boolean;
}
export interface ShippingAdjustmentAction {
  shipping_method_id: string;
  code: string;
  amount: Decimal;
}
export type SkipReason = 'promotion_limit_exceeded' | 'campaign_budget_exceeded';
export interface SkippedCode {
  code: string;
  reason: SkipReason;
}
export interface ComputedActions {
  items: ItemAdjustmentAction[];
  shipping_methods: ShippingAdjustmentAction[];
  skipped: SkippedCode[];
}

/** Medusa's MEDUSA_EPSILON: an amount at or below it is no discount. */
export const EPSILON = new Decimal('0.0001');

/** What was already taken off each item or shipping method (without tax), by the promotions applied before. */
export type AppliedAmounts = Map<string, Decimal>;

/**
 * Medusa's computeActionForBudgetExceeded: a `spend` budget is exceeded when its used amount plus
 * this one amount passes its limit, a `usage` budget when one more use does; a limit of 0 is none.
 * A `use_by_attribute` budget is checked per value of its attribute, once, before (attributeBudgetExceeded).
 */
export function budgetExceeded(promotion: WorkflowPromotion, amount: Decimal.Value): boolean {
  const budget = promotion.campaign?.budget;
  if (!budget || budget.type === 'use_by_attribute' || !budget.limit || new Decimal(budget.limit).isZero())
    return false;
  const total = new Decimal(budget.used ?? 0).add(budget.type === 'spend' ? amount : 1);
  return total.gt(budget.limit);
}

/**
 * The cart's value of a `use_by_attribute` budget's attribute, as Medusa's
 * getBudgetUsageContextFromComputeActionContext: `customer_id` (the cart's customer) or
 * `customer_email` (the cart's email). Without one, Medusa refuses the cart its promotion
 * (INVALID_DATA, its message's typo kept).
 */
export function budgetAttributeValue(
  cart: { readonly [field: string]: unknown },
  promotion: WorkflowPromotion,
): string {
  const attribute = promotion.campaign?.budget?.attribute ?? null;
  const customer = cart.customer as { id?: unknown } | null | undefined;
  const value =
    attribute === 'customer_id'
      ? (cart.customer_id ?? customer?.id)
      : attribute === 'customer_email'
        ? cart.email
        : null;
  if (typeof value !== 'string' || value === '')
    throw badUserInput(`Attribute value for "${attribute}" is required by promotion campaing budget`, {
      promo_codes: [promotion.code],
    });
  return value;
}

/**
 * Medusa 2.21.2's check of a `use_by_attribute` budget before anything is computed: exceeded when
 * the uses so far for the cart's value, plus this one, pass the limit; a value never used is not
 * checked (nor is the budget's own `used`), and a limit of 0 is none.
 */
export function attributeBudgetExceeded(promotion: WorkflowPromotion, usage: BudgetUsage | undefined): boolean {
  const limit = promotion.campaign?.budget?.limit;
  if (!usage || !limit || new Decimal(limit).isZero()) return false;
  return new Decimal(usage.used).add(1).gt(limit);
}
