import { createWorkflow } from '../../../kit/workflow-definition';
import { cartKey, currentCodes, openCart } from './cart-access';
import { REFRESH_STEPS, refreshCartItems } from './refresh-cart-items';

/** Medusa's updateCartPromotionsWorkflow with REMOVE. */
export const removePromotionsWorkflow = createWorkflow<{ cart_id: string; promo_codes: string[] }, { id: string }>({
  name: 'remove_promotions',
  steps: [...REFRESH_STEPS],
  lockKey: ({ cart_id }) => cartKey(cart_id),
  async run(run, { cart_id, promo_codes }) {
    const cart = await openCart(run, cart_id);
    await refreshCartItems(
      run,
      cart_id,
      currentCodes(cart).filter((code) => !promo_codes.includes(code)),
    );
    return { id: cart_id };
  },
});
