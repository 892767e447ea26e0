import type { Database } from '../../kit/database';
import { manyBy, oneBy } from '../../kit/loaders';
import { createRegionStore, type RegionStore } from './store';

/** Per request: the store, and one DataLoader per way the resolvers fetch. */
function createLoaders(store: RegionStore) {
  return {
    region: oneBy('id', store.regionsByIds),
    country: oneBy('iso_2', store.countriesByIso2),
    countriesByRegion: manyBy('region_id', store.countriesByRegionIds),
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
