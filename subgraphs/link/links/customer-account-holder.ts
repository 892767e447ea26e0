import { defineLink } from './definition';

export const customerAccountHolder = defineLink({
  table: 'customer_account_holder',
  idPrefix: 'custacchldr',
  description:
    "A customer's account holders at payment providers: a customer has many, a holder belongs to one customer.",
  sides: [
    {
      module: 'customer',
      subgraph: 'customer',
      entity: 'Customer',
      key: 'customer_id',
      id: { prefix: 'cus', format: 'ulid' },
      field: 'customer',
      many: false,
    },
    {
      module: 'payment',
      subgraph: 'payment',
      entity: 'AccountHolder',
      key: 'account_holder_id',
      id: { prefix: 'acchld', format: 'ulid' },
      field: 'account_holders',
      many: true,
    },
  ],
});
