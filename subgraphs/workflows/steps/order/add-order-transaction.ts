import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { OrderTransactionAddInput } from '../../generated/documents/graphql';

const AddOrderTransaction = graphql(`
  mutation AddOrderTransaction($input: OrderTransactionAddInput!) {
    order_transaction_add(input: $input) { id }
  }
`);
const DeleteOrderTransaction = graphql(`
  mutation DeleteOrderTransaction($id: ID!) {
    order_transaction_delete(id: $id)
  }
`);

/** Medusa's addOrderTransactionStep, the transaction's id chosen before the call. Undo: delete it. */
export const addOrderTransactionStep = createStep({
  name: 'add-order-transaction',
  target: 'order',
  invoke: async (input: OrderTransactionAddInput, { call }) =>
    (await call(AddOrderTransaction, { input })).order_transaction_add,
  compensate: async ({ id }, _output, { call }) => call(DeleteOrderTransaction, { id }),
});
