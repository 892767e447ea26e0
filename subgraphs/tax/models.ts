import { belongsTo, columns as c, hasMany, model, type RowOf } from '../../kit/model';

/**
 * The tax module's tables, as Medusa 2.21.2's Tax module declares them (`TaxProvider`,
 * `TaxRegion`, `TaxRate`, `TaxRateRule`), declared once. A rate is a real percent (19 for 19%).
 */
export const models = {
  // Medusa's provider ids are the providers' names (`tp_system`), not generated ids.
  tax_provider: model(
    'tax.tax_provider',
    { id: c.text().in().sortable(), is_enabled: c.boolean().flag().default(true) },
    { entity: 'TaxProvider', timestamps: false },
  ),
  tax_region: model(
    'tax.tax_region',
    {
      id: c.id('txreg').in().sortable(),
      country_code: c.text().in().sortable().searchable(),
      province_code: c.text().nullable().in().sortable().searchable(),
      parent_id: c.id('txreg').nullable().in(),
      provider_id: c.text().nullable().in(),
      metadata: c.json().nullable(),
      created_by: c.text().nullable(),
    },
    {
      entity: 'TaxRegion',
      relations: {
        parent: belongsTo('tax_region', 'parent_id'),
        children: hasMany('tax_region', 'parent_id'),
        tax_rates: hasMany('tax_rate', 'tax_region_id'),
        provider: belongsTo('tax_provider', 'provider_id'),
      },
      // Medusa's `.cascades({ delete: ["children", "tax_rates"] })`.
      cascades: { delete: ['children', 'tax_rates'] },
    },
  ),
  tax_rate: model(
    'tax.tax_rate',
    {
      id: c.id('txr').in().sortable(),
      rate: c.real().nullable().sortable(),
      code: c.text().in().sortable().searchable(),
      name: c.text().sortable().searchable(),
      is_default: c.boolean().flag().default(false),
      is_combinable: c.boolean().flag().default(false),
      tax_region_id: c.id('txreg').in(),
      metadata: c.json().nullable(),
      created_by: c.text().nullable(),
    },
    {
      entity: 'TaxRate',
      relations: {
        tax_region: belongsTo('tax_region', 'tax_region_id'),
        rules: hasMany('tax_rate_rule', 'tax_rate_id'),
      },
      cascades: { delete: ['rules'] },
    },
  ),
  tax_rate_rule: model(
    'tax.tax_rate_rule',
    {
      id: c.id('txrule').in().sortable(),
      tax_rate_id: c.id('txr').in(),
      reference: c.text().in(),
      reference_id: c.text().in(),
      metadata: c.json().nullable(),
      created_by: c.text().nullable(),
    },
    { entity: 'TaxRateRule', relations: { tax_rate: belongsTo('tax_rate', 'tax_rate_id') } },
  ),
};

export type TaxProviderRow = RowOf<typeof models.tax_provider>;
export type TaxRegionRow = RowOf<typeof models.tax_region>;
export type TaxRateRow = RowOf<typeof models.tax_rate>;
export type TaxRateRuleRow = RowOf<typeof models.tax_rate_rule>;
