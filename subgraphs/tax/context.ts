import type { Database } from '../../kit/database';
import { EntityLoaders } from '../../kit/entities';
import { createTaxStore, type TaxStore } from './store';

/** Per request: the declared tables' loaders, which every read of the module goes through. */
export interface TaxContext {
  db: Database;
  store: TaxStore;
  entities: EntityLoaders<TaxStore>;
}

export function createTaxContext(db: Database) {
  const store = createTaxStore(db);
  return async (): Promise<TaxContext> => ({ db, store, entities: new EntityLoaders(store) });
}
