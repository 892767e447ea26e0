import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { CartCreateInput } from '../../generated/documents/graphql';

const CreateCart = graphql(`
  mutation CreateCart($input: CartCreateInput!) {
    cart_create(input: $input) { id }
  }
`);
const DeleteCart = graphql(`
  mutation DeleteCart($id: ID!) {
    cart_delete(id: $id)
  }
`);

/** Medusa's createCartsStep, with the cart's id chosen before the call. Undo: delete it (gone is done). */
export const createCartStep = createStep({
  name: 'create-cart',
  target: 'cart',
  invoke: async (input: CartCreateInput & { id: string }, { call }) => (await call(CreateCart, { input })).cart_create,
  compensate: async ({ id }, _output, { call }) => call(DeleteCart, { id }),
});
