import { defineLink } from './definition';

export const regionPaymentProvider = defineLink({
  table: 'region_payment_provider',
  idPrefix: 'regpp',
  description: 'The payment providers available in a region; many-to-many.',
  sides: [
    {
      module: 'region',
      subgraph: 'region',
      entity: 'Region',
      key: 'region_id',
      id: { prefix: 'reg', format: 'ulid' },
      field: 'regions',
      many: true,
    },
    {
      module: 'payment',
      subgraph: 'payment',
      entity: 'PaymentProvider',
      key: 'payment_provider_id',
      id: { prefix: 'pp', format: 'name' },
      field: 'payment_providers',
      readBy: 'guest',
      many: true,
    },
  ],
});
