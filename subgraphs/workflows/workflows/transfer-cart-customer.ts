import { forbidden, unauthenticated } from '../../../kit/auth';
import { notFound } from '../../../kit/input';
import { createWorkflow } from '../../../kit/workflow-definition';
import { updateCartStep } from '../steps/cart/update-cart';
import { readCustomerStep } from '../steps/gateway/read-customer';
import { cartKey, currentCodes, openCart } from './cart-access';
import { REFRESH_STEPS, refreshCartItems } from './refresh-cart-items';
import { TAX_STEPS, updateTaxLines } from './update-tax-lines';

/**
 * Medusa's transferCartCustomerWorkflow (POST /store/carts/:id/customer): the signed-in customer
 * takes over a guest's cart, which gets its id and email (Medusa's updateCartsStep, whose undo puts
 * them back), then the refresh. A cart already its own is left as it is; a registered customer's
 * cart is refused to any other (the store's ownership rule, in openCart).
 */
export const transferCartCustomerWorkflow = createWorkflow<{ cart_id: string }, { id: string }>({
  name: 'transfer_cart_customer',
  steps: [readCustomerStep, updateCartStep, ...REFRESH_STEPS, ...TAX_STEPS],
  lockKey: ({ cart_id }) => cartKey(cart_id),
  async run(run, { cart_id }) {
    const { actor } = run;
    if (actor.type !== 'customer') {
      if (actor.type === 'user' || actor.type === 'system')
        throw forbidden("A cart is transferred to the signed-in customer: use that customer's token");
      throw unauthenticated('Sign in as a customer to take over a cart');
    }
    const cart = await openCart(run, cart_id);
    // The same customer: nothing changes, so an email the customer set on the cart stays.
    if (cart.customer_id === actor.id) return { id: cart_id };
    const customer = await run.step(readCustomerStep, { id: actor.id });
    if (!customer) throw notFound(`Customer ${actor.id} was not found`);
    await run.step(updateCartStep, {
      id: cart_id,
      change: { customer_id: customer.id, email: customer.email },
      previous: { customer_id: cart.customer_id, email: cart.email },
    });
    // Medusa's refresh with force_refresh: every tax line again.
    await updateTaxLines(run, cart_id);
    await refreshCartItems(run, cart_id, currentCodes(cart));
    return { id: cart_id };
  },
});
