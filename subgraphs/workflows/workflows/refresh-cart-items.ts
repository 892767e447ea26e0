import Decimal from 'decimal.js';
import { badUserInput } from '../../../kit/errors';
import type { RunContext } from '../../../kit/workflow-definition';
import { itemAdjustments } from '../promotions';
import { setLineItemAdjustmentsStep } from '../steps/cart/set-line-item-adjustments';
import { readCartStep } from '../steps/gateway/read-cart';
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
  setLineItemAdjustmentsStep,
  dismissLinksStep,
  createLinksStep,
  updatePaymentCollectionStep,
];

/** The promotions of these codes; an unknown code is Medusa's refusal. */
export async function promotionsByCode(run: RunContext, codes: string[]): Promise<WorkflowPromotion[]> {
  if (codes.length === 0) return [];
  const promotions = await run.step(readPromotionsStep, { codes });
  const unknown = codes.filter((code) => !promotions.some((promotion) => promotion.code === code));
  if (unknown.length > 0)
    throw badUserInput(`The promotion code ${unknown.join(', ')} is invalid`, { promo_codes: unknown });
  return promotions;
}

/**
 * Medusa's refreshCartItemsWorkflow (its promotion and payment parts): re-applies the promo codes
 * (REPLACE) to the current items, replaces the cart's adjustments and its cart–promotion links with
 * the codes that yield one, and puts the payment collection's amount in step with the new total.
 */
export async function refreshCartItems(run: RunContext, cartId: string, codes: string[]): Promise<void> {
  const cart = await readCart(run, cartId);
  const promotions = await promotionsByCode(run, [...new Set(codes)]);
  // In the order given, each on what the ones before left of each line (Medusa's applied amounts).
  const appliedByItem = new Map<string, Decimal>();
  const adjustments = promotions
    .flatMap((promotion) => itemAdjustments(promotion, cart, appliedByItem, run.startedAt))
    .map((adjustment) => ({ ...adjustment, id: run.newId('caliadj') }));
  const previous = cart.items.flatMap((item) => item.adjustments.map(({ id: _id, ...adjustment }) => adjustment));
  await run.step(setLineItemAdjustmentsStep, { cart_id: cartId, adjustments, previous });
  const applied = new Set(adjustments.map((adjustment) => adjustment.promotion_id));
  const linkOf = (promotionId: string) => ({ cart: { cart_id: cartId }, promotion: { promotion_id: promotionId } });
  const stale = (cart.promotions ?? [])
    .filter((promotion) => !applied.has(promotion.id))
    .map((promotion) => linkOf(promotion.id));
  const fresh = [...applied]
    .filter((id): id is string => !!id && !(cart.promotions ?? []).some((promotion) => promotion.id === id))
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
