import { assertId, assertIds } from '../../kit/ids';
import { pageMetadata, toPage } from '../../kit/sql';
import type { Resolvers } from './generated/resolvers';

export const resolvers: Resolvers = {
  Query: {
    customer: (_, { id }, { loaders }) => loaders.customer.load(assertId(id, 'cus')),
    customers: (_, { filters, pagination }, { store }) =>
      store.listCustomers({ ...filters, id: assertIds(filters?.id, 'cus', 'filters.id') }, toPage(pagination)),
  },
  CustomerList: {
    data: (list) => list.rows,
    metadata: pageMetadata,
  },
  Customer: {
    __resolveReference: ({ id }, { loaders }) => loaders.customer.load(id),
  },
};
