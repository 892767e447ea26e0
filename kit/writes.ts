import { Kind, type DocumentNode, type InputObjectTypeDefinitionNode, type TypeNode } from 'graphql';
import type { Actor } from './auth';
import type { Database, Queryable } from './database';
import { EntityLoaders } from './entities';
import { badUserInput, conflict, notFound } from './errors';
import { assertId, assertIds, generateId } from './ids';
import { assertNoNul } from './input';
import { quoteIdent } from './migrate';
import type { Model } from './model';
import { table as tableOf, tables, type Table } from './table';

/**
 * An admin's writes to a declared table, as Medusa's module services offer them
 * (`createSalesChannels`, `updateSalesChannels`, `softDeleteSalesChannels`, `restoreSalesChannels`):
 * derived for each Mutation field of the schema named after the table's list (`sales_channels`):
 *
 * - `create_<list>(data: [<Entity>CreateInput!]!): [<Entity>!]!`: the rows, each with its
 *   declared defaults; an `id` the caller chose makes a repeat return the row it made (a lost
 *   answer sent again writes nothing twice), a soft-deleted one is CONFLICT.
 * - `update_<list>(id: ID!, data: <Entity>UpdateInput!): <Entity>!`: the fields given; null only
 *   where the column may be null; NOT_FOUND when no live row has the id.
 * - `soft_delete_<list>(ids: [ID!]!): [ID!]!` and `restore_<list>(ids: [ID!]!): [ID!]!`: the ids
 *   it changed, in the order given; others are skipped, as Medusa's services skip them. The rows
 *   of the relations the model `cascades` go with them, and come back with them.
 *
 * Each call is one transaction on the module's own tables. Input fields are the declared columns and
 * those the module's own rule on the write takes (`WriteRule`: a region's countries); a schema whose
 * write input names anything else does not start.
 */

/**
 * A module's own rule on one of its derived writes (its `writeRules`, by mutation name): `fields`
 * are the input's fields that are not columns (a region's `countries`); `prepare` normalises an
 * input before it is written (Medusa lower-cases a region's currency code); `apply` runs in the
 * write's transaction once its rows are written (new rows only on a create; the ids it changed on a
 * soft delete or restore), with the input each came from (`{}` for a soft delete or restore).
 */
export interface WriteRule {
  fields?: readonly string[];
  prepare?(input: Record<string, unknown>): Record<string, unknown>;
  /** Runs in the write's transaction before its rows are written (same arguments as `apply`): a refusal with the module's own message. */
  check?(db: Queryable, written: { id: string; input: Record<string, unknown>; argument: string }[]): Promise<void>;
  /** `writer`: the admin user who writes, for rows the rule writes itself (Medusa's `created_by` / `updated_by`). */
  apply?(
    db: Queryable,
    written: { id: string; input: Record<string, unknown>; argument: string }[],
    writer?: string,
  ): Promise<void>;
}

/** A module's context: its entity loaders and, where it keeps loaders of its own, how to renew them. */
interface WriteContext {
  /** Who writes: an admin user's id becomes `created_by` where the table has it (Medusa's routes pass the actor). */
  actor?: Actor;
  entities?: EntityLoaders;
  refresh?(): void;
}

/** The admin user who writes, if a user does (a workflow or a guest has no `created_by`). */
const writerOf = (context: WriteContext) => (context.actor?.type === 'user' ? context.actor.id : undefined);

type Resolver = (parent: unknown, args: Record<string, unknown>, context: WriteContext) => Promise<unknown>;

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function fieldsOf(typeDefs: DocumentNode, typeName: string) {
  return typeDefs.definitions.flatMap((definition) =>
    (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
    definition.name.value === typeName
      ? [...(definition.fields ?? [])]
      : [],
  );
}

function inputType(typeDefs: DocumentNode, name: string): InputObjectTypeDefinitionNode {
  const found = typeDefs.definitions.find(
    (definition): definition is InputObjectTypeDefinitionNode =>
      definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && definition.name.value === name,
  );
  if (!found) throw new Error(`No input type ${name} in the schema`);
  return found;
}

/** The input type of a field's argument, checked to name only columns of `model`. */
function columnsInput(
  typeDefs: DocumentNode,
  mutation: string,
  argument: TypeNode,
  model: Model,
  own: readonly string[] = [],
): void {
  const input = inputType(typeDefs, namedType(argument));
  const strangers = (input.fields ?? [])
    .map((field) => field.name.value)
    .filter((name) => !(name in model.columns) && !own.includes(name));
  if (strangers.length > 0) {
    throw new Error(
      `Mutation.${mutation}: ${input.name.value} names ${strangers.join(', ')}, which ${model.table} does not declare; resolve it in the module`,
    );
  }
}

/** Rows one create may write: a larger import is sent in several calls, each one transaction. */
export const MAX_ROWS_PER_WRITE = 1000;

/**
 * Medusa's `toHandle`: a URL-safe handle from a title (`Summer Sale 2026!` → `summer-sale-2026`):
 * lower case, accents dropped, words joined by one dash, other characters left out.
 */
export function toHandle(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-{2,}/g, '-');
}

/** One address, as an email column takes it: no spaces, a local part, `@`, a domain with a dot; at most 320 characters. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Refuses a value its column's declared format does not allow (BAD_USER_INPUT naming `where.<column>`). */
function assertFormats(model: Model, item: Record<string, unknown>, where: string): void {
  for (const [column, value] of Object.entries(item)) {
    const format = model.columns[column]?.spec.format;
    if (format === 'email' && value != null && (typeof value !== 'string' || value.length > 320 || !EMAIL.test(value)))
      throw badUserInput('Invalid email address', { argument: `${where}.${column}` });
  }
}

/** Fills the handles an item leaves out from their declared source column (`handleOf`). */
export function withHandles<Item extends Record<string, unknown>>(model: Model, item: Item): Item {
  const filled: Record<string, unknown> = { ...item };
  for (const [column, { spec }] of Object.entries(model.columns)) {
    const source = spec.handleOf && item[spec.handleOf];
    if (filled[column] == null && typeof source === 'string') filled[column] = toHandle(source);
  }
  return filled as Item;
}

/**
 * PostgreSQL's unique violation (23505) as CONFLICT with Medusa's message (its `dbErrorMapper`):
 * "Product tag with value: limited, already exists." — the refusing table's name, then each key
 * with its value. `entity` names the row when the error carries no table.
 */
export function uniqueConflict(entity: string, error: unknown) {
  const { code, detail, table } = (error ?? {}) as { code?: string; detail?: string; table?: string };
  if (code !== '23505') return undefined;
  const taken = /^Key \((.+)\)=\((.*)\) already exists\.?$/.exec(detail ?? '');
  const name = table ? table.charAt(0).toUpperCase() + table.slice(1).split('_').join(' ') : entity;
  if (!taken) return conflict(`${name} already exists with one of these values`);
  const keys = taken[1].split(',').map((key) => key.trim());
  const values = taken[2]
    .slice(0, 200)
    .split(',')
    .map((value) => value.trim())
    // As Medusa prints booleans.
    .map((value) => (value === 't' ? 'true' : value === 'f' ? 'false' : value));
  const pairs = keys.map((key, index) => `${key}: ${values[index] ?? ''}`).join(', ');
  return conflict(`${name} with ${pairs}, already exists.`, { fields: keys });
}

/** The child tables a model's soft delete takes along (its declared `cascades`), each with the column pointing to the row. */
function cascadesOf(models: Record<string, Model>, model: Model) {
  return (model.cascades?.delete ?? []).map((name) => {
    const { model: child, column } = model.relations![name];
    if (!models[child]?.timestamps)
      throw new Error(
        `${model.table}: cascades.delete names ${name}, whose model ${child} is not a declared soft-deletable table`,
      );
    return { child: models[child], column };
  });
}

/** Soft-deletes the live rows of the declared cascades of the rows just deleted, and theirs in turn. */
async function cascadeSoftDelete(tx: Queryable, models: Record<string, Model>, model: Model, keys: string[]) {
  for (const { child, column } of cascadesOf(models, model)) {
    if (keys.length === 0) return;
    const rows = await tx.query<Record<string, string>>(
      `update ${child.table} set deleted_at = now(), updated_at = now()
        where ${quoteIdent(column)} = any($1::text[]) and deleted_at is null returning ${quoteIdent(child.key)}`,
      [keys],
    );
    await cascadeSoftDelete(
      tx,
      models,
      child,
      rows.map((row) => row[child.key]),
    );
  }
}

/**
 * Before soft-deleted rows are restored: restores what their delete took along, and only that (the
 * rows deleted at the same moment, as one transaction's now() stamps them all).
 */
async function cascadeRestore(tx: Queryable, models: Record<string, Model>, model: Model, keys: string[]) {
  for (const { child, column } of cascadesOf(models, model)) {
    if (keys.length === 0) return;
    const rows = await tx.query<{ key: string }>(
      `select c.${quoteIdent(child.key)} as key from ${child.table} c join ${model.table} p on p.${quoteIdent(model.key)} = c.${quoteIdent(column)}
        where p.${quoteIdent(model.key)} = any($1::text[]) and c.deleted_at = p.deleted_at`,
      [keys],
    );
    const childKeys = rows.map((row) => row.key);
    await cascadeRestore(tx, models, child, childKeys);
    await tableOf(tx, child).restore(childKeys);
  }
}

export function writeResolvers(
  typeDefs: DocumentNode,
  models: Record<string, Model>,
  db: Database,
  rules: Record<string, WriteRule> = {},
  /** Mutation fields the module resolves itself (a nested create, a cascade): not derived. */
  own: ReadonlySet<string> = new Set(),
): Record<string, Record<string, Resolver>> {
  const mutations = fieldsOf(typeDefs, 'Mutation');
  const lists = fieldsOf(typeDefs, 'Query');
  const resolvers: Record<string, Resolver> = {};
  for (const [name, model] of Object.entries(models)) {
    const list = model.entity && lists.find((field) => namedType(field.type) === `${model.entity}List`);
    if (!list) continue;
    const prefix = model.columns[model.key]?.spec.prefix;
    if (!prefix) continue;
    const entity = model.entity!;
    cascadesOf(models, model); // a declaration naming what is not there stops the start
    // Every write runs in one transaction, on the module's tables bound to it; a unique index's
    // refusal (a live tag with that value) is the caller's CONFLICT, not a database error.
    const inTransaction = async <T>(work: (table: Table<Model>, tx: Queryable) => Promise<T>): Promise<T> => {
      try {
        return await db.transaction((tx) =>
          work((tables(tx, { [name]: model }) as Record<string, Table<Model>>)[name], tx),
        );
      } catch (error) {
        throw uniqueConflict(entity, error) ?? error;
      }
    };
    const written = <T>(context: WriteContext, result: T): T => {
      // What the caller selects on the result is read afresh, not from loaders filled before the write.
      if (context.entities) context.entities = context.entities.fresh();
      context.refresh?.();
      return result;
    };
    for (const field of mutations) {
      const fieldName = field.name.value;
      if (own.has(fieldName)) continue;
      const data = field.arguments?.find((argument) => argument.name.value === 'data');
      const rule = rules[fieldName] ?? {};
      const prepare = (input: Record<string, unknown>) => (rule.prepare ? rule.prepare(input) : input);
      // The rule's own fields are the rule's, not columns to write.
      const columnsOf = (input: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(input).filter(([key]) => !rule.fields?.includes(key)));
      if (fieldName === `create_${list.name.value}` && data) {
        columnsInput(typeDefs, fieldName, data.type, model, rule.fields);
        resolvers[fieldName] = async (_, args, context) => {
          const given = args.data as Record<string, unknown>[];
          if (given.length > MAX_ROWS_PER_WRITE) {
            throw badUserInput(`data may hold at most ${MAX_ROWS_PER_WRITE} rows, got ${given.length}`, {
              argument: 'data',
            });
          }
          given.forEach((item, index) => {
            assertNoNul(item, `data[${index}]`);
            // null, unlike a field left out, is no default: refused where the column may not be null.
            for (const [column, value] of Object.entries(item)) {
              if (
                value === null &&
                column !== model.key &&
                model.columns[column] &&
                !model.columns[column].spec.nullable
              )
                throw badUserInput(`data[${index}].${column} cannot be null`, { argument: `data[${index}].${column}` });
            }
            assertFormats(model, item, `data[${index}]`);
          });
          const items = given.map(prepare);
          const ids = items.map((item, index) =>
            item.id == null ? generateId(prefix) : assertId(String(item.id), prefix, `data[${index}].id`),
          );
          if (new Set(ids).size < ids.length)
            throw badUserInput('data: each id may be given once', { argument: 'data' });
          const creator = model.columns.created_by ? writerOf(context) : undefined;
          const rows = await inTransaction(async (table, tx) => {
            const existing = await table.byKeys(ids, { withDeleted: true });
            const gone = existing.find((row) => row.deleted_at);
            if (gone) {
              const id = String(gone[model.key as keyof typeof gone]);
              throw conflict(`${entity} ${id} was deleted; its id is not used again`, { id });
            }
            const made = new Set(existing.map((row) => String(row[model.key as keyof typeof row])));
            await rule.check?.(
              tx,
              items
                .map((input, index) => ({ id: ids[index], input, argument: `data[${index}]` }))
                .filter(({ id }) => !made.has(id)),
            );
            await table.insert(
              items
                .map((item, index) => ({
                  ...(creator ? { created_by: creator } : {}),
                  ...withHandles(model, columnsOf(item)),
                  [model.key]: ids[index],
                }))
                .filter((_item, index) => !made.has(ids[index])),
            );
            await rule.apply?.(
              tx,
              items
                .map((input, index) => ({ id: ids[index], input, argument: `data[${index}]` }))
                .filter(({ id }) => !made.has(id)),
              writerOf(context),
            );
            const byKey = new Map(
              (await table.byKeys(ids)).map((row) => [String(row[model.key as keyof typeof row]), row]),
            );
            return ids.map((id) => byKey.get(id));
          });
          return written(context, rows);
        };
      } else if (fieldName === `update_${list.name.value}` && data) {
        columnsInput(typeDefs, fieldName, data.type, model, rule.fields);
        resolvers[fieldName] = async (_, args, context) => {
          const id = assertId(String(args.id), prefix);
          assertNoNul(args.data, 'data');
          const input = prepare(args.data as Record<string, unknown>);
          const changes = columnsOf(input);
          for (const [column, value] of Object.entries(changes)) {
            if (value === null && !model.columns[column].spec.nullable) {
              throw badUserInput(`data.${column} cannot be null`, { argument: `data.${column}` });
            }
          }
          assertFormats(model, changes, 'data');
          const row = await inTransaction(async (table, tx) => {
            if ((await table.byKeys([id])).length === 0) throw notFound(`No ${entity} with id ${id}`, { id });
            await rule.check?.(tx, [{ id, input, argument: 'data' }]);
            await rule.apply?.(tx, [{ id, input, argument: 'data' }], writerOf(context));
            return table.update(id, changes);
          });
          return written(context, row);
        };
      } else if (fieldName === `soft_delete_${list.name.value}` || fieldName === `restore_${list.name.value}`) {
        const restore = fieldName.startsWith('restore_');
        resolvers[fieldName] = async (_, args, context) => {
          if ((args.ids as string[]).length > MAX_ROWS_PER_WRITE) {
            throw badUserInput(`ids may hold at most ${MAX_ROWS_PER_WRITE} ids, got ${(args.ids as string[]).length}`, {
              argument: 'ids',
            });
          }
          const ids = assertIds(args.ids as string[], prefix, 'ids') ?? [];
          const changed = new Set(
            await inTransaction(async (table, tx) => {
              let done: string[];
              if (restore) {
                await cascadeRestore(tx, models, model, ids);
                done = await table.restore(ids);
              } else {
                done = await table.softDelete(ids);
                await cascadeSoftDelete(tx, models, model, done);
              }
              await rule.apply?.(
                tx,
                done.map((id) => ({ id, input: {}, argument: 'ids' })),
                writerOf(context),
              );
              return done;
            }),
          );
          return written(
            context,
            [...new Set(ids)].filter((id) => changed.has(id)),
          );
        };
      }
    }
  }
  return Object.keys(resolvers).length > 0 ? { Mutation: resolvers } : {};
}
