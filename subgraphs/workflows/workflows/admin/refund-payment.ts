import Decimal from 'decimal.js';
import { badUserInput, notFound } from '../../../../kit/errors';
import { currencyEpsilon } from '../../../../kit/currencies';
import { assertId } from '../../../../kit/ids';
import { sumAmounts } from '../../../../kit/totals';
import { createWorkflow } from '../../../../kit/workflow-definition';
import { readPaymentStep } from '../../steps/gateway/read-payment';
import { addOrderTransactionStep } from '../../steps/order/add-order-transaction';
import { refundPaymentStep } from '../../steps/payment/refund-payment';

interface RefundInput {
  payment_id: string;
  amount?: string | null;
  refund_reason_id?: string | null;
  note?: string | null;
}

/**
 * Medusa's refundPaymentWorkflow (admin `POST /admin/payments/:id/refund`): refuses more than what
 * is captured less what is refunded (its validateRefundPaymentExceedsCapturedAmountStep and
 * message), then refunds `amount` (default: the payment's amount), recorded as a negative
 * transaction of the payment's order.
 */
export const refundPaymentWorkflow = createWorkflow<RefundInput, { id: string }>({
  name: 'admin_refund_payment',
  steps: [readPaymentStep, refundPaymentStep, addOrderTransactionStep],
  lockKey: ({ payment_id }) => `payment:${payment_id}`,
  async run(run, input) {
    const id = assertId(input.payment_id, 'pay', 'payment_id');
    const payment = await run.step(readPaymentStep, { id });
    if (!payment) throw notFound(`Payment with id: ${id} was not found`, { payment_id: id });
    const amount = input.amount ?? payment.amount;
    // Medusa: refused when it exceeds what is captured by more than the currency's epsilon.
    if (
      sumAmounts(payment.refunds)
        .add(amount)
        .sub(sumAmounts(payment.captures))
        .gt(currencyEpsilon(payment.currency_code))
    )
      throw badUserInput('You are not allowed to refund more than the captured amount', { argument: 'amount' });
    const refundId = run.newId('ref');
    const refunded = await run.step(refundPaymentStep, { ...input, payment_id: id, refund_id: refundId });
    // Medusa's addOrderTransactionStep: a refund is a negative transaction of the order.
    const refund = refunded.refunds.find((candidate) => candidate.id === refundId);
    const orderId = payment.payment_collection?.order?.id;
    if (refund && orderId) {
      await run.step(addOrderTransactionStep, {
        id: run.newId('ordtrx'),
        order_id: orderId,
        amount: new Decimal(refund.amount).neg().toString(),
        currency_code: payment.currency_code,
        reference: 'refund',
        reference_id: refund.id,
      });
    }
    return { id };
  },
});
