import type { GraphQLError } from 'graphql';
import type { Database, Queryable } from '../../kit/database';
import { badUserInput, cascadeFailed, conflict, notFound } from '../../kit/errors';
import { isId } from '../../kit/ids';
import { log } from '../../kit/log';
import { cardinality, links, type LinkDefinition, type LinkSide } from './links';
import type { RecordsClient } from './records';
import { createLinkStore, type Pair, type PivotRow } from './store';

/** A link as a client writes it: `{ order: { order_id }, cart: { cart_id }, data? }`. */
export type LinkInput = Record<string, Record<string, string | null | undefined> | null | undefined> & {
  data?: unknown;
};
/** Records as `delete_links` / `restore_links` take them: `{ order: { order_id: [...] } }`. */
export type RecordsInput = Record<string, Record<string, readonly string[] | null | undefined> | null | undefined>;

/** A pivot row with the link it belongs to, so the `LinkRow` union can name its type. */
export type LinkedRow = PivotRow & { __link: LinkDefinition };
export interface LinkedKeys {
  module: string;
  key: string;
  ids: string[];
}

interface Resolved {
  link: LinkDefinition;
  pair: Pair;
}

const UNIQUE_VIOLATION = '23505';
// Two transactions that waited on each other: PostgreSQL aborts one, which may simply run again.
const RETRYABLE = new Set(['40P01', '40001']);
/** The most links or records one call may name: one transaction holds its locks until all are written. */
export const MAX_LINKS_PER_CALL = 500;

/** Runs `work` in a transaction, again when PostgreSQL aborted it for a deadlock or a serialization failure. */
async function inTransaction<T>(db: Database, work: (tx: Queryable) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction(work);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= 3 || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
    }
  }
}

/** Pairs in one fixed order (table, then keys), so concurrent calls take their row locks in the same order. */
function inLockOrder(resolved: Resolved[]): Resolved[] {
  return [...resolved].sort((x, y) =>
    x.link.table === y.link.table
      ? x.pair.a + x.pair.b < y.pair.a + y.pair.b
        ? -1
        : 1
      : x.link.table < y.link.table
        ? -1
        : 1,
  );
}

function assertSize(count: number, what: string): void {
  if (count > MAX_LINKS_PER_CALL) throw badUserInput(`At most ${MAX_LINKS_PER_CALL} ${what} per call, got ${count}`);
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === UNIQUE_VIOLATION;
}

function describeSide(side: LinkSide): string {
  return `${side.module}.${side.key}`;
}

function assertSideId(side: LinkSide, id: string, argument: string): void {
  const valid =
    side.id.format === 'ulid' ? isId(id, side.id.prefix) : new RegExp(`^${side.id.prefix}_[A-Za-z0-9_-]+$`).test(id);
  if (!valid) {
    const expected =
      side.id.format === 'ulid' ? `"${side.id.prefix}_" followed by a 26-character ULID` : `"${side.id.prefix}_<name>"`;
    throw badUserInput(`Invalid ${argument} "${id.slice(0, 64)}": expected ${expected}`, { argument });
  }
}

/** Which declared link a client's two records name, in either order. */
function resolve(input: LinkInput, index: number): Resolved {
  const given: { module: string; key: string; id: string }[] = [];
  for (const [module, keys] of Object.entries(input)) {
    if (module === 'data' || !keys) continue;
    for (const [key, id] of Object.entries(keys)) if (id) given.push({ module, key, id });
  }
  if (given.length !== 2) {
    throw badUserInput(
      `links[${index}]: a link names exactly two records, one per module; got ${given.length}${given.length ? ` (${given.map((g) => `${g.module}.${g.key}`).join(', ')})` : ''}`,
    );
  }
  const link = links.find(
    (candidate) =>
      given.every((g) => candidate.sides.some((side) => side.module === g.module && side.key === g.key)) &&
      given[0].module + given[0].key !== given[1].module + given[1].key,
  );
  if (!link) {
    throw badUserInput(
      `links[${index}]: there is no stored link between ${given[0].module}.${given[0].key} and ${given[1].module}.${given[1].key}. ` +
        `Stored links: ${links.map((candidate) => candidate.sides.map(describeSide).join(' ↔ ')).join('; ')}`,
    );
  }
  const idOf = (side: LinkSide) => given.find((g) => g.module === side.module && g.key === side.key)!.id;
  const [a, b] = link.sides;
  assertSideId(a, idOf(a), `links[${index}].${a.module}.${a.key}`);
  assertSideId(b, idOf(b), `links[${index}].${b.module}.${b.key}`);
  return { link, pair: { a: idOf(a), b: idOf(b), data: extraData(link, input.data, index) } };
}

/** `data` may only set the link's extra columns, each with its declared type. */
function extraData(link: LinkDefinition, data: unknown, index: number): Record<string, unknown> | undefined {
  if (data === undefined || data === null) return undefined;
  const columns = link.extraColumns ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw badUserInput(`links[${index}].data must be an object`);
  for (const [name, value] of Object.entries(data)) {
    const column = columns[name];
    if (!column) {
      const known = Object.keys(columns);
      throw badUserInput(
        `links[${index}].data.${name}: the ${link.table} link has ${known.length ? `the extra columns ${known.join(', ')}` : 'no extra columns'}`,
      );
    }
    const ok =
      column.type === 'integer'
        ? Number.isInteger(value) && Math.abs(value as number) <= 2_147_483_647
        : typeof value === (column.type === 'text' ? 'string' : 'boolean');
    if (!ok)
      throw badUserInput(
        `links[${index}].data.${name} must be ${column.type === 'integer' ? 'an integer' : `a ${column.type}`}`,
      );
  }
  return data as Record<string, unknown>;
}

/** Records named by `delete_links` / `restore_links`, checked against the declared linkable keys. */
function parseRecords(input: RecordsInput): LinkedKeys[] {
  const parsed: LinkedKeys[] = [];
  for (const [module, keys] of Object.entries(input)) {
    for (const [key, ids] of Object.entries(keys ?? {})) {
      if (!ids || ids.length === 0) continue;
      const side = links
        .flatMap((link) => link.sides)
        .find((candidate) => candidate.module === module && candidate.key === key);
      if (!side) throw badUserInput(`records.${module}.${key} is not a linkable key of any stored link`);
      ids.forEach((id, index) => assertSideId(side, id, `records.${module}.${key}[${index}]`));
      parsed.push({ module, key, ids: [...new Set(ids)] });
    }
  }
  if (parsed.length === 0)
    throw badUserInput('records must name at least one record, e.g. { order: { order_id: ["order_…"] } }');
  assertSize(
    parsed.reduce((sum, entry) => sum + entry.ids.length, 0),
    'records',
  );
  return parsed;
}

/** The rules of Medusa's Link API, on the declared links. */
export function createLinkService(db: Database, records: RecordsClient) {
  /** Names what a cardinality conflict collided with, after the failed transaction is gone. */
  async function conflictError({ link, pair }: Resolved): Promise<GraphQLError> {
    const store = createLinkStore(db);
    const [a, b] = link.sides;
    for (const [side, other, id] of [
      [a, b, pair.b],
      [b, a, pair.a],
    ] as const) {
      if (side.many) continue;
      const holder = await store.liveRow(link, other.key, id);
      const holderId = holder ? String(holder[side.key]) : undefined;
      if (holderId === undefined || holderId === (side === a ? pair.a : pair.b)) continue;
      return conflict(
        `Cannot link ${a.entity} ${pair.a} and ${b.entity} ${pair.b}: ${link.table} is ${cardinality(link)}, and ${other.entity} ${id} is already linked to ${side.entity} ${holderId}`,
        { link: link.table, [a.key]: pair.a, [b.key]: pair.b, linked_to: holderId },
      );
    }
    return conflict(
      `Cannot link ${a.entity} ${pair.a} and ${b.entity} ${pair.b}: ${link.table} is ${cardinality(link)}`,
      {
        link: link.table,
        [a.key]: pair.a,
        [b.key]: pair.b,
      },
    );
  }

  /** Both records of every pair must exist: one `_entities` call per entity type. */
  async function assertRecordsExist(resolved: Resolved[]): Promise<void> {
    const bySide = new Map<string, { side: LinkSide; ids: string[] }>();
    for (const { link, pair } of resolved) {
      link.sides.forEach((side, index) => {
        const entry = bySide.get(side.entity) ?? { side, ids: [] };
        entry.ids.push(index === 0 ? pair.a : pair.b);
        bySide.set(side.entity, entry);
      });
    }
    const missing = await Promise.all(
      [...bySide.values()].map(async ({ side, ids }) => ({ side, ids: await records.missing(side, ids) })),
    );
    const unknown = missing.filter((entry) => entry.ids.length > 0);
    if (unknown.length > 0) {
      throw notFound(
        `Cannot link records that do not exist: ${unknown.map((entry) => `${entry.side.entity} ${entry.ids.join(', ')}`).join('; ')}`,
        {
          records: Object.fromEntries(unknown.map((entry) => [entry.side.key, entry.ids])),
        },
      );
    }
  }

  /**
   * Walks the links of `start` records, as Medusa's link.delete / link.restore do: every pivot
   * row of a record is changed; where the other side cascades, its records are collected and
   * walked in turn. All pivot changes happen in the caller's transaction.
   */
  async function walk(tx: Queryable, start: LinkedKeys[], change: 'delete' | 'restore') {
    const store = createLinkStore(tx);
    const touched = new Map<string, LinkedKeys>();
    const changedRows: { link: LinkDefinition; rows: PivotRow[] }[] = [];
    const cascades: { side: LinkSide; ids: string[] }[] = [];
    const seen = new Set<string>();
    const note = (module: string, key: string, ids: string[]) => {
      const entry = touched.get(`${module}.${key}`) ?? { module, key, ids: [] };
      for (const id of ids) if (!entry.ids.includes(id)) entry.ids.push(id);
      touched.set(`${module}.${key}`, entry);
    };
    const queue = [...start];
    while (queue.length > 0) {
      const { module, key, ids: all } = queue.shift()!;
      const ids = all.filter((id) => !seen.has(`${module}.${key}:${id}`));
      ids.forEach((id) => seen.add(`${module}.${key}:${id}`));
      if (ids.length === 0) continue;
      note(module, key, ids);
      for (const link of links) {
        const index = link.sides.findIndex((side) => side.module === module && side.key === key);
        if (index === -1) continue;
        const other = link.sides[1 - index];
        const rows =
          change === 'delete' ? await store.softDeleteByKey(link, key, ids) : await store.restoreByKey(link, key, ids);
        if (rows.length === 0) continue;
        changedRows.push({ link, rows });
        const otherIds = [...new Set(rows.map((row) => String(row[other.key])))];
        note(other.module, other.key, otherIds);
        if (other.cascade) {
          cascades.push({ side: other, ids: otherIds });
          queue.push({ module: other.module, key: other.key, ids: otherIds });
        }
      }
    }
    return { touched: [...touched.values()], changedRows, cascades };
  }

  async function deleteOrRestore(input: RecordsInput, change: 'delete' | 'restore'): Promise<LinkedKeys[]> {
    const start = parseRecords(input);
    const result = await inTransaction(db, (tx) => walk(tx, start, change));
    const done: { side: LinkSide; ids: string[] }[] = [];
    try {
      for (const target of result.cascades) {
        const mutation = change === 'delete' ? target.side.cascade!.softDelete : target.side.cascade!.restore;
        // Only what this call changed is undone later, not records changed by others before.
        const changed = await records.cascade(target.side, mutation, target.ids);
        done.push({ side: target.side, ids: changed });
      }
    } catch (error) {
      // Compensation: the cascade could not finish, so nothing of this call may stay applied.
      await db
        .transaction(async (tx) => {
          const store = createLinkStore(tx);
          for (const { link, rows } of result.changedRows) {
            await store.setDeletedAt(
              link,
              rows.map((row) => row.id),
              change === 'delete' ? null : new Date(),
            );
          }
        })
        .catch((undoError: Error) =>
          log('link', `could not undo the pivot changes of ${change}_links: ${undoError.message}`),
        );
      for (const target of done) {
        const undo = change === 'delete' ? target.side.cascade!.restore : target.side.cascade!.softDelete;
        await records
          .cascade(target.side, undo, target.ids)
          .catch((undoError: Error) =>
            log('link', `could not undo ${undo} on ${target.ids.join(', ')}: ${undoError.message}`),
          );
      }
      const reason = error instanceof Error ? error.message : String(error);
      throw cascadeFailed(`${change === 'delete' ? 'delete_links' : 'restore_links'} was undone: ${reason}`);
    }
    return result.touched;
  }

  return {
    async create(inputs: readonly LinkInput[]): Promise<LinkedRow[]> {
      assertSize(inputs.length, 'links');
      const resolved = inputs.map(resolve);
      await assertRecordsExist(resolved);
      let current: Resolved | undefined;
      try {
        const written = await inTransaction(db, async (tx) => {
          const store = createLinkStore(tx);
          const rows = new Map<Resolved, LinkedRow>();
          for (const item of inLockOrder(resolved)) {
            current = item;
            rows.set(item, { ...(await store.create(item.link, item.pair)), __link: item.link });
          }
          return rows;
        });
        // Answered in the order the client gave them.
        return resolved.map((item) => written.get(item)!);
      } catch (error) {
        if (isUniqueViolation(error) && current) throw await conflictError(current);
        throw error;
      }
    },

    async dismiss(inputs: readonly LinkInput[]): Promise<LinkedRow[]> {
      assertSize(inputs.length, 'links');
      const resolved = inputs.map(resolve);
      return inTransaction(db, async (tx) => {
        const store = createLinkStore(tx);
        const rows: LinkedRow[] = [];
        for (const { link, pair } of inLockOrder(resolved)) {
          for (const row of await store.dismiss(link, pair)) rows.push({ ...row, __link: link });
        }
        return rows;
      });
    },

    delete: (input: RecordsInput) => deleteOrRestore(input, 'delete'),

    async restore(input: RecordsInput): Promise<LinkedKeys[]> {
      try {
        return await deleteOrRestore(input, 'restore');
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        throw conflict(
          'Cannot restore these links: a restored link would break its cardinality, because a newer live link holds one of its records',
        );
      }
    },
  };
}

export type LinkService = ReturnType<typeof createLinkService>;
