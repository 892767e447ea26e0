import type { BudgetUsage, WorkflowPromotion } from '../reads';
import { attributeBudgetExceeded, budgetAttributeValue, type AppliedAmounts, type ComputedActions } from './actions';
import { applyBuyGet, type BuyGetTaken } from './buy-get';
import type { ActionContext } from './context';
import { applyToItems } from './line-items';
import { rulesHold } from './rules';
import { applyToShippingMethods } from './shipping-methods';

export { actionContext } from './context';
export type { ComputedActions, SkippedCode } from './actions';

/**
 * Medusa 2.21.2's promotion computeActions (promotion module), ported: which promotions apply to
 * a cart and the adjustments they make on its items and shipping methods. Amounts are exact
 * decimals; where Medusa's rules are subtle the comments name its function.
 */

/** Medusa's listActivePromotions_: active, and inside its campaign's dates (`now` is the run's start). */
export function isActive(promotion: WorkflowPromotion, now: Date): boolean {
  if (promotion.status !== 'active') return false;
  const { starts_at, ends_at } = promotion.campaign ?? {};
  if (starts_at && new Date(starts_at) > now) return false;
  if (ends_at && new Date(ends_at) <= now) return false;
  return true;
}

const valueOf = (promotion: WorkflowPromotion) => Number(promotion.application_method?.value ?? 0);

/**
 * The order Medusa applies promotions in: listed by application value, highest first, then
 * sortByBuyGetType: buy-get first; among buy-gets of one value, the larger buy minimum, then the
 * larger apply quantity, first. Ties keep the order given (Array.prototype.sort is stable).
 */
export function applicationOrder(promotions: WorkflowPromotion[]): WorkflowPromotion[] {
  const byValue = [...promotions].sort((a, b) => valueOf(b) - valueOf(a));
  return byValue.sort((a, b) => {
    if (a.type !== b.type) return a.type === 'buyget' ? -1 : b.type === 'buyget' ? 1 : 0;
    if (valueOf(a) !== valueOf(b)) return valueOf(b) - valueOf(a);
    if (a.type !== 'buyget') return 0;
    const am = a.application_method!;
    const bm = b.application_method!;
    return (
      (bm.buy_rules_min_quantity ?? 0) - (am.buy_rules_min_quantity ?? 0) ||
      (bm.apply_to_quantity ?? 0) - (am.apply_to_quantity ?? 0)
    );
  });
}

/**
 * The actions of these promotions (the cart's codes and the automatic ones, already filtered to
 * active ones) on the cart: a promotion past its usage limit is skipped with
 * `promotion_limit_exceeded`, one whose `use_by_attribute` budget the cart's customer used up
 * (`usages`) with `campaign_budget_exceeded`; one whose rules or currency do not fit the cart does nothing.
 */
export function computeActions(
  promotions: WorkflowPromotion[],
  context: ActionContext,
  usages: readonly BudgetUsage[] = [],
): ComputedActions {
  const actions: ComputedActions = { items: [], shipping_methods: [], skipped: [] };
  const applied: AppliedAmounts = new Map();
  const taken: BuyGetTaken = { buy: new Map(), target: new Map() };
  for (const promotion of applicationOrder(promotions)) {
    const method = promotion.application_method;
    if (!method) continue;
    const budget = promotion.campaign?.budget;
    if (budget?.type === 'use_by_attribute') {
      const value = budgetAttributeValue(context, promotion);
      const usage = usages.find((row) => row.budget_id === budget.id && row.attribute_value === value);
      if (attributeBudgetExceeded(promotion, usage)) {
        actions.skipped.push({ code: promotion.code, reason: 'campaign_budget_exceeded' });
        continue;
      }
    }
    if (typeof promotion.limit === 'number' && (promotion.used ?? 0) >= promotion.limit) {
      actions.skipped.push({ code: promotion.code, reason: 'promotion_limit_exceeded' });
      continue;
    }
    const currencyFits = !method.currency_code || method.currency_code === context.currency_code;
    if (!currencyFits || !rulesHold(promotion.rules, context, 'order')) continue;
    if (promotion.type === 'buyget') applyBuyGet(promotion, context.items, applied, taken, actions);
    else if (method.target_type === 'shipping_methods')
      applyToShippingMethods(promotion, context.shipping_methods, applied, actions);
    else
      applyToItems(promotion, context.items, applied, actions, method.target_type === 'order' ? 'across' : undefined);
  }
  return actions;
}
