import type { Database } from '../../kit/database';
import { keyLoaders } from '../../kit/table';
import { createSalesChannelStore, type SalesChannelStore } from './store';

/** Per request: one DataLoader per way the resolvers fetch. */
function createLoaders(store: SalesChannelStore) {
  return { salesChannel: keyLoaders(store.sales_channel) };
}

export interface SalesChannelContext {
  store: SalesChannelStore;
  loaders: ReturnType<typeof createLoaders>;
}

export function createSalesChannelContext(db: Database) {
  const store = createSalesChannelStore(db);
  return async (): Promise<SalesChannelContext> => ({ store, loaders: createLoaders(store) });
}
