import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { OrderStatus } from '../../generated/documents/graphql';

const SetOrderStatus = graphql(`
  mutation SetOrderStatus($id: ID!, $status: OrderStatus!) {
    order_status_set(id: $id, status: $status) { id status }
  }
`);

/** Medusa's cancelOrdersStep (or any status). Undo: the status it had (`previous`). */
export const setOrderStatusStep = createStep({
  name: 'set-order-status',
  target: 'order',
  invoke: async ({ id, status }: { id: string; status: OrderStatus; previous: OrderStatus }, { call }) =>
    (await call(SetOrderStatus, { id, status })).order_status_set,
  compensate: async ({ id, previous }, _output, { call }) => call(SetOrderStatus, { id, status: previous }),
});
