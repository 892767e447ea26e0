import DataLoader from 'dataloader';
import { emptyPage, type ListResult, type Page, type PageRows, type ReadOptions } from './sql';

/**
 * Per-request batching. Stores take a list of keys and return rows; these wrap such a
 * function into a DataLoader so every entity type costs one SQL statement per request level.
 */

/** One row per key (or null), e.g. carts by id. */
export function oneBy<T, K extends keyof T & string>(key: K, fetch: (keys: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (keys) => {
    const byKey = new Map<unknown, T>();
    for (const row of await fetch([...keys])) byKey.set(row[key], row);
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** Every row per key, in the store's order, e.g. line items by cart id. */
export function manyBy<T, K extends keyof T & string>(key: K, fetch: (keys: string[]) => Promise<T[]>) {
  return new DataLoader<string, T[]>(async (keys) => {
    const byKey = new Map<unknown, T[]>();
    for (const row of await fetch([...keys])) {
      const group = byKey.get(row[key]);
      if (group) group.push(row);
      else byKey.set(row[key], [row]);
    }
    return keys.map((k) => byKey.get(k) ?? []);
  });
}

/**
 * A page of related rows per parent, e.g. a region's carts, as the `ListResult` a root list
 * returns. `pagination` is a field argument, so parents may ask for different pages: each
 * distinct page (its order, size, skip or cursor) gets its own DataLoader (one statement for all
 * the parents asking for it), and the counts of every page share one loader (one `group by`,
 * run only when a client selects `metadata.count`). Call it once per request; `(page) => loader`
 * is what resolvers use.
 */
export function pagedManyBy<T>(
  fetchPages: (keys: string[], page: Page) => Promise<Map<string, PageRows<T>>>,
  fetchCounts: (keys: string[]) => Promise<Map<string, number>>,
): (page: Page) => DataLoader<string, ListResult<T>> {
  const counts = new DataLoader<string, number>(async (keys) => {
    const byKey = await fetchCounts([...keys]);
    return keys.map((k) => byKey.get(k) ?? 0);
  });
  const loaders = new Map<string, DataLoader<string, ListResult<T>>>();
  return (page) => {
    let loader = loaders.get(page.signature);
    if (!loader) {
      loader = new DataLoader<string, ListResult<T>>(async (keys) => {
        const pages = await fetchPages([...keys], page);
        return keys.map((k) => ({ ...(pages.get(k) ?? emptyPage<T>()), page, count: () => counts.load(k) }));
      });
      loaders.set(page.signature, loader);
    }
    return loader;
  };
}

/** Two loaders by id: `live` for references and relations (soft-deleted rows hidden), `any` for a by-id query that asked `with_deleted: true`. */
export interface ByIdLoaders<T> {
  live: DataLoader<string, T | null>;
  any: DataLoader<string, T | null>;
}

export function byId<T extends { id: string }>(
  fetch: (ids: string[], options?: ReadOptions) => Promise<T[]>,
): ByIdLoaders<T> {
  return {
    live: oneBy('id', (ids: string[]) => fetch(ids)),
    any: oneBy('id', (ids: string[]) => fetch(ids, { withDeleted: true })),
  };
}

/** A by-id query: soft-deleted rows only when the client asked `with_deleted: true`. */
export function loadById<T>(loaders: ByIdLoaders<T>, id: string, withDeleted?: boolean | null): Promise<T | null> {
  return (withDeleted ? loaders.any : loaders.live).load(id);
}

/**
 * Runs a mutation, then gives the request fresh loaders (`refresh`), so the fields the caller
 * selects on the result are read after the write, not from what the loaders cached before it.
 */
export async function afterWrite<T>(context: { refresh(): void }, mutation: () => Promise<T>): Promise<T> {
  const result = await mutation();
  context.refresh();
  return result;
}
