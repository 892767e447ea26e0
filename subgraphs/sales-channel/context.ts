import type { Database } from '../../kit/database';
import { oneBy } from '../../kit/loaders';
import { createSalesChannelStore, type SalesChannelStore } from './store';

/** Per request: the store, and one DataLoader per way the resolvers fetch. */
function createLoaders(store: SalesChannelStore) {
  return {
    salesChannel: oneBy('id', store.salesChannelsByIds),
    // By-id queries with `with_deleted: true` batch separately, as they read other rows.
    salesChannelWithDeleted: oneBy('id', (ids: string[]) => store.salesChannelsByIds(ids, { withDeleted: true })),
  };
}

export interface SalesChannelContext {
  store: SalesChannelStore;
  loaders: ReturnType<typeof createLoaders>;
}

export function createSalesChannelContext(db: Database) {
  const store = createSalesChannelStore(db);
  return async (): Promise<SalesChannelContext> => ({ store, loaders: createLoaders(store) });
}
