import type { Actor } from '../../kit/auth';
import type DataLoader from 'dataloader';
import type { Database } from '../../kit/database';
import { manyBy } from '../../kit/loaders';
import type { Page } from '../../kit/sql';
import type { SubgraphServices, RequestInfo } from '../../kit/subgraph';
import type { LinkDefinition } from './links';
import { createRecordsClient } from './records';
import { createLinkService, type LinkService } from './service';
import { createLinkStore, type LinkStore, type PivotRow } from './store';

/**
 * Per request: one DataLoader per link, side and page asked for, so every parent of a level
 * is answered by one statement.
 */
function createLoaders(store: LinkStore) {
  const loaders = new Map<string, DataLoader<string, PivotRow[]>>();
  return {
    pivots(link: LinkDefinition, key: string, page: Page): DataLoader<string, PivotRow[]> {
      const cacheKey = `${link.table}.${key}:${page.skip}:${page.take}:${page.orderBy}`;
      let loader = loaders.get(cacheKey);
      if (!loader) {
        loader = manyBy(key, (ids) => store.pivotsByKey(link, key, ids, page));
        loaders.set(cacheKey, loader);
      }
      return loader;
    },
  };
}

export interface LinkContext {
  /** Who the gateway says sent the request: the rules on a customer's own data need it. */
  actor: Actor;
  store: LinkStore;
  service: LinkService;
  loaders: ReturnType<typeof createLoaders>;
}

export function createLinkContext(db: Database, services: SubgraphServices) {
  const store = createLinkStore(db);
  const service = createLinkService(db, createRecordsClient(services));
  return async ({ actor }: RequestInfo): Promise<LinkContext> => ({ actor, store, service, loaders: createLoaders(store) });
}
