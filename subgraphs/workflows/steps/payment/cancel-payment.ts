import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const CancelPayment = graphql(`
  mutation CancelPayment($payment_id: ID!) {
    cancel_payment(payment_id: $payment_id) { id }
  }
`);
const UndoCancelPayment = graphql(`
  mutation UndoCancelPayment($payment_id: ID!) {
    payment_cancel_undo(payment_id: $payment_id) { id }
  }
`);

/** Medusa's cancelPaymentStep (a canceled payment answers as it is). Undo: not canceled any more. */
export const cancelPaymentStep = createStep({
  name: 'cancel-payment',
  target: 'payment',
  invoke: async ({ payment_id }: { payment_id: string }, { call }) =>
    (await call(CancelPayment, { payment_id })).cancel_payment,
  compensate: async ({ payment_id }, _output, { call }) => call(UndoCancelPayment, { payment_id }),
});
