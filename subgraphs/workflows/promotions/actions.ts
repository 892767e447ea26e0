import Decimal from 'decimal.js';
import type { WorkflowPromotion } from '../reads';

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
 * `use_by_attribute` budgets are not counted per customer here (see the README).
 */
export function budgetExceeded(promotion: WorkflowPromotion, amount: Decimal.Value): boolean {
  const budget = promotion.campaign?.budget;
  if (!budget || budget.type === 'use_by_attribute' || !budget.limit || new Decimal(budget.limit).isZero())
    return false;
  const total = new Decimal(budget.used ?? 0).add(budget.type === 'spend' ? amount : 1);
  return total.gt(budget.limit);
}
