import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const WorkflowPaymentCollection = graphql(`
  query WorkflowPaymentCollection($id: ID!) {
    payment_collection(id: $id) { id status amount currency_code cart { id } }
  }
`);

/** A payment collection and the cart it belongs to. */
export const readPaymentCollectionStep = createStep({
  name: 'read-payment-collection',
  target: 'gateway',
  invoke: async ({ id }: { id: string }, { call }) =>
    (await call(WorkflowPaymentCollection, { id })).payment_collection,
});
