import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { OrderItemQuantitiesInput } from '../../generated/documents/graphql';

const SetItemQuantities = graphql(`
  mutation SetItemQuantities($order_id: ID!, $items: [OrderItemQuantitiesInput!]!) {
    order_item_quantities_set(order_id: $order_id, items: $items) { id }
  }
`);

/**
 * Medusa's registerOrderFulfillmentStep / registerOrderShipmentStep / registerOrderDeliveryStep:
 * the items' new quantities, as absolute values (a retry writes the same). Undo: the values read
 * before (`previous`).
 */
export const setItemQuantitiesStep = createStep({
  name: 'set-item-quantities',
  target: 'order',
  invoke: async (
    { order_id, items }: { order_id: string; items: OrderItemQuantitiesInput[]; previous: OrderItemQuantitiesInput[] },
    { call },
  ) => (await call(SetItemQuantities, { order_id, items })).order_item_quantities_set,
  compensate: async ({ order_id, previous }, _output, { call }) =>
    call(SetItemQuantities, { order_id, items: previous }),
});
