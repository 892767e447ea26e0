import type { Database } from '../../kit/database';
import { EntityLoaders } from '../../kit/entities';
import { createSalesChannelStore, type SalesChannelStore } from './store';

/** Per request: the declared table's loaders, which every resolver of the module reads through. */
export interface SalesChannelContext {
  store: SalesChannelStore;
  entities: EntityLoaders<SalesChannelStore>;
}

export function createSalesChannelContext(db: Database) {
  const store = createSalesChannelStore(db);
  return async (): Promise<SalesChannelContext> => ({ store, entities: new EntityLoaders(store) });
}
