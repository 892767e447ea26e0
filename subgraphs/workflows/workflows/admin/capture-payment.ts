import { notFound } from '../../../../kit/errors';
import { assertId } from '../../../../kit/ids';
import { createWorkflow } from '../../../../kit/workflow-definition';
import { readPaymentStep } from '../../steps/gateway/read-payment';
import { addOrderTransactionStep } from '../../steps/order/add-order-transaction';
import { capturePaymentStep } from '../../steps/payment/capture-payment';

/**
 * Medusa's capturePaymentWorkflow (admin `POST /admin/payments/:id/capture`): captures `amount`
 * (default: what is left of the authorized amount); the payment module refuses more than is left.
 * The capture is recorded as a transaction of the payment's order.
 */
export const capturePaymentWorkflow = createWorkflow<{ payment_id: string; amount?: string | null }, { id: string }>({
  name: 'admin_capture_payment',
  steps: [readPaymentStep, capturePaymentStep, addOrderTransactionStep],
  lockKey: ({ payment_id }) => `payment:${payment_id}`,
  async run(run, input) {
    const id = assertId(input.payment_id, 'pay', 'payment_id');
    const payment = await run.step(readPaymentStep, { id });
    if (!payment) throw notFound(`Payment with id: ${id} was not found`, { payment_id: id });
    const captureId = run.newId('capt');
    const captured = await run.step(capturePaymentStep, {
      payment_id: id,
      amount: input.amount,
      capture_id: captureId,
    });
    // Medusa's addOrderTransactionStep: the order's summary counts what was paid.
    const capture = captured.captures.find((candidate) => candidate.id === captureId);
    const orderId = payment.payment_collection?.order?.id;
    if (capture && orderId) {
      await run.step(addOrderTransactionStep, {
        id: run.newId('ordtrx'),
        order_id: orderId,
        amount: capture.amount,
        currency_code: payment.currency_code,
        reference: 'capture',
        reference_id: capture.id,
      });
    }
    return { id };
  },
});
