import { assertId, assertIds } from '../../kit/ids';
import { pageMetadata, toPage } from '../../kit/sql';
import type { Resolvers } from './generated/resolvers';

export const resolvers: Resolvers = {
  Query: {
    payment_collection: (_, { id }, { loaders }) => loaders.paymentCollection.load(assertId(id, 'pay_col')),
    payment_collections: (_, { filters, pagination }, { store }) =>
      store.listPaymentCollections(
        { ...filters, id: assertIds(filters?.id, 'pay_col', 'filters.id') },
        toPage(pagination),
      ),
    payment_session: (_, { id }, { loaders }) => loaders.paymentSession.load(assertId(id, 'payses')),
  },
  PaymentCollectionList: {
    data: (list) => list.rows,
    metadata: pageMetadata,
  },
  PaymentCollection: {
    __resolveReference: ({ id }, { loaders }) => loaders.paymentCollection.load(id),
    payment_sessions: (collection, _, { loaders }) => loaders.paymentSessionsByCollection.load(collection.id),
  },
  PaymentSession: {
    __resolveReference: ({ id }, { loaders }) => loaders.paymentSession.load(id),
    payment_collection: (session, _, { loaders }) => loaders.paymentCollection.load(session.payment_collection_id),
  },
};
