import { defineLink } from './definition';

export const productSalesChannel = defineLink({
  table: 'product_sales_channel',
  idPrefix: 'prodsc',
  description:
    "The sales channels a product is sold in; many-to-many, with the product's place in the channel as an extra column.",
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
      module: 'sales_channel',
      subgraph: 'sales-channel',
      entity: 'SalesChannel',
      key: 'sales_channel_id',
      id: { prefix: 'sc', format: 'ulid' },
      field: 'sales_channels',
      many: true,
    },
  ],
  extraColumns: {
    rank: {
      type: 'integer',
      default: 0,
      description: "The product's position in the sales channel's listing, lowest first.",
    },
  },
});
