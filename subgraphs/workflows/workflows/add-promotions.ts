import { createWorkflow } from '../../../kit/workflow-definition';
import { cartKey, currentCodes, openCart } from './cart-access';
import { promotionsByCode, REFRESH_STEPS, refreshCartItems } from './refresh-cart-items';

/** Medusa's updateCartPromotionsWorkflow with ADD (REPLACE with an empty list, which clears the codes). */
export const addPromotionsWorkflow = createWorkflow<{ cart_id: string; promo_codes: string[] }, { id: string }>({
  name: 'add_promotions',
  steps: [...REFRESH_STEPS],
  lockKey: ({ cart_id }) => cartKey(cart_id),
  async run(run, { cart_id, promo_codes }) {
    const cart = await openCart(run, cart_id);
    await promotionsByCode(run, promo_codes);
    await refreshCartItems(run, cart_id, promo_codes.length === 0 ? [] : [...currentCodes(cart), ...promo_codes]);
    return { id: cart_id };
  },
});
