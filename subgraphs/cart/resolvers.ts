import { assertId, assertIds } from '../../kit/ids';
import { pageMetadata, toPage } from '../../kit/sql';
import { reference } from '../../kit/references';
import type { Resolvers } from './generated/resolvers';

export const resolvers: Resolvers = {
  Query: {
    cart: (_, { id }, { loaders }) => loaders.cart.load(assertId(id, 'cart')),
    carts: (_, { filters, pagination }, { store }) =>
      store.listCarts(
        {
          ...filters,
          id: assertIds(filters?.id, 'cart', 'filters.id'),
          customer_id: assertIds(filters?.customer_id, 'cus', 'filters.customer_id'),
          region_id: assertIds(filters?.region_id, 'reg', 'filters.region_id'),
          sales_channel_id: assertIds(filters?.sales_channel_id, 'sc', 'filters.sales_channel_id'),
        },
        toPage(pagination),
      ),
    line_item: (_, { id }, { loaders }) => loaders.item.load(assertId(id, 'cali')),
    shipping_method: (_, { id }, { loaders }) => loaders.shippingMethod.load(assertId(id, 'casm')),
  },
  CartList: {
    data: (list) => list.rows,
    metadata: pageMetadata,
  },
  Cart: {
    __resolveReference: ({ id }, { loaders }) => loaders.cart.load(id),
    shipping_address: (cart, _, { loaders }) => cart.shipping_address_id ? loaders.address.load(cart.shipping_address_id) : null,
    billing_address: (cart, _, { loaders }) => cart.billing_address_id ? loaders.address.load(cart.billing_address_id) : null,
    items: (cart, _, { loaders }) => loaders.itemsByCart.load(cart.id),
    shipping_methods: (cart, _, { loaders }) => loaders.shippingMethodsByCart.load(cart.id),
    customer: (cart) => reference(cart.customer_id),
    region: (cart) => reference(cart.region_id),
    sales_channel: (cart) => reference(cart.sales_channel_id),
  },
  Address: {
    __resolveReference: ({ id }, { loaders }) => loaders.address.load(id),
  },
  LineItem: {
    __resolveReference: ({ id }, { loaders }) => loaders.item.load(id),
    adjustments: (item, _, { loaders }) => loaders.adjustmentsByItem.load(item.id),
    product: (item) => reference(item.product_id),
    variant: (item) => reference(item.variant_id),
  },
  LineItemAdjustment: {
    __resolveReference: ({ id }, { loaders }) => loaders.adjustment.load(id),
    promotion: (adjustment) => reference(adjustment.promotion_id),
  },
  ShippingMethod: {
    __resolveReference: ({ id }, { loaders }) => loaders.shippingMethod.load(id),
    shipping_option: (method) => reference(method.shipping_option_id),
  },
};
