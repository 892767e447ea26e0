import Decimal from 'decimal.js';
import type { WorkflowPromotion } from '../reads';
import { budgetExceeded, EPSILON, type AppliedAmounts, type ComputedActions } from './actions';
import type { ItemContext } from './context';
import { rulesHold } from './rules';

/** Medusa's getValidItemsForPromotion: discountable lines with a subtotal, whose target rules hold. */
function validItems(items: ItemContext[], promotion: WorkflowPromotion): ItemContext[] {
  const rules = promotion.application_method?.target_rules ?? [];
  return items.filter(
    (item) => item.is_discountable && item.subtotal.gt(0) && (rules.length === 0 || rulesHold(rules, item, 'items')),
  );
}

/**
 * Medusa's calculateAdjustmentAmountFromPromotion for one line: `across` takes the line's share of
 * what is left of all target lines; `each` discounts at most `max_quantity` units (1 when unset).
 * Tax-inclusive promotions work on the lines' original totals.
 */
function adjustmentAmount(
  item: ItemContext,
  promotion: WorkflowPromotion,
  allocation: string | null | undefined,
  applied: Decimal,
  linesAmount: Decimal,
): Decimal {
  const method = promotion.application_method!;
  const value = new Decimal(method.value ?? 0);
  const base = promotion.is_tax_inclusive ? item.original_total : item.subtotal;
  const appliedInBase = promotion.is_tax_inclusive ? applied.mul(item.original_total.div(item.subtotal)) : applied;
  const unit = base.div(item.quantity);
  let applicable: Decimal;
  if (allocation === 'across') {
    const quantity = method.max_quantity ? Math.min(item.quantity, method.max_quantity) : item.quantity;
    applicable = unit.mul(quantity).sub(appliedInBase);
  } else {
    applicable = Decimal.min(base.sub(appliedInBase), unit.mul(method.max_quantity ?? 1));
  }
  if (applicable.lte(EPSILON)) return new Decimal(0);
  let amount: Decimal;
  if (method.type === 'percentage') amount = value.div(100).mul(applicable);
  else if (allocation === 'across') amount = applicable.div(linesAmount).mul(value);
  else amount = Decimal.min(value.mul(Math.min(item.quantity, method.max_quantity ?? 1)), applicable);
  amount = Decimal.min(amount, applicable);
  return amount.lte(EPSILON) ? new Decimal(0) : amount;
}

/** Medusa's applyPromotionToItems: one adjustment per target line, each on what earlier promotions left. */
export function applyToItems(
  promotion: WorkflowPromotion,
  items: ItemContext[],
  applied: AppliedAmounts,
  actions: ComputedActions,
  allocationOverride?: 'across',
): void {
  const method = promotion.application_method;
  if (!method || items.length === 0) return;
  const allocation = method.allocation ?? allocationOverride;
  let targets = validItems(items, promotion);
  if (targets.length === 0) return;
  // `once`: the cheapest units first, up to max_quantity units over all lines.
  if (allocation === 'once')
    targets = [...targets].sort((a, b) => a.subtotal.div(a.quantity).comparedTo(b.subtotal.div(b.quantity)));
  const baseOf = (item: ItemContext) => (promotion.is_tax_inclusive ? item.original_total : item.subtotal);
  let linesAmount = new Decimal(0);
  if (allocation === 'across') {
    linesAmount = targets.reduce((sum, item) => {
      const done = applied.get(item.id) ?? new Decimal(0);
      const doneInBase = promotion.is_tax_inclusive ? done.mul(item.original_total.div(item.subtotal)) : done;
      return sum.add(baseOf(item)).sub(doneInBase);
    }, new Decimal(0));
    if (linesAmount.lte(0)) return;
  }
  let quota = method.max_quantity ?? 0;
  for (const item of targets) {
    if (allocation === 'once' && quota <= 0) break;
    if (baseOf(item).lte(0)) continue;
    const done = applied.get(item.id) ?? new Decimal(0);
    const effective =
      allocation === 'once'
        ? { ...promotion, application_method: { ...method, max_quantity: Math.min(quota, item.quantity) } }
        : promotion;
    const amount = adjustmentAmount(item, effective, allocation === 'once' ? 'each' : allocation, done, linesAmount);
    if (amount.lte(0)) continue;
    if (budgetExceeded(promotion, amount)) {
      actions.skipped.push({ code: promotion.code, reason: 'campaign_budget_exceeded' });
      continue;
    }
    const withoutTax = promotion.is_tax_inclusive ? amount.mul(item.subtotal.div(item.original_total)) : amount;
    applied.set(item.id, done.add(withoutTax));
    if (allocation === 'once') quota -= Math.min(quota, item.quantity);
    actions.items.push({
      item_id: item.id,
      code: promotion.code,
      amount,
      is_tax_inclusive: promotion.is_tax_inclusive,
    });
  }
}
