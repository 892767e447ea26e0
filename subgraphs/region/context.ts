import type { Database } from '../../kit/database';
import { manyBy, oneBy } from '../../kit/loaders';
import { createRegionStore, type RegionStore } from './store';

/** Per request: the store, and one DataLoader per way the resolvers fetch. */
function createLoaders(store: RegionStore) {
  // By-key queries with `with_deleted: true` batch separately, as they read other rows.
  const withDeleted = { withDeleted: true };
  return {
    region: oneBy('id', store.regionsByIds),
    regionWithDeleted: oneBy('id', (ids: string[]) => store.regionsByIds(ids, withDeleted)),
    country: oneBy('iso_2', store.countriesByIso2),
    countryWithDeleted: oneBy('iso_2', (codes: string[]) => store.countriesByIso2(codes, withDeleted)),
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
