import { defineLink } from './definition';

/** An order and the cart it was completed from (Medusa `order_cart`); one-to-one, as the seed table says. */
export const orderCart = defineLink({
  table: 'order_cart',
  idPrefix: 'ordercart',
  sides: [
    { module: 'order', entity: 'Order', key: 'order_id', idPrefix: 'order', field: 'order', many: false },
    { module: 'cart', entity: 'Cart', key: 'cart_id', idPrefix: 'cart', field: 'cart', many: false },
  ],
});
