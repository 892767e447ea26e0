import { defineLink } from './definition';

export const productShippingProfile = defineLink({
  table: 'product_shipping_profile',
  idPrefix: 'prodsp',
  description: 'The shipping profile of a product: a product has at most one, a profile has many products.',
  sides: [
    {
      module: 'product',
      subgraph: 'product',
      entity: 'Product',
      key: 'product_id',
      id: { prefix: 'prod', format: 'ulid' },
      field: 'products',
      many: true,
    },
    {
      module: 'fulfillment',
      subgraph: 'fulfillment',
      entity: 'ShippingProfile',
      key: 'shipping_profile_id',
      id: { prefix: 'sp', format: 'ulid' },
      field: 'shipping_profile',
      many: false,
    },
  ],
});
