import type { RunContext } from '../../../kit/workflow-definition';
import { notAllowed, notFound } from '../../../kit/input';
import { requireHolder } from '../../../kit/ownership';
import type { WorkflowCart } from '../reads';
import { readCartStep } from '../steps/gateway/read-cart';

/** The cart as the run reads it; NOT_FOUND when there is none. */
export async function readCart(run: RunContext, id: string): Promise<WorkflowCart> {
  const cart = await run.step(readCartStep, { id });
  if (!cart) throw notFound(`Cart ${id} was not found`);
  return cart;
}

/**
 * A cart the run's actor may use: Medusa's store rule, a registered customer's cart is that
 * customer's (a customer the customer module no longer knows counts as registered).
 */
export async function usableCart(run: RunContext, id: string): Promise<WorkflowCart> {
  const cart = await readCart(run, id);
  requireHolder(
    run.actor,
    cart.customer ?? (cart.customer_id ? { id: cart.customer_id, has_account: true } : null),
    `Cart ${id}`,
  );
  return cart;
}

/** A usable cart that is not completed yet (Medusa's validateCartStep). */
export async function openCart(run: RunContext, id: string): Promise<WorkflowCart> {
  const cart = await usableCart(run, id);
  if (cart.completed_at) throw notAllowed(`Cart ${id} is already completed.`);
  return cart;
}

/** The promo codes a cart's items and shipping methods carry now (Medusa's getPromotionCodesToApply). */
export function currentCodes(cart: WorkflowCart): string[] {
  return [
    ...new Set(
      [...cart.items, ...cart.shipping_methods]
        .flatMap((line) => line.adjustments.map((adjustment) => adjustment.code))
        .filter((code): code is string => !!code),
    ),
  ];
}

/** The lock key of a cart's runs: one at a time per cart, across processes. */
export const cartKey = (cartId: string) => `Cart ${cartId}`;
