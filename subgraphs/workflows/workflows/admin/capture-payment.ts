import { notFound } from '../../../../kit/errors';
import { assertId } from '../../../../kit/ids';
import { createWorkflow } from '../../../../kit/workflow-definition';
import { readPaymentStep } from '../../steps/gateway/read-payment';
import { capturePaymentStep } from '../../steps/payment/capture-payment';

/**
 * Medusa's capturePaymentWorkflow (admin `POST /admin/payments/:id/capture`): captures `amount`
 * (default: what is left of the authorized amount); the payment module refuses more than is left.
 */
export const capturePaymentWorkflow = createWorkflow<{ payment_id: string; amount?: string | null }, { id: string }>({
  name: 'admin_capture_payment',
  steps: [readPaymentStep, capturePaymentStep],
  lockKey: ({ payment_id }) => `payment:${payment_id}`,
  async run(run, input) {
    const id = assertId(input.payment_id, 'pay', 'payment_id');
    const payment = await run.step(readPaymentStep, { id });
    if (!payment) throw notFound(`Payment with id: ${id} was not found`, { payment_id: id });
    await run.step(capturePaymentStep, { payment_id: id, amount: input.amount, capture_id: run.newId('capt') });
    return { id };
  },
});
