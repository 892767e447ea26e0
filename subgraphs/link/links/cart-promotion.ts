import { defineLink } from './definition';

/** The promotions applied to a cart (Medusa `cart_promotion`); many-to-many. */
export const cartPromotion = defineLink({
  table: 'cart_promotion',
  idPrefix: 'cartpromo',
  sides: [
    { module: 'cart', entity: 'Cart', key: 'cart_id', idPrefix: 'cart', field: 'carts', many: true },
    { module: 'promotion', entity: 'Promotion', key: 'promotion_id', idPrefix: 'promo', field: 'promotions', many: true },
  ],
});
