import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { ShippingMethodAdjustmentInput } from '../../generated/documents/graphql';

const SetShippingMethodAdjustments = graphql(`
  mutation SetShippingMethodAdjustments($cart: ID!, $adjustments: [ShippingMethodAdjustmentInput!]!) {
    shipping_method_adjustments_set(cart_id: $cart, adjustments: $adjustments) { id }
  }
`);

interface Adjustments {
  cart_id: string;
  /** The new adjustments, each with its id chosen before the call. */
  adjustments: ShippingMethodAdjustmentInput[];
  /** The ones they replace (their rows are soft-deleted): the undo writes them again. */
  previous: ShippingMethodAdjustmentInput[];
}

/** Medusa's removeShippingMethodAdjustmentsStep and createShippingMethodAdjustmentsStep: the cart's shipping-method adjustments replaced. */
export const setShippingMethodAdjustmentsStep = createStep({
  name: 'set-shipping-method-adjustments',
  target: 'cart',
  invoke: async ({ cart_id, adjustments }: Adjustments, { call }) =>
    (await call(SetShippingMethodAdjustments, { cart: cart_id, adjustments })).shipping_method_adjustments_set,
  compensate: async ({ cart_id, previous }, _output, { call }) =>
    call(SetShippingMethodAdjustments, { cart: cart_id, adjustments: previous }),
});
