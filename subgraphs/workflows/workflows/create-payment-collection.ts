import { createWorkflow } from '../../../kit/workflow-definition';
import { notAllowed } from '../../../kit/input';
import { createPaymentCollectionStep } from '../steps/payment/create-payment-collection';
import { createLinksStep } from '../steps/link/create-links';
import { readCartStep } from '../steps/gateway/read-cart';
import { cartKey, usableCart } from './cart-access';

/** Medusa's createPaymentCollectionForCartWorkflow: idempotent, a cart that has a collection gets it back. */
export const createPaymentCollectionWorkflow = createWorkflow<{ cart_id: string }, { id: string }>({
  name: 'create_payment_collection',
  steps: [readCartStep, createPaymentCollectionStep, createLinksStep],
  lockKey: ({ cart_id }) => cartKey(cart_id),
  async run(run, { cart_id }) {
    const cart = await usableCart(run, cart_id);
    if (cart.payment_collection) return { id: cart.payment_collection.id };
    if (cart.completed_at) throw notAllowed(`Cart ${cart_id} is already completed.`);
    const { id } = await run.step(createPaymentCollectionStep, {
      id: run.newId('pay_col'),
      currency_code: cart.currency_code,
      amount: cart.total,
    });
    await run.step(createLinksStep, { links: [{ cart: { cart_id }, payment: { payment_collection_id: id } }] });
    return { id };
  },
});
