import { defineLink } from './definition';

/** A cart and the payment collection that pays for it (Medusa `cart_payment_collection`); one-to-one. */
export const cartPaymentCollection = defineLink({
  table: 'cart_payment_collection',
  idPrefix: 'capaycol',
  sides: [
    { module: 'cart', entity: 'Cart', key: 'cart_id', idPrefix: 'cart', field: 'cart', many: false },
    {
      module: 'payment',
      entity: 'PaymentCollection',
      key: 'payment_collection_id',
      idPrefix: 'pay_col',
      field: 'payment_collection',
      many: false,
    },
  ],
});
