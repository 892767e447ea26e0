import { requireCustomer } from '../../kit/auth';
import { requireHolderOf } from '../../kit/ownership';
import { totalsFields } from '../../kit/totals';
import { afterWrite } from '../../kit/loaders';
import { assertId } from '../../kit/ids';
import { toPage } from '../../kit/sql';
import { reference } from '../../kit/references';
import { ORDER_ITEM_TOTAL_FIELDS, SHIPPING_METHOD_TOTAL_FIELDS } from '../../kit/totals';
import type { OrderContext } from './context';
import type { Resolvers } from './generated/resolvers';
import type { OrderLineItemRow, OrderRow, OrderShippingMethodRow } from './models';
import { ORDER_LINE_ITEM_SORTABLE } from './store';
import { ORDER_TOTAL_FIELDS } from './totals';

export const resolvers: Resolvers = {
  Query: {
    order: async (_, { id, with_deleted }, { loaders, actor, accounts }) => {
      const order = await (with_deleted ? loaders.order.any : loaders.order.live).load(assertId(id, 'order'));
      if (order) await requireHolderOf(actor, order.customer_id, accounts, `Order ${order.id}`);
      return order;
    },
    orders: (_, { filters, pagination, with_deleted }, { store }) =>
      store.order.list(filters, store.order.page(pagination), { withDeleted: with_deleted }),
    order_line_item: (_, { id, with_deleted }, { loaders }) =>
      (with_deleted ? loaders.lineItemWithDeleted : loaders.lineItem).load(assertId(id, 'ordli')),
  },
  // Internal mutations for the workflows subgraph (mutations.ts).
  Mutation: {
    order_create: (_, { input }, context) => afterWrite(context, () => context.mutations.orderCreate(input)),
    order_delete: (_, { id }, context) => afterWrite(context, () => context.mutations.orderDelete(id)),
    order_status_set: (_, { id, status }, context) =>
      afterWrite(context, () => context.mutations.orderStatusSet(id, status)),
    order_item_quantities_set: (_, { order_id, items }, context) =>
      afterWrite(context, () => context.mutations.itemQuantitiesSet(order_id, items)),
    order_transaction_add: (_, { input }, context) =>
      afterWrite(context, () => context.mutations.transactionAdd(input)),
    order_transaction_delete: (_, { id }, context) =>
      afterWrite(context, () => context.mutations.transactionDelete(id)),
  },
  Order: {
    __resolveReference: async ({ id }, { loaders, actor, accounts }) => {
      const order = await loaders.order.live.load(id);
      if (order) await requireHolderOf(actor, order.customer_id, accounts, `Order ${order.id}`);
      return order;
    },
    shipping_address: (order, _, { loaders }) =>
      order.shipping_address_id ? loaders.address.load(order.shipping_address_id) : null,
    billing_address: (order, _, { loaders }) =>
      order.billing_address_id ? loaders.address.load(order.billing_address_id) : null,
    items: (order, _, { loaders }) => loaders.lineItemsByOrder.load(order.id),
    shipping_methods: (order, _, { loaders }) => loaders.shippingMethodsByOrder.load(order.id),
    // Medusa's public order collapses the summary rows to the first one's totals.
    summary: async (order, _, { loaders }) => (await loaders.summariesByOrder.load(order.id))[0]?.totals ?? null,
    transactions: (order, _, { loaders }) => loaders.transactionsByOrder.load(order.id),
    credit_lines: (order, _, { loaders }) => loaders.creditLinesByOrder.load(order.id),
    ...totalsFields(ORDER_TOTAL_FIELDS, (order: OrderRow, { totals }: OrderContext) => totals.order(order)),
    customer: (order) => reference(order.customer_id),
    region: (order) => reference(order.region_id),
    sales_channel: (order) => reference(order.sales_channel_id),
  },
  OrderAddress: {
    __resolveReference: ({ id }, { loaders }) => loaders.address.load(id),
  },
  OrderLineItem: {
    __resolveReference: ({ id }, { loaders }) => loaders.lineItem.load(id),
    adjustments: (item, _, { loaders }) => loaders.lineItemAdjustmentsByItem.load(item.id),
    tax_lines: (item, _, { loaders }) => loaders.lineItemTaxLinesByItem.load(item.id),
    ...totalsFields(ORDER_ITEM_TOTAL_FIELDS, (item: OrderLineItemRow, { totals }: OrderContext) => totals.item(item)),
    product: (item) => reference(item.product_id),
    variant: (item) => reference(item.variant_id),
  },
  OrderItemDetail: {
    __resolveReference: ({ id }, { loaders }) => loaders.orderItem.load(id),
  },
  OrderLineItemAdjustment: {
    __resolveReference: ({ id }, { loaders }) => loaders.lineItemAdjustment.load(id),
  },
  OrderLineItemTaxLine: {
    __resolveReference: ({ id }, { loaders }) => loaders.lineItemTaxLine.load(id),
  },
  OrderShippingMethod: {
    __resolveReference: ({ id }, { loaders }) => loaders.shippingMethod.load(id),
    adjustments: (method, _, { loaders }) => loaders.shippingMethodAdjustmentsByMethod.load(method.id),
    tax_lines: (method, _, { loaders }) => loaders.shippingMethodTaxLinesByMethod.load(method.id),
    ...totalsFields(SHIPPING_METHOD_TOTAL_FIELDS, (method: OrderShippingMethodRow, { totals }: OrderContext) =>
      totals.shippingMethod(method),
    ),
  },
  OrderShippingDetail: {
    __resolveReference: ({ id }, { loaders }) => loaders.shipping.load(id),
  },
  OrderShippingMethodAdjustment: {
    __resolveReference: ({ id }, { loaders }) => loaders.shippingMethodAdjustment.load(id),
  },
  OrderShippingMethodTaxLine: {
    __resolveReference: ({ id }, { loaders }) => loaders.shippingMethodTaxLine.load(id),
  },
  OrderTransaction: {
    __resolveReference: ({ id }, { loaders }) => loaders.transaction.load(id),
  },
  OrderCreditLine: {
    __resolveReference: ({ id }, { loaders }) => loaders.creditLine.load(id),
  },
  // Entities of other subgraphs that this one extends with the reverse lists of read-only links:
  // a reference is just the id (the owner says whether the record exists).
  Customer: {
    __resolveReference: ({ id }) => ({ id }),
    orders: (customer, { pagination }, { loaders, store, actor }) => {
      requireCustomer(actor, customer.id, "A customer's orders");
      return loaders.ordersByCustomer(store.order.page(pagination)).load(customer.id);
    },
  },
  Region: {
    __resolveReference: ({ id }) => ({ id }),
    orders: (region, { pagination }, { loaders, store }) =>
      loaders.ordersByRegion(store.order.page(pagination)).load(region.id),
  },
  SalesChannel: {
    __resolveReference: ({ id }) => ({ id }),
    orders: (channel, { pagination }, { loaders, store }) =>
      loaders.ordersBySalesChannel(store.order.page(pagination)).load(channel.id),
  },
  ProductVariant: {
    __resolveReference: ({ id }) => ({ id }),
    order_items: (variant, { pagination }, { loaders }) =>
      loaders.lineItemsByVariant(toPage(pagination, ORDER_LINE_ITEM_SORTABLE)).load(variant.id),
  },
};
