import type { Resolvers } from './generated/resolvers';

export const resolvers: Resolvers = {
  Query: {
    cart_shipping_options: (_, { cart_id }, { flows }) => flows.shippingOptions(cart_id),
  },
  Mutation: {
    create_cart: (_, { input }, { flows, actor }) => flows.createCart(input, actor),
    update_cart: (_, { cart_id, input }, { flows }) => flows.updateCart(cart_id, input),
    add_line_item: (_, { cart_id, variant_id, quantity, metadata }, { flows }) => flows.addLineItem(cart_id, { variant_id, quantity, metadata }),
    update_line_item: (_, { cart_id, line_item_id, quantity }, { flows }) => flows.updateLineItem(cart_id, line_item_id, quantity),
    remove_line_item: (_, { cart_id, line_item_id }, { flows }) => flows.removeLineItem(cart_id, line_item_id),
    add_shipping_method: (_, { cart_id, option_id, data }, { flows }) => flows.addShippingMethod(cart_id, option_id, data),
    add_promotions: (_, { cart_id, promo_codes }, { flows }) => flows.addPromotions(cart_id, promo_codes),
    remove_promotions: (_, { cart_id, promo_codes }, { flows }) => flows.removePromotions(cart_id, promo_codes),
    create_payment_collection: (_, { cart_id }, { flows }) => flows.createPaymentCollection(cart_id),
    create_payment_session: (_, { payment_collection_id, provider_id }, { flows }) =>
      flows.createPaymentSession(payment_collection_id, provider_id ?? 'pp_system_default'),
    complete_cart: (_, { cart_id }, { flows }) => flows.completeCart(cart_id),
  },
};
