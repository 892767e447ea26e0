import { assertId } from '../../kit/ids';
import type { Resolvers } from './generated/resolvers';

export const resolvers: Resolvers = {
  Query: {
    sales_channel: (_, { id, with_deleted }, { loaders }) =>
      (with_deleted ? loaders.salesChannel.any : loaders.salesChannel.live).load(assertId(id, 'sc')),
    sales_channels: (_, { filters, pagination, with_deleted }, { store }) =>
      store.sales_channel.list(filters, store.sales_channel.page(pagination), { withDeleted: with_deleted }),
  },
  SalesChannel: {
    __resolveReference: ({ id }, { loaders }) => loaders.salesChannel.live.load(id),
  },
};
