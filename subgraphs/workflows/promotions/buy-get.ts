import Decimal from 'decimal.js';
import type { WorkflowPromotion } from '../reads';
import { budgetExceeded, type AppliedAmounts, type ComputedActions } from './actions';
import type { ItemContext } from './context';
import { rulesHold } from './rules';

/** Quantities of lines a buy-get promotion took, per item id. */
type Quantities = Map<string, number>;

/** The buy and target quantities each buy-get promotion already took (Medusa's eligibleBuyItemMap / eligibleTargetItemMap). */
export interface BuyGetTaken {
  buy: Map<string, Quantities>;
  target: Map<string, Quantities>;
}

/** The lines the rules hold for, the most expensive line first (Medusa's sortByPrice, stable on ties). */
function eligible(items: ItemContext[], rules: WorkflowPromotion['rules']): ItemContext[] {
  return items
    .filter((item) => rulesHold(rules ?? [], item, 'items'))
    .sort((a, b) => b.subtotal.comparedTo(a.subtotal));
}

/** What is left of each line once the other buy-get promotions took theirs. */
function remaining(lines: ItemContext[], taken: Map<string, Quantities>, code: string): Quantities {
  return new Map(
    lines.map((item) => {
      let used = 0;
      for (const [other, quantities] of taken) if (other !== code) used += quantities.get(item.id) ?? 0;
      return [item.id, Math.max(item.quantity - used, 0)];
    }),
  );
}

const add = (map: Quantities, id: string, quantity: number) => map.set(id, (map.get(id) ?? 0) + quantity);

/**
 * Medusa's getComputedActionsForBuyGet: while the cart holds `buy_rules_min_quantity` units the
 * buy rules hold for (lines that cannot be targets reserved first), `apply_to_quantity` target
 * units (not reserved for the buy side) are discounted, most expensive first, up to
 * `max_quantity` units in all; one adjustment per discounted line.
 */
export function applyBuyGet(
  promotion: WorkflowPromotion,
  items: ItemContext[],
  applied: AppliedAmounts,
  taken: BuyGetTaken,
  actions: ComputedActions,
): void {
  const method = promotion.application_method;
  const minimumBuy = method?.buy_rules_min_quantity ?? 0;
  if (!method || items.length === 0 || minimumBuy <= 0 || !method.buy_rules?.length) return;
  const applyQuantity = method.apply_to_quantity ?? 0;
  const maximum = method.max_quantity ?? 1;
  const value = new Decimal(method.value ?? 0);
  const buyLines = eligible(items, method.buy_rules);
  const targetLines = eligible(items, method.target_rules);
  const buyLeft = remaining(buyLines, taken.buy, promotion.code);
  const targetLeft = remaining(targetLines, taken.target, promotion.code);
  const targetIds = new Set(targetLines.map((item) => item.id));
  const reservationOrder = [
    ...buyLines.filter((item) => !targetIds.has(item.id)),
    ...buyLines.filter((item) => targetIds.has(item.id)),
  ];
  const byId = new Map(items.map((item) => [item.id, item]));
  const amountByItem = new Map<string, Decimal>();
  const buyTaken: Quantities = new Map();
  const targetTaken: Quantities = new Map();
  let appliedQuantity = 0;
  for (let iteration = 0; iteration < 1000; iteration++) {
    // The buy side: enough units for the minimum.
    if ([...buyLeft.values()].reduce((sum, quantity) => sum + quantity, 0) < minimumBuy) break;
    const buy: [string, number][] = [];
    let reserved = 0;
    for (const item of reservationOrder) {
      if (reserved >= minimumBuy) break;
      const take = Math.min(buyLeft.get(item.id) ?? 0, minimumBuy - reserved);
      if (take <= 0) continue;
      buy.push([item.id, take]);
      reserved += take;
    }
    if (reserved < minimumBuy) break;
    const reservedById: Quantities = new Map();
    for (const [id, quantity] of buy) add(reservedById, id, quantity);
    // The target side: what the buy side left, within max_quantity.
    const targets: [string, number][] = [];
    let available = 0;
    for (const item of targetLines) {
      const free = (targetLeft.get(item.id) ?? 0) - (reservedById.get(item.id) ?? 0);
      if (free <= 0) continue;
      const take = Math.min(applyQuantity - available, free, maximum - appliedQuantity);
      if (take <= 0) continue;
      targets.push([item.id, take]);
      available += take;
      if (available >= applyQuantity) break;
    }
    if (available < applyQuantity) break;
    // The discount on the chosen target units.
    let toApply = applyQuantity;
    for (const [id, quantity] of targets) {
      if (toApply <= 0) break;
      const item = byId.get(id)!;
      const units = Math.min(quantity, toApply);
      const applicable = item.subtotal.div(item.quantity).mul(units);
      const amount =
        method.type === 'fixed' ? Decimal.min(value.mul(units), applicable) : applicable.mul(value).div(100);
      if (amount.lte(0)) continue;
      toApply -= units;
      if (budgetExceeded(promotion, amount)) {
        actions.skipped.push({ code: promotion.code, reason: 'campaign_budget_exceeded' });
        continue;
      }
      applied.set(id, (applied.get(id) ?? new Decimal(0)).add(amount));
      amountByItem.set(id, (amountByItem.get(id) ?? new Decimal(0)).add(amount));
      appliedQuantity += units;
    }
    // Units used on either side are used up for both.
    const consumed: Quantities = new Map();
    for (const [id, quantity] of [...buy, ...targets]) add(consumed, id, quantity);
    for (const [id, quantity] of consumed) {
      if (buyLeft.has(id)) buyLeft.set(id, buyLeft.get(id)! - quantity);
      if (targetLeft.has(id)) targetLeft.set(id, targetLeft.get(id)! - quantity);
    }
    for (const [id, quantity] of buy) add(buyTaken, id, quantity);
    for (const [id, quantity] of targets) add(targetTaken, id, quantity);
  }
  for (const [item_id, amount] of amountByItem)
    if (amount.gt(0)) actions.items.push({ item_id, code: promotion.code, amount, is_tax_inclusive: false });
  taken.buy.set(promotion.code, buyTaken);
  taken.target.set(promotion.code, targetTaken);
}
