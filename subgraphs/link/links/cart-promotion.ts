import { defineLink } from './definition';

export const cartPromotion = defineLink({
  table: 'cart_promotion',
  idPrefix: 'cartpromo',
  description: 'The promotions applied to a cart; many-to-many.',
  sides: [
    {
      module: 'cart',
      subgraph: 'cart',
      entity: 'Cart',
      key: 'cart_id',
      id: { prefix: 'cart', format: 'ulid' },
      field: 'carts',
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
