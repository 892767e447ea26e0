import type { Actor } from '../../kit/auth';
import type DataLoader from 'dataloader';
import type { Database } from '../../kit/database';
import { pagedManyBy } from '../../kit/loaders';
import type { ListResult, Page } from '../../kit/sql';
import type { SubgraphServices, RequestInfo } from '../../kit/subgraph';
import type { LinkDefinition } from './links';
import { createRecordsClient } from './records';
import { createLinkService, type LinkService } from './service';
import { createLinkStore, type LinkStore, type PivotRow } from './store';

/**
 * Per request: one page loader per link and side (kit/loaders.ts `pagedManyBy`: one DataLoader
 * per page asked for), so every parent of a level is answered by one statement.
 */
function createLoaders(store: LinkStore) {
  const loaders = new Map<string, (page: Page) => DataLoader<string, ListResult<PivotRow>>>();
  return {
    pivots(link: LinkDefinition, key: string, page: Page): DataLoader<string, ListResult<PivotRow>> {
      const name = `${link.table}.${key}`;
      let pages = loaders.get(name);
      if (!pages) {
        pages = pagedManyBy(
          (ids, page) => store.pivotPagesByKey(link, key, ids, page),
          (ids) => store.pivotCountsByKey(link, key, ids),
        );
        loaders.set(name, pages);
      }
      return pages(page);
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
  return async ({ actor }: RequestInfo): Promise<LinkContext> => ({
    actor,
    store,
    service,
    loaders: createLoaders(store),
  });
}
