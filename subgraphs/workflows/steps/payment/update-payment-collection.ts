import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const UpdatePaymentCollection = graphql(`
  mutation UpdatePaymentCollection($id: ID!, $amount: BigNumber!) {
    payment_collection_update(id: $id, input: { amount: $amount }) { id }
  }
`);

/** Medusa's refreshPaymentCollectionForCart: the collection's amount put in step with the cart's total; undo: the amount before. */
export const updatePaymentCollectionStep = createStep({
  name: 'update-payment-collection',
  target: 'payment',
  invoke: async ({ id, amount }: { id: string; amount: string; previous: string }, { call }) =>
    (await call(UpdatePaymentCollection, { id, amount })).payment_collection_update,
  compensate: async ({ id, previous }, _output, { call }) => call(UpdatePaymentCollection, { id, amount: previous }),
});
