import { assertId, assertIds } from '../../kit/ids';
import { pageMetadata, toPage } from '../../kit/sql';
import type { Resolvers } from './generated/resolvers';

export const resolvers: Resolvers = {
  Query: {
    sales_channel: (_, { id }, { loaders }) => loaders.salesChannel.load(assertId(id, 'sc')),
    sales_channels: (_, { filters, pagination }, { store }) =>
      store.listSalesChannels({ ...filters, id: assertIds(filters?.id, 'sc', 'filters.id') }, toPage(pagination)),
  },
  SalesChannelList: {
    data: (list) => list.rows,
    metadata: pageMetadata,
  },
  SalesChannel: {
    __resolveReference: ({ id }, { loaders }) => loaders.salesChannel.load(id),
  },
};
