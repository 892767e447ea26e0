import { defineLink } from './definition';

export const cartPaymentCollection = defineLink({
  table: 'cart_payment_collection',
  idPrefix: 'capaycol',
  description: 'A cart and the payment collection that pays for it; one-to-one, as the seed table says.',
  sides: [
    {
      module: 'cart',
      subgraph: 'cart',
      entity: 'Cart',
      key: 'cart_id',
      id: { prefix: 'cart', format: 'ulid' },
      field: 'cart',
      many: false,
    },
    {
      module: 'payment',
      subgraph: 'payment',
      entity: 'PaymentCollection',
      key: 'payment_collection_id',
      id: { prefix: 'pay_col', format: 'ulid' },
      field: 'payment_collection',
      readBy: 'guest',
      many: false,
    },
  ],
});
