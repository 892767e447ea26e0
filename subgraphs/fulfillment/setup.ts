import type { Database } from '../../kit/database';
import { badUserInput, notFound } from '../../kit/errors';
import { assertId, assertIds } from '../../kit/ids';
import { assertDistinct, assertNoNul, assertNotNegative, conflict, currencyCode, idMaker } from '../../kit/input';
import type { Model } from '../../kit/model';
import { tables, type Table } from '../../kit/table';
import { MAX_ROWS_PER_WRITE, uniqueConflict } from '../../kit/writes';
import type { FulfillmentContext } from './context';
import type { MutationResolvers } from './generated/resolvers';
import { models } from './models';

/**
 * The fulfillment set-up an admin writes (Medusa's fulfillment module service): nested creates
 * (a set with its zones and their geo zones, an option with its type, rules and prices), the
 * checks Medusa makes on geo zones, rules and references, and the soft-delete cascades of its
 * relations. The plain writes are derived from models.ts (kit/writes.ts); each call here is one
 * transaction on the module's tables too.
 */

type Name = keyof typeof models;
type Item = Record<string, unknown>;
// Tables read by name, so their rows are typed loosely: results are cast to the generated row types.
type Tables = Record<Name, Table<Model>>;
/** Rows to create, each with where it is in the input (for error messages). */
type Entry = { item: Item; at: string };

/** Rows created under a row: input field → child table and its column naming the parent. */
const CHILDREN: Partial<Record<Name, Record<string, [Name, string]>>> = {
  fulfillment_set: { service_zones: ['service_zone', 'fulfillment_set_id'] },
  service_zone: { geo_zones: ['geo_zone', 'service_zone_id'] },
  shipping_option: {
    rules: ['shipping_option_rule', 'shipping_option_id'],
    prices: ['shipping_option_price', 'shipping_option_id'],
  },
};
/** A row created before its owner, which points to it (Medusa's owned one-to-one: an option's type). */
const OWNED: Partial<Record<Name, Record<string, [Name, string]>>> = {
  shipping_option: { type: ['shipping_option_type', 'shipping_option_type_id'] },
};
/** Medusa's `validateGeoZones`: what each type of geo zone needs, and its messages. */
const GEO_ZONE_NEEDS: Record<string, string[]> = {
  country: ['country_code'],
  province: ['country_code', 'province_code'],
  city: ['country_code', 'province_code', 'city'],
  zip: ['country_code', 'province_code', 'city', 'postal_expression'],
};

function geoZone(zone: Item, at: string): Item {
  const type = String(zone.type ?? 'country');
  for (const field of GEO_ZONE_NEEDS[type] ?? []) {
    if (!zone[field])
      throw badUserInput(`Missing required property ${field} for geo zone type ${type}`, {
        argument: `${at}.${field}`,
      });
  }
  const country = String(zone.country_code);
  if (!/^[A-Za-z]{2}$/.test(country))
    throw badUserInput(`${at}.country_code must be an ISO 3166-1 alpha-2 code, got "${country.slice(0, 16)}"`, {
      argument: `${at}.country_code`,
    });
  return { ...zone, country_code: country.toLowerCase() };
}

/** Medusa's `validateRule`, with its messages. */
function rule(item: Item, at: string): Item {
  const { operator, value } = item;
  if (!item.attribute || value === null || value === '')
    throw badUserInput('Rule must have an attribute, an operator and a value', { argument: at });
  if (operator === 'in' || operator === 'nin') {
    if (!Array.isArray(value))
      throw badUserInput('Rule value must be an array for in/nin operators', { argument: `${at}.value` });
  } else if (typeof value === 'object') {
    throw badUserInput(`Rule value must be a string, bool, number value for the selected operator ${operator}`, {
      argument: `${at}.value`,
    });
  }
  return item;
}

function price(item: Item, at: string): Item {
  assertNotNegative(String(item.amount), `${at}.amount`);
  return { ...item, currency_code: currencyCode(String(item.currency_code), `${at}.currency_code`) };
}

/** An option's prices: one per currency (the table's unique index, answered before it refuses). */
function onePricePerCurrency(prices: Item[], at: string) {
  assertDistinct(
    prices.map((item, index) => currencyCode(String(item.currency_code), `${at}[${index}].currency_code`)),
    at,
  );
}

/** How an input row of a table is checked and normalised before it is written. */
const CHECK: Partial<Record<Name, (item: Item, at: string) => Item>> = {
  geo_zone: geoZone,
  shipping_option_rule: rule,
  shipping_option_price: price,
  shipping_option: (item, at) => {
    onePricePerCurrency((item.prices as Item[] | null | undefined) ?? [], `${at}.prices`);
    return item;
  },
};

/** A table's declaration, read by column name. */
const declared = (name: Name): Model => models[name];
const prefixOf = (name: Name) => declared(name).columns[declared(name).key].spec.prefix;
const columnsOf = (name: Name, item: Item) =>
  Object.fromEntries(Object.entries(item).filter(([column]) => column in models[name].columns));

/** Rows a nested input holds, every level counted: one call writes at most MAX_ROWS_PER_WRITE. */
function size(name: Name, items: readonly Item[]): number {
  return items.reduce((total, item) => {
    const nested = Object.entries({ ...CHILDREN[name], ...OWNED[name] }).map(([field, [child]]) => {
      const value = item[field];
      return value ? size(child, Array.isArray(value) ? (value as Item[]) : [value as Item]) : 0;
    });
    return total + 1 + nested.reduce((sum, count) => sum + count, 0);
  }, 0);
}

/** Runs `work` in one transaction; a unique index's refusal is CONFLICT naming the value. */
async function write<T>(db: Database, work: (t: Tables) => Promise<T>): Promise<T> {
  try {
    return await db.transaction((tx) => work(tables(tx, models) as unknown as Tables));
  } catch (error) {
    const table = (error as { table?: string }).table;
    const entity = Object.values(models).find((model) => model.table === `fulfillment.${table}`)?.entity;
    throw (entity && uniqueConflict(entity, error)) || error;
  }
}

/**
 * Creates rows of `name` with what they hold (CHILDREN, OWNED), after CHECK; returns their ids.
 * At the top (`nested` false) a caller-chosen id that exists returns that row as it is (a repeat);
 * nested, or soft-deleted, it is CONFLICT.
 */
async function create(t: Tables, name: Name, entries: Entry[], newId: (prefix: string) => string, nested = false) {
  const model = models[name];
  const prefix = prefixOf(name)!;
  const checked = entries.map(({ item, at }) => ({ item: CHECK[name]?.(item, at) ?? item, at }));
  const ids = checked.map(({ item, at }) =>
    item.id == null ? newId(prefix) : assertId(String(item.id), prefix, `${at}.id`),
  );
  assertDistinct(ids, entries[0]?.at.replace(/\[\d+\]$/, '') ?? 'data');
  const existing = await t[name].byKeys(ids, { withDeleted: true });
  const taken = existing.find((row) => row.deleted_at || nested);
  if (taken) {
    const id = String(taken.id);
    throw conflict(
      taken.deleted_at ? `${model.entity} ${id} was deleted; its id is not used again` : `${model.entity} ${id} exists`,
      { id },
    );
  }
  const made = new Set(existing.map((row) => String(row.id)));
  const fresh = checked.map((entry, index) => ({ ...entry, id: ids[index] })).filter(({ id }) => !made.has(id));
  const rows = fresh.map(({ item, id }) => ({ ...columnsOf(name, item), id }));
  for (const [field, [owned, column]] of Object.entries(OWNED[name] ?? {})) {
    const at = fresh.map((entry) => ({ item: entry.item[field] as Item, at: `${entry.at}.${field}` }));
    const ownedIds = await create(t, owned, at, newId, true);
    rows.forEach((row, index) => Object.assign(row, { [column]: ownedIds[index] }));
  }
  await t[name].insert(rows);
  for (const [field, [child, column]] of Object.entries(CHILDREN[name] ?? {})) {
    const under = fresh.flatMap(({ item, at, id }) =>
      ((item[field] as Item[] | null | undefined) ?? []).map((childItem, index) => ({
        item: { ...childItem, [column]: id },
        at: `${at}.${field}[${index}]`,
      })),
    );
    if (under.length > 0) await create(t, child, under, newId, true);
  }
  return ids;
}

/** The rows with these ids, in that order (those just written, read in the same transaction). */
async function rowsOf(t: Tables, name: Name, ids: string[]) {
  const byId = new Map((await t[name].byKeys(ids)).map((row) => [String(row.id), row]));
  return ids.map((id) => byId.get(id));
}

/** A live row of `name` the input names by `argument`, or NOT_FOUND naming it. */
async function mustExist(t: Tables, name: Name, id: string, argument: string) {
  const prefix = prefixOf(name);
  const key = prefix ? assertId(id, prefix, argument) : id;
  const [row] = await t[name].byKeys([key]);
  if (!row) throw notFound(`${models[name].entity} with id ${key} was not found`, { argument, id: key });
  return row;
}

/** The columns given of a live row; null only where the column may be null. */
async function update(t: Tables, name: Name, id: string, changes: Item) {
  await mustExist(t, name, id, 'id');
  for (const [column, value] of Object.entries(changes)) {
    const spec = declared(name).columns[column]?.spec;
    if (value === null && spec && !spec.nullable)
      throw badUserInput(`data.${column} cannot be null`, { argument: `data.${column}` });
  }
  return t[name].update(id, columnsOf(name, changes));
}

/** Refuses writing more than MAX_ROWS_PER_WRITE rows in one call. */
function atMost(rows: number, argument: string) {
  if (rows > MAX_ROWS_PER_WRITE)
    throw badUserInput(`${argument} may hold at most ${MAX_ROWS_PER_WRITE} rows, got ${rows}`, { argument });
}

/** Refuses input PostgreSQL cannot store and creates over MAX_ROWS_PER_WRITE rows. */
function checkInput(name: Name, data: readonly Item[]): Entry[] {
  assertNoNul(data, 'data');
  atMost(size(name, data), 'data');
  return data.map((item, index) => ({ item, at: `data[${index}]` }));
}

/** The shipping option's references (Medusa's route requires each): live rows, or NOT_FOUND naming the field. */
async function checkReferences(t: Tables, item: Item, at: string) {
  const references: [string, Name][] = [
    ['service_zone_id', 'service_zone'],
    ['shipping_profile_id', 'shipping_profile'],
    ['provider_id', 'fulfillment_provider'],
  ];
  for (const [field, name] of references) {
    if (item[field] != null) await mustExist(t, name, String(item[field]), `${at}.${field}`);
  }
}

/** Replaces the rows of `child` under `id` (an option's rules, its prices) with `items`. */
async function replace(t: Tables, child: Name, column: string, id: string, items: Item[], at: string) {
  await t[child].softDelete((await t[child].by(column, [id])).map((row) => String(row.id)));
  const entries = items.map((item, index) => ({ item: { ...item, [column]: id }, at: `${at}[${index}]` }));
  await create(t, child, entries, idMaker(), true);
}

type Mutations = Required<
  Pick<
    MutationResolvers<FulfillmentContext>,
    | 'create_fulfillment_sets'
    | 'create_service_zones'
    | 'update_service_zones'
    | 'create_geo_zones'
    | 'update_geo_zones'
    | 'soft_delete_geo_zones'
    | 'create_shipping_options'
    | 'update_shipping_options'
  >
>;

/** After a write, what the caller selects on its result is read afresh, not from loaders filled before. */
function written<T>(context: FulfillmentContext, result: T): T {
  context.entities = context.entities.fresh();
  return result;
}

/** create_<list> of a table with nested rows: the rows in the order given. */
const creates =
  (name: Name, before?: (t: Tables, entries: Entry[]) => Promise<void>) =>
  async (_: unknown, { data }: { data: readonly object[] }, context: FulfillmentContext) => {
    const entries = checkInput(name, data as Item[]);
    const rows = await write(context.db, async (t) => {
      await before?.(t, entries);
      return rowsOf(t, name, await create(t, name, entries, idMaker()));
    });
    return written(context, rows) as never;
  };

export const setupMutations: Mutations = {
  create_fulfillment_sets: creates('fulfillment_set'),
  create_service_zones: creates('service_zone', async (t, entries) => {
    for (const { item, at } of entries)
      await mustExist(t, 'fulfillment_set', String(item.fulfillment_set_id), `${at}.fulfillment_set_id`);
  }),
  create_geo_zones: creates('geo_zone', async (t, entries) => {
    for (const { item, at } of entries)
      await mustExist(t, 'service_zone', String(item.service_zone_id), `${at}.service_zone_id`);
  }),
  // Geo zones have no list of their own, so this one is not derived; they hold nothing.
  async soft_delete_geo_zones(_, { ids }, context) {
    const keys = [...new Set(assertIds(ids, prefixOf('geo_zone')!, 'ids') ?? [])];
    const changed = new Set(await write(context.db, (t) => t.geo_zone.softDelete(keys)));
    return written(
      context,
      keys.filter((id) => changed.has(id)),
    );
  },
  create_shipping_options: creates('shipping_option', async (t, entries) => {
    for (const { item, at } of entries) await checkReferences(t, item, at);
  }),

  async update_service_zones(_, { id, data }, context) {
    const { geo_zones: zones, ...changes } = data as Item & { geo_zones?: Item[] | null };
    assertNoNul(data, 'data');
    atMost(zones?.length ?? 0, 'data.geo_zones');
    const key = assertId(id, 'serzo');
    const row = await write(context.db, async (t) => {
      const updated = await update(t, 'service_zone', key, changes);
      if (zones) {
        const mine = new Map((await t.geo_zone.by('service_zone_id', [key])).map((zone) => [String(zone.id), zone]));
        const strangers = zones.map((zone) => zone.id).filter((zoneId) => zoneId != null && !mine.has(String(zoneId)));
        // Medusa's message, word for word.
        if (strangers.length > 0)
          throw notFound(`The following geo zones does not exists: ${strangers.join(', ')}`, {
            argument: 'data.geo_zones',
          });
        const kept = new Set(zones.map((zone) => String(zone.id)));
        await t.geo_zone.softDelete([...mine.keys()].filter((zoneId) => !kept.has(zoneId)));
        for (const [index, zone] of zones.entries()) {
          if (zone.id == null) continue;
          const { id: zoneId, ...merged } = geoZone(
            { ...mine.get(String(zone.id)), ...zone },
            `data.geo_zones[${index}]`,
          );
          await t.geo_zone.update(String(zoneId), columnsOf('geo_zone', merged));
        }
        await create(
          t,
          'geo_zone',
          zones.flatMap((zone, index) =>
            zone.id == null ? [{ item: { ...zone, service_zone_id: key }, at: `data.geo_zones[${index}]` }] : [],
          ),
          idMaker(),
          true,
        );
      }
      return updated;
    });
    return written(context, row) as never;
  },

  async update_geo_zones(_, { id, data }, context) {
    assertNoNul(data, 'data');
    const key = assertId(id, 'fgz');
    const row = await write(context.db, async (t) => {
      const zone = await mustExist(t, 'geo_zone', key, 'id');
      const merged = geoZone({ ...zone, ...(data as Item) }, 'data');
      return update(t, 'geo_zone', key, { ...(data as Item), country_code: merged.country_code });
    });
    return written(context, row) as never;
  },

  async update_shipping_options(_, { id, data }, context) {
    assertNoNul(data, 'data');
    const key = assertId(id, 'so');
    const { type, rules, prices, ...changes } = data as Item & { type?: Item; rules?: Item[]; prices?: Item[] };
    atMost(rules?.length ?? 0, 'data.rules');
    atMost(prices?.length ?? 0, 'data.prices');
    const row = await write(context.db, async (t) => {
      await checkReferences(t, changes, 'data');
      const updated = await update(t, 'shipping_option', key, changes);
      if (type)
        await t.shipping_option_type.update(
          String(updated!.shipping_option_type_id),
          columnsOf('shipping_option_type', type),
        );
      if (rules) await replace(t, 'shipping_option_rule', 'shipping_option_id', key, rules, 'data.rules');
      if (prices) {
        onePricePerCurrency(prices, 'data.prices');
        await replace(t, 'shipping_option_price', 'shipping_option_id', key, prices, 'data.prices');
      }
      return (await t.shipping_option.byKeys([key]))[0];
    });
    return written(context, row) as never;
  },
};
