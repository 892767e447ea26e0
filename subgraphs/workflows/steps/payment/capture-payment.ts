import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const CapturePayment = graphql(`
  mutation CapturePayment($payment_id: ID!, $amount: BigNumber, $capture_id: ID!) {
    capture_payment(payment_id: $payment_id, amount: $amount, capture_id: $capture_id) { id captures { id amount } }
  }
`);
const DeleteCapture = graphql(`
  mutation DeleteCapture($id: ID!) {
    capture_delete(id: $id)
  }
`);

/** Medusa's capturePaymentStep, the capture's id chosen before the call. Undo: delete the capture. */
export const capturePaymentStep = createStep({
  name: 'capture-payment',
  target: 'payment',
  invoke: async (input: { payment_id: string; amount?: string | null; capture_id: string }, { call }) =>
    (await call(CapturePayment, input)).capture_payment,
  compensate: async ({ capture_id }, _output, { call }) => call(DeleteCapture, { id: capture_id }),
});
