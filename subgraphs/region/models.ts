import { belongsTo, columns as c, hasMany, model, type RowOf } from '../../kit/model';

/** The region module's tables (Medusa's `Region` and `Country`), declared once. */
export const models = {
  region: model(
    'region.region',
    {
      id: c.id('reg').in().sortable(),
      name: c.text().in().sortable().searchable(),
      currency_code: c.text().in().sortable(),
      automatic_taxes: c.boolean().default(true),
      metadata: c.json().nullable(),
    },
    { entity: 'Region', relations: { countries: hasMany('country', 'region_id') } },
  ),
  // Medusa's Country has no id: iso_2 is its key.
  country: model(
    'region.region_country',
    {
      iso_2: c.text().in().sortable(),
      iso_3: c.text().in().sortable(),
      num_code: c.text().sortable(),
      name: c.text().sortable(),
      display_name: c.text().sortable(),
      region_id: c.id('reg').nullable().in(),
      metadata: c.json().nullable(),
    },
    { key: 'iso_2', entity: 'Country', relations: { region: belongsTo('region', 'region_id') } },
  ),
};

export type RegionRow = RowOf<typeof models.region>;
export type CountryRow = RowOf<typeof models.country>;
