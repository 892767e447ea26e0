import { defineLink } from './definition';

export const orderFulfillment = defineLink({
  table: 'order_fulfillment',
  idPrefix: 'ordful',
  description: "An order's fulfillments: an order has many, a fulfillment belongs to one order.",
  sides: [
    {
      module: 'order',
      subgraph: 'order',
      entity: 'Order',
      key: 'order_id',
      id: { prefix: 'order', format: 'ulid' },
      field: 'order',
      many: false,
    },
    {
      module: 'fulfillment',
      subgraph: 'fulfillment',
      entity: 'Fulfillment',
      key: 'fulfillment_id',
      id: { prefix: 'ful', format: 'ulid' },
      field: 'fulfillments',
      readBy: 'guest',
      many: true,
    },
  ],
});
