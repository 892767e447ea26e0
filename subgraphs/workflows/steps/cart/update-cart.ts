import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { CartUpdateInput } from '../../generated/documents/graphql';

const UpdateCart = graphql(`
  mutation UpdateCart($id: ID!, $input: CartUpdateInput!) {
    cart_update(id: $id, input: $input) { id }
  }
`);

/** Medusa's updateCartsStep: the changes given; undo: the same fields as they were before. */
export const updateCartStep = createStep({
  name: 'update-cart',
  target: 'cart',
  invoke: async ({ id, change }: { id: string; change: CartUpdateInput; previous: CartUpdateInput }, { call }) =>
    (await call(UpdateCart, { id, input: change })).cart_update,
  compensate: async ({ id, previous }, _output, { call }) => call(UpdateCart, { id, input: previous }),
});
