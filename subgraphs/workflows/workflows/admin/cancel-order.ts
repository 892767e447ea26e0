import { notAllowed } from '../../../../kit/errors';
import { assertId } from '../../../../kit/ids';
import { sumAmounts } from '../../../../kit/totals';
import { createWorkflow } from '../../../../kit/workflow-definition';
import { readOrderStep } from '../../steps/gateway/read-order';
import { addOrderTransactionStep } from '../../steps/order/add-order-transaction';
import { setOrderStatusStep } from '../../steps/order/set-order-status';
import { cancelPaymentStep } from '../../steps/payment/cancel-payment';
import { refundPaymentStep } from '../../steps/payment/refund-payment';
import { updatePaymentCollectionStatusStep } from '../../steps/payment/update-payment-collection-status';
import { orderKey, readOrder, throwIfOrderIsCancelled } from './order-access';

/**
 * Medusa 2.21's cancelOrderWorkflow (admin `POST /admin/orders/:id/cancel`): refused for a completed
 * order or one whose fulfillments are not all canceled (its messages); otherwise what was captured
 * and not yet refunded is refunded (its refundCapturedPaymentsWorkflow, each refund a negative
 * transaction of the order), payments never captured are canceled, the payment collections get
 * status `canceled` and the order status `canceled`. Its links stay.
 */
export const cancelOrderWorkflow = createWorkflow<{ order_id: string }, { id: string }>({
  name: 'admin_cancel_order',
  steps: [
    readOrderStep,
    refundPaymentStep,
    addOrderTransactionStep,
    cancelPaymentStep,
    updatePaymentCollectionStatusStep,
    setOrderStatusStep,
  ],
  lockKey: ({ order_id }) => orderKey(order_id),
  async run(run, input) {
    const order = await readOrder(run, assertId(input.order_id, 'order', 'order_id'));
    throwIfOrderIsCancelled(order);
    if (order.status === 'completed')
      throw notAllowed(
        'Cannot cancel a completed order. Please use the return process to handle refunds or exchanges.',
        { order_id: order.id },
      );
    if (order.fulfillments.some((fulfillment) => !fulfillment.canceled_at))
      throw notAllowed('All fulfillments must be canceled before canceling an order', { order_id: order.id });
    const payments = order.payment_collections.flatMap((collection) => collection.payments ?? []);
    for (const payment of payments) {
      if (payment.captures.length === 0) {
        if (!payment.canceled_at) await run.step(cancelPaymentStep, { payment_id: payment.id });
        continue;
      }
      const left = sumAmounts(payment.captures).sub(sumAmounts(payment.refunds));
      if (!left.gt(0)) continue;
      const refundId = run.newId('ref');
      await run.step(refundPaymentStep, { payment_id: payment.id, amount: left.toString(), refund_id: refundId });
      await run.step(addOrderTransactionStep, {
        id: run.newId('ordtrx'),
        order_id: order.id,
        amount: left.neg().toString(),
        currency_code: order.currency_code,
        reference: 'refund',
        reference_id: refundId,
      });
    }
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
