/**
 * Module names as Medusa's `Modules` has them, for `link.create({ [Modules.CART]: { cart_id }, … })`.
 * These are the modules the supergraph serves; each is a field of the link API's input.
 */
export const Modules = {
  CART: 'cart',
  ORDER: 'order',
  PAYMENT: 'payment',
  PROMOTION: 'promotion',
  CUSTOMER: 'customer',
  REGION: 'region',
  SALES_CHANNEL: 'sales_channel',
  PRODUCT: 'product',
  FULFILLMENT: 'fulfillment',
} as const;

export type ModuleName = (typeof Modules)[keyof typeof Modules];
