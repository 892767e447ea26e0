import type { Database } from '../../kit/database';
import { keyLoaders, relationLoader } from '../../kit/table';
import { createRegionStore, type RegionStore } from './store';

/** Per request: one DataLoader per way the resolvers fetch. */
function createLoaders(store: RegionStore) {
  return {
    region: keyLoaders(store.region),
    country: keyLoaders(store.country),
    countriesByRegion: relationLoader(store.country, 'region_id'),
  };
}

export interface RegionContext {
  store: RegionStore;
  loaders: ReturnType<typeof createLoaders>;
}

export function createRegionContext(db: Database) {
  const store = createRegionStore(db);
  return async (): Promise<RegionContext> => ({ store, loaders: createLoaders(store) });
}
