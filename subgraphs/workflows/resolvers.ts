import type { Resolvers } from './generated/resolvers';

export const resolvers: Resolvers = {
  Query: {
    cart_shipping_options: (_, { cart_id }, { flows, actor }) => flows.shippingOptions(cart_id, actor),
  },
  Mutation: {
    create_cart: (_, { input }, { flows, actor }) => flows.createCart(input, actor),
    update_cart: (_, { cart_id, input }, { flows, actor }) => flows.updateCart(cart_id, input, actor),
    add_line_item: (_, { cart_id, variant_id, quantity, metadata }, { flows, actor }) => flows.addLineItem(cart_id, { variant_id, quantity, metadata }, actor),
    update_line_item: (_, { cart_id, line_item_id, quantity }, { flows, actor }) => flows.updateLineItem(cart_id, line_item_id, quantity, actor),
    remove_line_item: (_, { cart_id, line_item_id }, { flows, actor }) => flows.removeLineItem(cart_id, line_item_id, actor),
    add_shipping_method: (_, { cart_id, option_id, data }, { flows, actor }) => flows.addShippingMethod(cart_id, option_id, data, actor),
    add_promotions: (_, { cart_id, promo_codes }, { flows, actor }) => flows.addPromotions(cart_id, promo_codes, actor),
    remove_promotions: (_, { cart_id, promo_codes }, { flows, actor }) => flows.removePromotions(cart_id, promo_codes, actor),
    create_payment_collection: (_, { cart_id }, { flows, actor }) => flows.createPaymentCollection(cart_id, actor),
    create_payment_session: (_, { payment_collection_id, provider_id }, { flows, actor }) =>
      flows.createPaymentSession(payment_collection_id, provider_id ?? 'pp_system_default', actor),
    complete_cart: (_, { cart_id }, { flows, actor }) => flows.completeCart(cart_id, actor),
  },
};
