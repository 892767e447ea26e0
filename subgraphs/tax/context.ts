import type { Actor } from '../../kit/auth';
import type { Database } from '../../kit/database';
import { EntityLoaders } from '../../kit/entities';
import type { RequestInfo } from '../../kit/subgraph';
import { createTaxStore, type TaxStore } from './store';

/** Per request: the declared tables' loaders, which every read of the module goes through, and who writes (`created_by`). */
export interface TaxContext {
  db: Database;
  actor: Actor;
  store: TaxStore;
  entities: EntityLoaders<TaxStore>;
}

export function createTaxContext(db: Database) {
  const store = createTaxStore(db);
  return async ({ actor }: RequestInfo): Promise<TaxContext> => ({
    db,
    actor,
    store,
    entities: new EntityLoaders(store),
  });
}
