import Decimal from 'decimal.js';
import { badUserInput } from '../../../kit/errors';
import { asStepNumber } from '../../../kit/totals';
import type { RunContext } from '../../../kit/workflow-definition';
import { actionContext, computeActions, isActive } from '../promotions';
import { budgetAttributeValue } from '../promotions/actions';
import { setLineItemAdjustmentsStep } from '../steps/cart/set-line-item-adjustments';
import { setShippingMethodAdjustmentsStep } from '../steps/cart/set-shipping-method-adjustments';
import { readCartStep } from '../steps/gateway/read-cart';
import { readPromotionContextStep } from '../steps/gateway/read-promotion-context';
import { readPromotionsStep } from '../steps/gateway/read-promotions';
import { createLinksStep } from '../steps/link/create-links';
import { dismissLinksStep } from '../steps/link/dismiss-links';
import { updatePaymentCollectionStep } from '../steps/payment/update-payment-collection';
import type { WorkflowPromotion } from '../reads';
import { readCart } from './cart-access';

/** The steps of the refresh, for the workflows that run it. */
export const REFRESH_STEPS = [
  readCartStep,
  readPromotionsStep,
  readPromotionContextStep,
  setLineItemAdjustmentsStep,
  setShippingMethodAdjustmentsStep,
  dismissLinksStep,
  createLinksStep,
  updatePaymentCollectionStep,
];

/** Medusa's getPromotionCodesToApply check: a code no promotion has is refused (whatever the promotion's status). */
function refuseUnknown(codes: string[], promotions: WorkflowPromotion[]): void {
  const unknown = codes.filter((code) => !promotions.some((promotion) => promotion.code === code));
  if (unknown.length > 0)
    throw badUserInput(`The promotion code ${unknown.join(', ')} is invalid`, { promo_codes: unknown });
}

/** The promotions of these codes; an unknown code is Medusa's refusal. */
export async function promotionsByCode(run: RunContext, codes: string[]): Promise<WorkflowPromotion[]> {
  if (codes.length === 0) return [];
  const { by_code } = await run.step(readPromotionsStep, { codes });
  refuseUnknown(codes, by_code);
  return by_code;
}

/**
 * Medusa's refreshCartItemsWorkflow (its promotion and payment parts), i.e. its
 * updateCartPromotionsWorkflow with REPLACE: the codes given and every active automatic promotion
 * are computed on the cart (promotions/index.ts); the cart's item and shipping-method adjustments
 * are replaced by the result, its cart–promotion links become the promotions that made an
 * adjustment (a code that made none, e.g. past its limit or budget, leaves the cart as in
 * Medusa), and the payment collection's amount follows the new total.
 */
export async function refreshCartItems(
  run: RunContext,
  cartId: string,
  codes: string[],
  options: { newCart?: boolean } = {},
): Promise<void> {
  const unique = [...new Set(codes)];
  const { by_code, automatic } = await run.step(readPromotionsStep, { codes: unique });
  refuseUnknown(unique, by_code);
  const candidates = [...by_code, ...automatic.filter((promotion) => !unique.includes(promotion.code))].filter(
    (promotion) => isActive(promotion, run.startedAt),
  );
  // A new cart has no adjustments, links or payment collection yet: with nothing to apply, nothing changes.
  if (options.newCart && candidates.length === 0) return;
  const cart = await readCart(run, cartId);
  // The rules' customer, product and shipping-option attributes: read only when something may apply.
  // With them, the uses of per-customer budgets by the cart's customer (or email).
  const perCustomer = candidates.filter((promotion) => promotion.campaign?.budget?.type === 'use_by_attribute');
  const extra =
    candidates.length > 0
      ? await run.step(readPromotionContextStep, {
          id: cartId,
          budgets: [...new Set(perCustomer.map((promotion) => promotion.campaign!.budget!.id))],
          values: [...new Set(perCustomer.map((promotion) => budgetAttributeValue(cart, promotion)))],
        })
      : null;
  const actions = computeActions(candidates, actionContext(cart, extra), extra?.budget_usages ?? []);
  const idOf = new Map(candidates.map((promotion) => [promotion.code, promotion.id]));
  const adjustments = actions.items.map((action) => ({
    id: run.newId('caliadj'),
    item_id: action.item_id,
    code: action.code,
    // Medusa stores the computed amount as the number its next workflow step receives.
    amount: asStepNumber(action.amount),
    description: null,
    is_tax_inclusive: action.is_tax_inclusive,
    promotion_id: idOf.get(action.code) ?? null,
    provider_id: null,
  }));
  const previous = cart.items.flatMap((item) => item.adjustments.map(({ id: _id, ...adjustment }) => adjustment));
  await run.step(setLineItemAdjustmentsStep, { cart_id: cartId, adjustments, previous });
  const shippingAdjustments = actions.shipping_methods.map((action) => ({
    id: run.newId('casmadj'),
    shipping_method_id: action.shipping_method_id,
    code: action.code,
    amount: asStepNumber(action.amount),
    description: null,
    promotion_id: idOf.get(action.code) ?? null,
    provider_id: null,
  }));
  const previousShipping = cart.shipping_methods.flatMap((method) =>
    method.adjustments.map(({ id: _id, ...adjustment }) => ({ ...adjustment, shipping_method_id: method.id })),
  );
  if (shippingAdjustments.length > 0 || previousShipping.length > 0)
    await run.step(setShippingMethodAdjustmentsStep, {
      cart_id: cartId,
      adjustments: shippingAdjustments,
      previous: previousShipping,
    });
  const applied = new Set(
    [...adjustments, ...shippingAdjustments]
      .map((adjustment) => adjustment.promotion_id)
      .filter((id): id is string => !!id),
  );
  const linkOf = (promotionId: string) => ({ cart: { cart_id: cartId }, promotion: { promotion_id: promotionId } });
  const stale = (cart.promotions ?? [])
    .filter((promotion) => !applied.has(promotion.id))
    .map((promotion) => linkOf(promotion.id));
  const fresh = [...applied]
    .filter((id) => !(cart.promotions ?? []).some((promotion) => promotion.id === id))
    .map(linkOf);
  if (stale.length > 0) await run.step(dismissLinksStep, { links: stale });
  if (fresh.length > 0) await run.step(createLinksStep, { links: fresh });
  await syncPaymentCollection(run, cartId);
}

/** Medusa's refreshPaymentCollectionForCart: a collection whose amount differs from the total is updated. */
export async function syncPaymentCollection(run: RunContext, cartId: string): Promise<void> {
  const cart = await readCart(run, cartId);
  const collection = cart.payment_collection;
  if (!collection || new Decimal(collection.amount).eq(cart.total)) return;
  await run.step(updatePaymentCollectionStep, { id: collection.id, amount: cart.total, previous: collection.amount });
}
