import { requireCustomer } from '../../kit/auth';
import { requireHolderOf } from '../../kit/ownership';
import { totalsFields } from '../../kit/totals';
import { afterWrite } from '../../kit/loaders';
import { assertId, assertIds } from '../../kit/ids';
import { pageMetadata, toPage } from '../../kit/sql';
import { reference } from '../../kit/references';
import { CART_TOTAL_FIELDS, ITEM_TOTAL_FIELDS, SHIPPING_METHOD_TOTAL_FIELDS } from '../../kit/totals';
import type { CartContext } from './context';
import type { Resolvers } from './generated/resolvers';
import { CART_SORTABLE, LINE_ITEM_SORTABLE, type CartRow, type LineItemRow, type ShippingMethodRow } from './store';

export const resolvers: Resolvers = {
  Query: {
    cart: async (_, { id, with_deleted }, { loaders, actor, accounts }) => {
      const cart = await (with_deleted ? loaders.cartWithDeleted : loaders.cart).load(assertId(id, 'cart'));
      if (cart) await requireHolderOf(actor, cart.customer_id, accounts, `Cart ${cart.id}`);
      return cart;
    },
    carts: (_, { filters, pagination, with_deleted }, { store }) =>
      store.listCarts(
        {
          ...filters,
          id: assertIds(filters?.id, 'cart', 'filters.id'),
          customer_id: assertIds(filters?.customer_id, 'cus', 'filters.customer_id'),
          region_id: assertIds(filters?.region_id, 'reg', 'filters.region_id'),
          sales_channel_id: assertIds(filters?.sales_channel_id, 'sc', 'filters.sales_channel_id'),
        },
        toPage(pagination, CART_SORTABLE),
        { withDeleted: with_deleted },
      ),
    line_item: (_, { id, with_deleted }, { loaders }) =>
      (with_deleted ? loaders.itemWithDeleted : loaders.item).load(assertId(id, 'cali')),
    line_items: (_, { filters, pagination, with_deleted }, { store }) =>
      store.listLineItems(
        {
          ...filters,
          id: assertIds(filters?.id, 'cali', 'filters.id'),
          cart_id: assertIds(filters?.cart_id, 'cart', 'filters.cart_id'),
          product_id: assertIds(filters?.product_id, 'prod', 'filters.product_id'),
          variant_id: assertIds(filters?.variant_id, 'variant', 'filters.variant_id'),
        },
        toPage(pagination, LINE_ITEM_SORTABLE),
        { withDeleted: with_deleted },
      ),
    shipping_method: (_, { id, with_deleted }, { loaders }) =>
      (with_deleted ? loaders.shippingMethodWithDeleted : loaders.shippingMethod).load(assertId(id, 'casm')),
  },
  // Internal mutations for the workflows subgraph (mutations.ts); each refreshes the loaders so
  // the fields the caller selects are read after the write.
  Mutation: {
    cart_create: (_, { input }, context) => afterWrite(context, () => context.mutations.cartCreate(input)),
    cart_update: (_, { id, input }, context) => afterWrite(context, () => context.mutations.cartUpdate(id, input)),
    cart_delete: (_, { id }, context) => afterWrite(context, () => context.mutations.cartDelete(id)),
    line_items_create: (_, { cart_id, items }, context) => afterWrite(context, () => context.mutations.lineItemsCreate(cart_id, items)),
    line_items_update: (_, { items }, context) => afterWrite(context, () => context.mutations.lineItemsUpdate(items)),
    line_items_delete: (_, { ids }, context) => afterWrite(context, () => context.mutations.lineItemsDelete(ids)),
    line_items_restore: (_, { ids }, context) => afterWrite(context, () => context.mutations.lineItemsRestore(ids)),
    line_item_adjustments_set: (_, { cart_id, adjustments }, context) =>
      afterWrite(context, () => context.mutations.lineItemAdjustmentsSet(cart_id, adjustments)),
    shipping_method_adjustments_set: (_, { cart_id, adjustments }, context) =>
      afterWrite(context, () => context.mutations.shippingMethodAdjustmentsSet(cart_id, adjustments)),
    shipping_methods_set: (_, { cart_id, methods }, context) =>
      afterWrite(context, () => context.mutations.shippingMethodsSet(cart_id, methods)),
  },
  CartList: {
    data: (list) => list.rows,
    metadata: pageMetadata,
  },
  LineItemList: {
    data: (list) => list.rows,
    metadata: pageMetadata,
  },
  Cart: {
    __resolveReference: async ({ id }, { loaders, actor, accounts }) => {
      const cart = await loaders.cart.load(id);
      if (cart) await requireHolderOf(actor, cart.customer_id, accounts, `Cart ${cart.id}`);
      return cart;
    },
    shipping_address: (cart, _, { loaders }) => (cart.shipping_address_id ? loaders.address.load(cart.shipping_address_id) : null),
    billing_address: (cart, _, { loaders }) => (cart.billing_address_id ? loaders.address.load(cart.billing_address_id) : null),
    items: (cart, _, { loaders }) => loaders.itemsByCart.load(cart.id),
    shipping_methods: (cart, _, { loaders }) => loaders.shippingMethodsByCart.load(cart.id),
    credit_lines: (cart, _, { loaders }) => loaders.creditLinesByCart.load(cart.id),
    ...totalsFields(CART_TOTAL_FIELDS, (cart: CartRow, { loaders }: CartContext) => loaders.cartTotals.load(cart)),
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
    tax_lines: (item, _, { loaders }) => loaders.itemTaxLinesByItem.load(item.id),
    ...totalsFields(ITEM_TOTAL_FIELDS, (item: LineItemRow, { loaders }: CartContext) => loaders.itemTotals.load(item)),
    product: (item) => reference(item.product_id),
    variant: (item) => reference(item.variant_id),
  },
  LineItemAdjustment: {
    __resolveReference: ({ id }, { loaders }) => loaders.adjustment.load(id),
    promotion: (adjustment) => reference(adjustment.promotion_id),
  },
  LineItemTaxLine: {
    __resolveReference: ({ id }, { loaders }) => loaders.itemTaxLine.load(id),
  },
  ShippingMethod: {
    __resolveReference: ({ id }, { loaders }) => loaders.shippingMethod.load(id),
    adjustments: (method, _, { loaders }) => loaders.methodAdjustmentsByMethod.load(method.id),
    tax_lines: (method, _, { loaders }) => loaders.methodTaxLinesByMethod.load(method.id),
    ...totalsFields(SHIPPING_METHOD_TOTAL_FIELDS, (method: ShippingMethodRow, { loaders }: CartContext) => loaders.shippingMethodTotals.load(method)),
    shipping_option: (method) => reference(method.shipping_option_id),
  },
  ShippingMethodAdjustment: {
    __resolveReference: ({ id }, { loaders }) => loaders.methodAdjustment.load(id),
  },
  ShippingMethodTaxLine: {
    __resolveReference: ({ id }, { loaders }) => loaders.methodTaxLine.load(id),
  },
  CreditLine: {
    __resolveReference: ({ id }, { loaders }) => loaders.creditLine.load(id),
  },
  // Entities of other subgraphs that this one extends with the reverse lists of read-only links:
  // a reference is just the id (the owner says whether the record exists).
  Customer: {
    __resolveReference: ({ id }) => ({ id }),
    carts: (customer, { pagination }, { loaders, actor }) => {
      requireCustomer(actor, customer.id, "A customer's carts");
      return loaders.cartsByCustomer(toPage(pagination, CART_SORTABLE)).load(customer.id);
    },
  },
  Region: {
    __resolveReference: ({ id }) => ({ id }),
    carts: (region, { pagination }, { loaders }) => loaders.cartsByRegion(toPage(pagination, CART_SORTABLE)).load(region.id),
  },
  SalesChannel: {
    __resolveReference: ({ id }) => ({ id }),
    carts: (channel, { pagination }, { loaders }) =>
      loaders.cartsBySalesChannel(toPage(pagination, CART_SORTABLE)).load(channel.id),
  },
  ProductVariant: {
    __resolveReference: ({ id }) => ({ id }),
    cart_items: (variant, { pagination }, { loaders }) =>
      loaders.itemsByVariant(toPage(pagination, LINE_ITEM_SORTABLE)).load(variant.id),
  },
};
