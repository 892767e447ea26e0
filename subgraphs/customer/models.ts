import { addressColumns, columns as c, model, type RowOf } from '../../kit/model';

/** The customer module's tables (Medusa's `Customer`, `CustomerAddress`, `CustomerGroup` and their pivot), declared once. */
export const models = {
  customer: model(
    'customer.customer',
    {
      id: c.id('cus').in().sortable(),
      email: c.text().nullable().email().in().sortable().searchable(),
      first_name: c.text().nullable().in().sortable().searchable(),
      last_name: c.text().nullable().in().sortable().searchable(),
      company_name: c.text().nullable().in().sortable().searchable(),
      phone: c.text().nullable().searchable(),
      has_account: c.boolean().flag().default(false),
      metadata: c.json().nullable(),
      created_by: c.text().nullable(),
    },
    // Its reads stay the module's own (resolvers.ts: a registered customer's profile is its own); the entity gives admin writes.
    { entity: 'Customer' },
  ),
  customer_address: model('customer.customer_address', {
    id: c.id('cuaddr').in().sortable(),
    customer_id: c.id('cus').in(),
    address_name: c.text().nullable().sortable(),
    is_default_shipping: c.boolean().flag().default(false),
    is_default_billing: c.boolean().flag().default(false),
    ...addressColumns(),
    city: c.text().nullable().sortable(),
    country_code: c.text().nullable().in().sortable(),
    postal_code: c.text().nullable().sortable(),
    metadata: c.json().nullable(),
  }),
  customer_group: model(
    'customer.customer_group',
    {
      id: c.id('cusgroup').in().sortable(),
      name: c.text().in().sortable().searchable(),
      metadata: c.json().nullable(),
      created_by: c.text().nullable(),
    },
    { entity: 'CustomerGroup' },
  ),
  // Medusa's pivot entity between customers and groups (id `cusgc_…`, with timestamps).
  customer_group_customer: model('customer.customer_group_customer', {
    id: c.id('cusgc'),
    customer_id: c.id('cus'),
    customer_group_id: c.id('cusgroup'),
    created_by: c.text().nullable(),
    metadata: c.json().nullable(),
  }),
  /**
   * Which customer a registration identity made: Medusa keeps it in the auth identity's
   * `app_metadata.customer_id`; this product has no auth module, so the customer module records it.
   */
  customer_auth_identity: model(
    'customer.customer_auth_identity',
    { auth_identity_id: c.text(), customer_id: c.id('cus') },
    { key: 'auth_identity_id' },
  ),
};

export type CustomerRow = RowOf<typeof models.customer>;
export type CustomerAddressRow = RowOf<typeof models.customer_address>;
export type CustomerGroupRow = RowOf<typeof models.customer_group>;
export type CustomerGroupCustomerRow = RowOf<typeof models.customer_group_customer>;
