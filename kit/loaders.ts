import DataLoader from 'dataloader';

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
