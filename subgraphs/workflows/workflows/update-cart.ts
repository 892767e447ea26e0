import { createWorkflow } from '../../../kit/workflow-definition';
import type { CartUpdateInput } from '../generated/documents/graphql';
import type { UpdateCartInput } from '../generated/resolvers';
import { updateCartStep } from '../steps/cart/update-cart';
import { cartKey, currentCodes, openCart } from './cart-access';
import { REFRESH_STEPS, refreshCartItems } from './refresh-cart-items';
import { TAX_STEPS, updateTaxLines } from './update-tax-lines';

/** Medusa's updateCartWorkflow (email, addresses, metadata, promo codes), then the refresh every update runs. */
export const updateCartWorkflow = createWorkflow<{ cart_id: string; input: UpdateCartInput }, { id: string }>({
  name: 'update_cart',
  steps: [updateCartStep, ...REFRESH_STEPS, ...TAX_STEPS],
  lockKey: ({ cart_id }) => cartKey(cart_id),
  async run(run, { cart_id, input }) {
    const cart = await openCart(run, cart_id);
    const change: CartUpdateInput = {};
    if (input.email !== undefined) change.email = input.email?.toLowerCase() ?? null;
    if (input.shipping_address !== undefined) change.shipping_address = input.shipping_address;
    if (input.billing_address !== undefined) change.billing_address = input.billing_address;
    if (input.metadata !== undefined) change.metadata = input.metadata;
    if (Object.keys(change).length > 0) {
      const previous = {
        email: cart.email,
        shipping_address: cart.shipping_address,
        billing_address: cart.billing_address,
        metadata: cart.metadata,
      };
      await run.step(updateCartStep, { id: cart_id, change, previous });
    }
    // Medusa recomputes every tax line when the address changes where it is taxed.
    if (taxAddressChanged(cart.shipping_address, input.shipping_address)) await updateTaxLines(run, cart_id);
    // The given codes replace the current ones; without any, the current ones are applied again.
    await refreshCartItems(run, cart_id, input.promo_codes ?? currentCodes(cart));
    return { id: cart_id };
  },
});

/** Medusa's taxRelevantAddressChanged: a new address whose country, province, postal code or city differs. */
function taxAddressChanged(
  previous: {
    country_code?: string | null;
    province?: string | null;
    postal_code?: string | null;
    city?: string | null;
  } | null,
  next: UpdateCartInput['shipping_address'],
): boolean {
  if (!next) return false;
  const changed = (value: string | null | undefined, before: string | null | undefined) =>
    value !== undefined && value !== before;
  return (
    changed(next.country_code?.toLowerCase(), previous?.country_code?.toLowerCase()) ||
    changed(next.province, previous?.province) ||
    changed(next.postal_code, previous?.postal_code) ||
    changed(next.city, previous?.city)
  );
}
