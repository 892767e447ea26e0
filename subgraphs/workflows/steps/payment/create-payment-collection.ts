import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { PaymentCollectionCreateInput } from '../../generated/documents/graphql';

const CreatePaymentCollection = graphql(`
  mutation CreatePaymentCollection($input: PaymentCollectionCreateInput!) {
    payment_collection_create(input: $input) { id }
  }
`);
const DeletePaymentCollection = graphql(`
  mutation DeletePaymentCollection($id: ID!) {
    payment_collection_delete(id: $id)
  }
`);

/** Medusa's createPaymentCollectionsStep, its id chosen before the call. Undo: delete it (gone is done). */
export const createPaymentCollectionStep = createStep({
  name: 'create-payment-collection',
  target: 'payment',
  invoke: async (input: PaymentCollectionCreateInput & { id: string }, { call }) =>
    (await call(CreatePaymentCollection, { input })).payment_collection_create,
  compensate: async ({ id }, _output, { call }) => call(DeletePaymentCollection, { id }),
});
