import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { OrderCreateInput } from '../../generated/documents/graphql';

const CreateOrder = graphql(`
  mutation CreateOrder($input: OrderCreateInput!) {
    order_create(input: $input) { id display_id }
  }
`);
const DeleteOrder = graphql(`
  mutation DeleteOrder($id: ID!) {
    order_delete(id: $id)
  }
`);

/** Medusa's createOrdersStep, the order's id chosen before the call. Undo: delete it (gone is done). */
export const createOrderStep = createStep({
  name: 'create-order',
  target: 'order',
  invoke: async (input: OrderCreateInput & { id: string }, { call }) =>
    (await call(CreateOrder, { input })).order_create,
  compensate: async ({ id }, _output, { call }) => call(DeleteOrder, { id }),
});
