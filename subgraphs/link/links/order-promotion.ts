import { defineLink } from './definition';

export const orderPromotion = defineLink({
  table: 'order_promotion',
  idPrefix: 'orderpromo',
  description: 'The promotions an order was placed with; many-to-many.',
  sides: [
    {
      module: 'order',
      subgraph: 'order',
      entity: 'Order',
      key: 'order_id',
      id: { prefix: 'order', format: 'ulid' },
      field: 'orders',
      many: true,
    },
    {
      module: 'promotion',
      subgraph: 'promotion',
      entity: 'Promotion',
      key: 'promotion_id',
      id: { prefix: 'promo', format: 'ulid' },
      field: 'promotions',
      readBy: 'guest',
      many: true,
    },
  ],
});
