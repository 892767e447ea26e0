import Decimal from 'decimal.js';
import type { WorkflowPromotion } from '../reads';
import { budgetExceeded, type AppliedAmounts, type ComputedActions } from './actions';
import type { ShippingContext } from './context';
import { rulesHold } from './rules';

/**
 * Medusa's getComputedActionsForShippingMethods: the methods the target rules hold for; `each`
 * (and `once`, the cheapest `max_quantity` methods) discounts each method up to what is left of
 * it, `across` shares a fixed value by what is left of each.
 */
export function applyToShippingMethods(
  promotion: WorkflowPromotion,
  methods: ShippingContext[],
  applied: AppliedAmounts,
  actions: ComputedActions,
): void {
  const method = promotion.application_method!;
  const allocation = method.allocation;
  let targets = methods.filter((shipping) => rulesHold(method.target_rules, shipping, 'shipping_methods'));
  if (allocation === 'once') targets = [...targets].sort((a, b) => a.subtotal.comparedTo(b.subtotal));
  const value = new Decimal(method.value ?? 0);
  const add = (shipping: ShippingContext, amount: Decimal) => {
    if (amount.lte(0)) return false;
    if (budgetExceeded(promotion, amount)) {
      actions.skipped.push({ code: promotion.code, reason: 'campaign_budget_exceeded' });
      return false;
    }
    applied.set(shipping.id, (applied.get(shipping.id) ?? new Decimal(0)).add(amount));
    actions.shipping_methods.push({ shipping_method_id: shipping.id, code: promotion.code, amount });
    return true;
  };
  if (allocation === 'each' || allocation === 'once') {
    let quota = method.max_quantity ?? 0;
    for (const shipping of targets) {
      if (allocation === 'once' && quota <= 0) break;
      if (shipping.subtotal.isZero()) continue;
      const left = shipping.subtotal.sub(applied.get(shipping.id) ?? 0);
      const discount = method.type === 'percentage' ? value.div(100).mul(left) : value;
      if (add(shipping, Decimal.min(discount, left)) && allocation === 'once') quota -= 1;
    }
  }
  if (allocation === 'across') {
    const total = targets.reduce(
      (sum, shipping) => sum.add(shipping.subtotal.sub(applied.get(shipping.id) ?? 0)),
      new Decimal(0),
    );
    if (total.lte(0)) return;
    for (const shipping of targets) {
      if (shipping.subtotal.isZero()) continue;
      const left = shipping.subtotal.sub(applied.get(shipping.id) ?? 0);
      const discount = method.type === 'percentage' ? value.div(100).mul(left) : left.div(total).mul(value);
      add(shipping, Decimal.min(discount, left));
    }
  }
}
