import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { ShippingMethodInput } from '../../generated/documents/graphql';

const SetShippingMethods = graphql(`
  mutation SetShippingMethods($cart: ID!, $methods: [ShippingMethodInput!]!) {
    shipping_methods_set(cart_id: $cart, methods: $methods) { id }
  }
`);

interface Methods {
  cart_id: string;
  /** The new methods, each with its id chosen before the call. */
  methods: ShippingMethodInput[];
  /** The ones they replace (soft-deleted): the undo writes them again. */
  previous: ShippingMethodInput[];
}

/** Medusa's removeShippingMethodFromCartStep and addShippingMethodToCartStep: the cart's shipping methods replaced. */
export const setShippingMethodsStep = createStep({
  name: 'set-shipping-methods',
  target: 'cart',
  invoke: async ({ cart_id, methods }: Methods, { call }) =>
    (await call(SetShippingMethods, { cart: cart_id, methods })).shipping_methods_set,
  compensate: async ({ cart_id, previous }, _output, { call }) =>
    call(SetShippingMethods, { cart: cart_id, methods: previous }),
});
