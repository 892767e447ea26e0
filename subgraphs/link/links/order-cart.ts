import { defineLink } from './definition';

export const orderCart = defineLink({
  table: 'order_cart',
  idPrefix: 'ordercart',
  description: 'An order and the cart it was completed from; one-to-one, as the seed table says.',
  sides: [
    {
      module: 'order',
      subgraph: 'order',
      entity: 'Order',
      key: 'order_id',
      id: { prefix: 'order', format: 'ulid' },
      field: 'order',
      readBy: 'guest',
      many: false,
    },
    {
      module: 'cart',
      subgraph: 'cart',
      entity: 'Cart',
      key: 'cart_id',
      id: { prefix: 'cart', format: 'ulid' },
      field: 'cart',
      readBy: 'guest',
      many: false,
    },
  ],
});
