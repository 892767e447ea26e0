import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const RefundPayment = graphql(`
  mutation RefundPayment($payment_id: ID!, $amount: BigNumber, $refund_reason_id: ID, $note: String, $refund_id: ID!) {
    refund_payment(payment_id: $payment_id, amount: $amount, refund_reason_id: $refund_reason_id, note: $note, refund_id: $refund_id) { id refunds { id amount } }
  }
`);
const DeleteRefund = graphql(`
  mutation DeleteRefund($id: ID!) {
    refund_delete(id: $id)
  }
`);

/** Medusa's refundPaymentStep, the refund's id chosen before the call. Undo: delete the refund. */
export const refundPaymentStep = createStep({
  name: 'refund-payment',
  target: 'payment',
  invoke: async (
    input: {
      payment_id: string;
      amount?: string | null;
      refund_reason_id?: string | null;
      note?: string | null;
      refund_id: string;
    },
    { call },
  ) => (await call(RefundPayment, input)).refund_payment,
  compensate: async ({ refund_id }, _output, { call }) => call(DeleteRefund, { id: refund_id }),
});
