import type { Database } from '../../kit/database';
import { EntityLoaders } from '../../kit/entities';
import { createRegionStore, type RegionStore } from './store';

/** Per request: the declared tables' loaders, which every resolver of the module reads through. */
export interface RegionContext {
  store: RegionStore;
  entities: EntityLoaders<RegionStore>;
}

export function createRegionContext(db: Database) {
  const store = createRegionStore(db);
  return async (): Promise<RegionContext> => ({ store, entities: new EntityLoaders(store) });
}
