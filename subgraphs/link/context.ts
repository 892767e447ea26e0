import type DataLoader from 'dataloader';
import type { Database } from '../../kit/database';
import { manyBy } from '../../kit/loaders';
import { links, type LinkDefinition } from './links';
import { createLinkStore, type LinkStore, type PivotRow } from './store';

/** One DataLoader per link and side: pivot rows by that side's key. */
function createLoaders(store: LinkStore) {
  const loaders = new Map<string, DataLoader<string, PivotRow[]>>();
  for (const link of links) {
    for (const side of link.sides) {
      loaders.set(`${link.table}.${side.key}`, manyBy(side.key, (ids) => store.pivotsWhereIn(link, side.key, ids)));
    }
  }
  return {
    pivots(link: LinkDefinition, key: string): DataLoader<string, PivotRow[]> {
      const loader = loaders.get(`${link.table}.${key}`);
      if (!loader) throw new Error(`No loader for ${link.table}.${key}`);
      return loader;
    },
  };
}

export interface LinkContext {
  store: LinkStore;
  loaders: ReturnType<typeof createLoaders>;
}

export function createLinkContext(db: Database) {
  const store = createLinkStore(db);
  return async (): Promise<LinkContext> => ({ store, loaders: createLoaders(store) });
}
