import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const CompleteCart = graphql(`
  mutation CompleteCart($id: ID!, $at: DateTime) {
    cart_update(id: $id, input: { completed_at: $at }) { id completed_at }
  }
`);

/** Medusa's updateCartsStep in completeCartWorkflow: `completed_at` set; undo: cleared. */
export const completeCartStep = createStep({
  name: 'complete-cart',
  target: 'cart',
  invoke: async ({ id, at }: { id: string; at: string }, { call }) =>
    (await call(CompleteCart, { id, at })).cart_update,
  compensate: async ({ id }, _output, { call }) => call(CompleteCart, { id, at: null }),
});
