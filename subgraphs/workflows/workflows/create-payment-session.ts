import { createWorkflow } from '../../../kit/workflow-definition';
import { notFound } from '../../../kit/input';
import { createPaymentSessionStep } from '../steps/payment/create-payment-session';
import { readCartStep } from '../steps/gateway/read-cart';
import { readPaymentCollectionStep } from '../steps/gateway/read-payment-collection';
import { usableCart } from './cart-access';

/**
 * Medusa's createPaymentSessionsWorkflow. It runs under the lock of the collection's cart (the
 * payment collection's id names it, resolved by the resolver before the run), so a session never
 * lands beside a completion of the same cart.
 */
export const createPaymentSessionWorkflow = createWorkflow<
  { payment_collection_id: string; provider_id: string; cart_id: string | null },
  { id: string }
>({
  name: 'create_payment_session',
  steps: [readPaymentCollectionStep, readCartStep, createPaymentSessionStep],
  lockKey: ({ cart_id, payment_collection_id }) =>
    cart_id ? `Cart ${cart_id}` : `PaymentCollection ${payment_collection_id}`,
  async run(run, { payment_collection_id, provider_id }) {
    const collection = await run.step(readPaymentCollectionStep, { id: payment_collection_id });
    if (!collection) throw notFound(`Payment collection ${payment_collection_id} was not found`);
    // The collection is its cart's: the same ownership rule as for the cart.
    if (collection.cart) await usableCart(run, collection.cart.id);
    await run.step(createPaymentSessionStep, { id: run.newId('payses'), payment_collection_id, provider_id });
    return { id: payment_collection_id };
  },
});
