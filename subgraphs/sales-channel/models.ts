import { columns as c, model, type RowOf } from '../../kit/model';

/** The sales channel module's table (Medusa's `SalesChannel`), declared once. */
export const models = {
  sales_channel: model(
    'sales_channel.sales_channel',
    {
      id: c.id('sc').in().sortable(),
      name: c.text().in().sortable().searchable(),
      description: c.text().nullable().searchable(),
      is_disabled: c.boolean().flag().default(false),
      metadata: c.json().nullable(),
    },
    { entity: 'SalesChannel' },
  ),
};

export type SalesChannelRow = RowOf<typeof models.sales_channel>;
