import { assertId } from '../../kit/ids';
import { pageMetadata } from '../../kit/sql';
import type { Resolvers } from './generated/resolvers';

export const resolvers: Resolvers = {
  Query: {
    sales_channel: (_, { id, with_deleted }, { loaders }) =>
      (with_deleted ? loaders.salesChannel.any : loaders.salesChannel.live).load(assertId(id, 'sc')),
    sales_channels: (_, { filters, pagination, with_deleted }, { store }) =>
      store.sales_channel.list(filters, store.sales_channel.page(pagination), { withDeleted: with_deleted }),
  },
  SalesChannelList: {
    data: (list) => list.rows,
    metadata: pageMetadata,
  },
  SalesChannel: {
    __resolveReference: ({ id }, { loaders }) => loaders.salesChannel.live.load(id),
  },
};
