import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { PaymentCollectionStatus } from '../../generated/documents/graphql';

const SetPaymentCollectionStatus = graphql(`
  mutation SetPaymentCollectionStatus($id: ID!, $status: PaymentCollectionStatus!) {
    update_payment_collections(id: $id, data: { status: $status }) { id status }
  }
`);

/** Medusa's updatePaymentCollectionStep for a status. Undo: the status it had (`previous`). */
export const updatePaymentCollectionStatusStep = createStep({
  name: 'update-payment-collection-status',
  target: 'payment',
  invoke: async (
    { id, status }: { id: string; status: PaymentCollectionStatus; previous: PaymentCollectionStatus },
    { call },
  ) => (await call(SetPaymentCollectionStatus, { id, status })).update_payment_collections,
  compensate: async ({ id, previous }, _output, { call }) => call(SetPaymentCollectionStatus, { id, status: previous }),
});
