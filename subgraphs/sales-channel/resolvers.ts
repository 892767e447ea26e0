import { assertId, assertIds } from '../../kit/ids';
import { pageMetadata, toPage } from '../../kit/sql';
import type { Resolvers } from './generated/resolvers';
import { SORTABLE } from './store';

export const resolvers: Resolvers = {
  Query: {
    sales_channel: (_, { id, with_deleted }, { loaders }) =>
      (with_deleted ? loaders.salesChannelWithDeleted : loaders.salesChannel).load(assertId(id, 'sc')),
    sales_channels: (_, { filters, pagination, with_deleted }, { store }) =>
      store.listSalesChannels({ ...filters, id: assertIds(filters?.id, 'sc', 'filters.id') }, toPage(pagination, SORTABLE), with_deleted ?? false),
  },
  SalesChannelList: {
    data: (list) => list.rows,
    metadata: pageMetadata,
  },
  SalesChannel: {
    __resolveReference: ({ id }, { loaders }) => loaders.salesChannel.load(id),
  },
};
