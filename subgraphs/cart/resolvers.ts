import { requireCustomer } from '../../kit/auth';
import { requireHolderOf } from '../../kit/ownership';
import { totalsFields } from '../../kit/totals';
import { afterWrite } from '../../kit/loaders';
import { assertId } from '../../kit/ids';
import { reference } from '../../kit/references';
import { CART_TOTAL_FIELDS, ITEM_TOTAL_FIELDS, SHIPPING_METHOD_TOTAL_FIELDS } from '../../kit/totals';
import type { CartContext } from './context';
import type { Resolvers } from './generated/resolvers';
import type { CartRow, LineItemRow, ShippingMethodRow } from './models';
import { completedFilter } from './store';

export const resolvers: Resolvers = {
  Query: {
    cart: async (_, { id, with_deleted }, { loaders, actor, accounts }) => {
      const cart = await (with_deleted ? loaders.cart.any : loaders.cart.live).load(assertId(id, 'cart'));
      if (cart) await requireHolderOf(actor, cart.customer_id, accounts, `Cart ${cart.id}`);
      return cart;
    },
    carts: (_, { filters, pagination, with_deleted }, { store }) =>
      store.cart.list(filters, store.cart.page(pagination), {
        withDeleted: with_deleted,
        also: completedFilter(filters?.completed),
      }),
    line_item: (_, { id, with_deleted }, { loaders }) =>
      (with_deleted ? loaders.item.any : loaders.item.live).load(assertId(id, 'cali')),
    line_items: (_, { filters, pagination, with_deleted }, { store }) =>
      store.line_item.list(filters, store.line_item.page(pagination), { withDeleted: with_deleted }),
    shipping_method: (_, { id, with_deleted }, { loaders }) =>
      (with_deleted ? loaders.shippingMethod.any : loaders.shippingMethod.live).load(assertId(id, 'casm')),
  },
  // Internal mutations for the workflows subgraph (mutations.ts); each refreshes the loaders so
  // the fields the caller selects are read after the write.
  Mutation: {
    cart_create: (_, { input }, context) => afterWrite(context, () => context.mutations.cartCreate(input)),
    tax_lines_set: (
      _,
      { cart_id, item_ids, shipping_method_ids, item_tax_lines, shipping_method_tax_lines },
      context,
    ) =>
      afterWrite(context, () =>
        context.mutations.taxLinesSet(
          cart_id,
          { item_ids, shipping_method_ids },
          item_tax_lines,
          shipping_method_tax_lines,
        ),
      ),
    cart_update: (_, { id, input }, context) => afterWrite(context, () => context.mutations.cartUpdate(id, input)),
    cart_delete: (_, { id }, context) => afterWrite(context, () => context.mutations.cartDelete(id)),
    line_items_create: (_, { cart_id, items }, context) =>
      afterWrite(context, () => context.mutations.lineItemsCreate(cart_id, items)),
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
  Cart: {
    __resolveReference: async ({ id }, { loaders, actor, accounts }) => {
      const cart = await loaders.cart.live.load(id);
      if (cart) await requireHolderOf(actor, cart.customer_id, accounts, `Cart ${cart.id}`);
      return cart;
    },
    shipping_address: (cart, _, { loaders }) =>
      cart.shipping_address_id ? loaders.address.live.load(cart.shipping_address_id) : null,
    billing_address: (cart, _, { loaders }) =>
      cart.billing_address_id ? loaders.address.live.load(cart.billing_address_id) : null,
    items: (cart, _, { loaders }) => loaders.itemsByCart.load(cart.id),
    shipping_methods: (cart, _, { loaders }) => loaders.shippingMethodsByCart.load(cart.id),
    credit_lines: (cart, _, { loaders }) => loaders.creditLinesByCart.load(cart.id),
    ...totalsFields(CART_TOTAL_FIELDS, (cart: CartRow, { loaders }: CartContext) => loaders.cartTotals.load(cart)),
    customer: (cart) => reference(cart.customer_id),
    region: (cart) => reference(cart.region_id),
    sales_channel: (cart) => reference(cart.sales_channel_id),
  },
  Address: {
    __resolveReference: ({ id }, { loaders }) => loaders.address.live.load(id),
  },
  LineItem: {
    __resolveReference: ({ id }, { loaders }) => loaders.item.live.load(id),
    adjustments: (item, _, { loaders }) => loaders.adjustmentsByItem.load(item.id),
    tax_lines: (item, _, { loaders }) => loaders.itemTaxLinesByItem.load(item.id),
    ...totalsFields(ITEM_TOTAL_FIELDS, (item: LineItemRow, { loaders }: CartContext) => loaders.itemTotals.load(item)),
    product: (item) => reference(item.product_id),
    variant: (item) => reference(item.variant_id),
  },
  LineItemAdjustment: {
    __resolveReference: ({ id }, { loaders }) => loaders.adjustment.live.load(id),
    promotion: (adjustment) => reference(adjustment.promotion_id),
  },
  LineItemTaxLine: {
    __resolveReference: ({ id }, { loaders }) => loaders.itemTaxLine.live.load(id),
  },
  ShippingMethod: {
    __resolveReference: ({ id }, { loaders }) => loaders.shippingMethod.live.load(id),
    adjustments: (method, _, { loaders }) => loaders.methodAdjustmentsByMethod.load(method.id),
    tax_lines: (method, _, { loaders }) => loaders.methodTaxLinesByMethod.load(method.id),
    ...totalsFields(SHIPPING_METHOD_TOTAL_FIELDS, (method: ShippingMethodRow, { loaders }: CartContext) =>
      loaders.shippingMethodTotals.load(method),
    ),
    shipping_option: (method) => reference(method.shipping_option_id),
  },
  ShippingMethodAdjustment: {
    __resolveReference: ({ id }, { loaders }) => loaders.methodAdjustment.live.load(id),
  },
  ShippingMethodTaxLine: {
    __resolveReference: ({ id }, { loaders }) => loaders.methodTaxLine.live.load(id),
  },
  CreditLine: {
    __resolveReference: ({ id }, { loaders }) => loaders.creditLine.live.load(id),
  },
  // Entities of other subgraphs that this one extends with the reverse lists of read-only links:
  // a reference is just the id (the owner says whether the record exists).
  Customer: {
    __resolveReference: ({ id }) => ({ id }),
    carts: (customer, { pagination }, { store, loaders, actor }) => {
      requireCustomer(actor, customer.id, "A customer's carts");
      return loaders.cartsByCustomer(store.cart.page(pagination)).load(customer.id);
    },
  },
  Region: {
    __resolveReference: ({ id }) => ({ id }),
    carts: (region, { pagination }, { store, loaders }) =>
      loaders.cartsByRegion(store.cart.page(pagination)).load(region.id),
  },
  SalesChannel: {
    __resolveReference: ({ id }) => ({ id }),
    carts: (channel, { pagination }, { store, loaders }) =>
      loaders.cartsBySalesChannel(store.cart.page(pagination)).load(channel.id),
  },
  ProductVariant: {
    __resolveReference: ({ id }) => ({ id }),
    cart_items: (variant, { pagination }, { store, loaders }) =>
      loaders.itemsByVariant(store.line_item.page(pagination)).load(variant.id),
  },
};
