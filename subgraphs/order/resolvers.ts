import { assertId, assertIds } from '../../kit/ids';
import { pageMetadata, toPage } from '../../kit/sql';
import { reference } from '../../kit/references';
import type { Resolvers } from './generated/resolvers';

export const resolvers: Resolvers = {
  Query: {
    order: (_, { id }, { loaders }) => loaders.order.load(assertId(id, 'order')),
    orders: (_, { filters, pagination }, { store }) =>
      store.listOrders(
        {
          ...filters,
          id: assertIds(filters?.id, 'order', 'filters.id'),
          customer_id: assertIds(filters?.customer_id, 'cus', 'filters.customer_id'),
          region_id: assertIds(filters?.region_id, 'reg', 'filters.region_id'),
          sales_channel_id: assertIds(filters?.sales_channel_id, 'sc', 'filters.sales_channel_id'),
        },
        toPage(pagination),
      ),
    order_line_item: (_, { id }, { loaders }) => loaders.lineItem.load(assertId(id, 'ordli')),
  },
  OrderList: {
    data: (list) => list.rows,
    metadata: pageMetadata,
  },
  Order: {
    __resolveReference: ({ id }, { loaders }) => loaders.order.load(id),
    items: (order, _, { loaders }) => loaders.lineItemsByOrder.load(order.id),
    customer: (order) => reference(order.customer_id),
    region: (order) => reference(order.region_id),
    sales_channel: (order) => reference(order.sales_channel_id),
  },
  OrderLineItem: {
    __resolveReference: ({ id }, { loaders }) => loaders.lineItem.load(id),
    product: (item) => reference(item.product_id),
    variant: (item) => reference(item.variant_id),
  },
};
