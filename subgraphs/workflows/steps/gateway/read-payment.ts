import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const WorkflowPayment = graphql(`
  query WorkflowPayment($id: ID!) {
    payment(id: $id) {
      id
      amount
      currency_code
      canceled_at
      captures { amount }
      refunds { amount }
      payment_collection { id order { id } }
    }
  }
`);

/** A payment with its captures and refunds, and the order it pays (Medusa's useRemoteQueryStep on `payment`). */
export const readPaymentStep = createStep({
  name: 'read-payment',
  target: 'gateway',
  invoke: async ({ id }: { id: string }, { call }) => (await call(WorkflowPayment, { id })).payment,
});
