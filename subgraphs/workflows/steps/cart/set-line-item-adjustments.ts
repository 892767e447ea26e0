import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { LineItemAdjustmentInput } from '../../generated/documents/graphql';

const SetLineItemAdjustments = graphql(`
  mutation SetLineItemAdjustments($cart: ID!, $adjustments: [LineItemAdjustmentInput!]!) {
    line_item_adjustments_set(cart_id: $cart, adjustments: $adjustments) { id }
  }
`);

interface Adjustments {
  cart_id: string;
  /** The new adjustments, each with its id chosen before the call. */
  adjustments: LineItemAdjustmentInput[];
  /** The ones they replace (their rows are soft-deleted): the undo writes them again. */
  previous: LineItemAdjustmentInput[];
}

/** Medusa's removeLineItemAdjustmentsStep and createLineItemAdjustmentsStep: the cart's item adjustments replaced. */
export const setLineItemAdjustmentsStep = createStep({
  name: 'set-line-item-adjustments',
  target: 'cart',
  invoke: async ({ cart_id, adjustments }: Adjustments, { call }) =>
    (await call(SetLineItemAdjustments, { cart: cart_id, adjustments })).line_item_adjustments_set,
  compensate: async ({ cart_id, previous }, _output, { call }) =>
    call(SetLineItemAdjustments, { cart: cart_id, adjustments: previous }),
});
