import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { LineItemCreateInput } from '../../generated/documents/graphql';

const CreateLineItems = graphql(`
  mutation CreateLineItems($cart: ID!, $items: [LineItemCreateInput!]!) {
    line_items_create(cart_id: $cart, items: $items) { id }
  }
`);
const RemoveLineItems = graphql(`
  mutation RemoveCreatedLineItems($ids: [ID!]!) {
    line_items_delete(ids: $ids)
  }
`);

/** Medusa's createLineItemsStep, each line's id chosen before the call. Undo: remove them (soft delete). */
export const createLineItemsStep = createStep({
  name: 'create-line-items',
  target: 'cart',
  invoke: async ({ cart_id, items }: { cart_id: string; items: (LineItemCreateInput & { id: string })[] }, { call }) =>
    (await call(CreateLineItems, { cart: cart_id, items })).line_items_create,
  compensate: async ({ items }, _output, { call }) => call(RemoveLineItems, { ids: items.map((item) => item.id) }),
});
