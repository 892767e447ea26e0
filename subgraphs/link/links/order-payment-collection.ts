import { defineLink } from './definition';

export const orderPaymentCollection = defineLink({
  table: 'order_payment_collection',
  idPrefix: 'ordpay',
  description:
    "An order's payment collections: an order has many, a collection belongs to one order. Deleting an order's links soft-deletes its payment collections, as in Medusa.",
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
      module: 'payment',
      subgraph: 'payment',
      entity: 'PaymentCollection',
      key: 'payment_collection_id',
      id: { prefix: 'pay_col', format: 'ulid' },
      field: 'payment_collections',
      readBy: 'guest',
      many: true,
      cascade: { softDelete: 'soft_delete_payment_collections', restore: 'restore_payment_collections' },
    },
  ],
});
