import { notAllowed } from '../../../../kit/errors';
import { assertId } from '../../../../kit/ids';
import { createWorkflow } from '../../../../kit/workflow-definition';
import { readOrderStep } from '../../steps/gateway/read-order';
import { setOrderStatusStep } from '../../steps/order/set-order-status';
import { cancelPaymentStep } from '../../steps/payment/cancel-payment';
import { updatePaymentCollectionStatusStep } from '../../steps/payment/update-payment-collection-status';
import { orderKey, readOrder, throwIfOrderIsCancelled } from './order-access';

/**
 * Medusa's cancelOrderWorkflow (admin `POST /admin/orders/:id/cancel`): refused when a payment has
 * captures or refunds or a fulfillment is not canceled (its rules and messages); otherwise the
 * payments are canceled, the payment collections get status `canceled` and the order status
 * `canceled`. Its links stay.
 */
export const cancelOrderWorkflow = createWorkflow<{ order_id: string }, { id: string }>({
  name: 'admin_cancel_order',
  steps: [readOrderStep, cancelPaymentStep, updatePaymentCollectionStatusStep, setOrderStatusStep],
  lockKey: ({ order_id }) => orderKey(order_id),
  async run(run, input) {
    const order = await readOrder(run, assertId(input.order_id, 'order', 'order_id'));
    throwIfOrderIsCancelled(order);
    const payments = order.payment_collections.flatMap((collection) => collection.payments ?? []);
    if (payments.some((payment) => payment.captures.length > 0))
      throw notAllowed('Order with payment capture(s) cannot be canceled', { order_id: order.id });
    if (payments.some((payment) => payment.refunds.length > 0))
      throw notAllowed('Order with payment refund(s) cannot be canceled', { order_id: order.id });
    if (order.fulfillments.some((fulfillment) => !fulfillment.canceled_at))
      throw notAllowed('All fulfillments must be canceled before canceling an order', { order_id: order.id });
    for (const payment of payments)
      if (!payment.canceled_at) await run.step(cancelPaymentStep, { payment_id: payment.id });
    for (const collection of order.payment_collections) {
      await run.step(updatePaymentCollectionStatusStep, {
        id: collection.id,
        status: 'canceled',
        previous: collection.status,
      });
    }
    await run.step(setOrderStatusStep, { id: order.id, status: 'canceled', previous: order.status });
    return { id: order.id };
  },
});
