import type { RangeFilter } from './sql';

/**
 * A module's tables, declared once (as Medusa's model DSL, `model.define`): each column's type,
 * nullability and what a list may filter, sort and search it by. Row types, filter types, sortable
 * lists, the by-id / by-column / list / insert / update statements (kit/table.ts), the seed's row
 * defaults and the check of the migrations against the declarations are derived from it.
 */

export type ColumnKind = 'text' | 'boolean' | 'integer' | 'real' | 'numeric' | 'json' | 'timestamp';
export type FilterKind = 'in' | 'range' | 'flag';

export interface ColumnSpec {
  kind: ColumnKind;
  nullable: boolean;
  filter?: FilterKind;
  sortable: boolean;
  searchable: boolean;
  /** For an id column: the prefix its ids carry (`cart`, `reg`), checked on filters. */
  prefix?: string;
  /** Inserted when a new row leaves the column out (the seed's rows; the migration's default). */
  fallback?: unknown;
  /** An admin's create that leaves it out gets this column's value as a handle (Medusa's `toHandle`). */
  handleOf?: string;
  /** What an admin's write must give (kit/writes.ts): an email address, as Medusa's validators check. */
  format?: 'email';
}

/** A column: its TypeScript value type, whether it may be null, and how a list filters by it (for the types). */
export class Column<Value, Nullable extends boolean = false, Filter extends FilterKind | 'none' = 'none'> {
  declare readonly value: Value;
  declare readonly nullability: Nullable;
  declare readonly filterKind: Filter;

  constructor(readonly spec: ColumnSpec) {}

  /** The column may be null. */
  nullable(): Column<Value, true, Filter> {
    return new Column({ ...this.spec, nullable: true });
  }
  /** Lists filter by it with a list of values, any of which matches (Medusa's `$in`). */
  in(): Column<Value, Nullable, 'in'> {
    return new Column({ ...this.spec, filter: 'in' });
  }
  /** Lists filter by it with bounds (`{ gte, lt, … }`). */
  range(): Column<Value, Nullable, 'range'> {
    return new Column({ ...this.spec, filter: 'range' });
  }
  /** Lists filter by it with true or false. */
  flag(): Column<Value, Nullable, 'flag'> {
    return new Column({ ...this.spec, filter: 'flag' });
  }
  /** Lists sort by it (`pagination.order`). */
  sortable(): Column<Value, Nullable, Filter> {
    return new Column({ ...this.spec, sortable: true });
  }
  /** Medusa's `q` searches it (case-insensitive substring). */
  searchable(): Column<Value, Nullable, Filter> {
    return new Column({ ...this.spec, searchable: true });
  }
  /** A URL handle: an admin's create that leaves it out gets `source`'s value made a handle (kit/writes.ts). */
  handleOf(source: string): Column<Value, Nullable, Filter> {
    return new Column({ ...this.spec, handleOf: source });
  }
  /** An email address: an admin's write giving anything else is refused (Medusa's "Invalid email address"). */
  email(): Column<Value, Nullable, Filter> {
    return new Column({ ...this.spec, format: 'email' });
  }
  /** What an inserted row gets when it leaves the column out. */
  default(value: Value): Column<Value, Nullable, Filter> {
    return new Column({ ...this.spec, fallback: value });
  }
}

const column = <Value>(kind: ColumnKind, prefix?: string) =>
  new Column<Value>({ kind, nullable: false, sortable: false, searchable: false, prefix });

/** The column types, as PostgreSQL hands them back (numeric as an exact decimal string). */
export const columns = {
  /** A prefixed id (`cart_…`), text. */
  id: (prefix: string) => column<string>('text', prefix),
  text: () => column<string>('text'),
  boolean: () => column<boolean>('boolean'),
  integer: () => column<number>('integer'),
  real: () => column<number>('real'),
  /** An amount: numeric, read as its exact decimal string. */
  numeric: () => column<string>('numeric'),
  json: () => column<unknown>('json'),
  timestamp: () => column<Date>('timestamp'),
  /** A text column holding one of `values`. */
  oneOf: <Values extends string>(values: readonly Values[]) => {
    void values;
    return column<Values>('text');
  },
};

/**
 * The address fields every module that keeps an address stores (Medusa's cart, order, customer and
 * fulfillment addresses), all optional: spread into a table's columns, a module overriding any of
 * them (what its lists filter or sort by) in place.
 */
export const addressColumns = () => ({
  company: columns.text().nullable(),
  first_name: columns.text().nullable(),
  last_name: columns.text().nullable(),
  address_1: columns.text().nullable(),
  address_2: columns.text().nullable(),
  city: columns.text().nullable(),
  country_code: columns.text().nullable(),
  province: columns.text().nullable(),
  postal_code: columns.text().nullable(),
  phone: columns.text().nullable(),
});

/** A discount line (Medusa's adjustment lines: cart and order, on items and on shipping methods). */
export const adjustmentColumns = () => ({
  description: columns.text().nullable(),
  code: columns.text().nullable(),
  amount: columns.numeric(),
  provider_id: columns.text().nullable(),
  promotion_id: columns.id('promo').nullable(),
});

/** A tax line (cart and order, on items and on shipping methods); `rate`'s column is the module's own (a real in the cart, a bigNumber in the order). */
export const taxLineColumns = <Rate extends AnyColumn>(rate: Rate) => ({
  description: columns.text().nullable(),
  code: columns.text(),
  rate,
  provider_id: columns.text().nullable(),
  tax_rate_id: columns.text().nullable(),
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any column fits, whatever its value, nullability and filter.
export type AnyColumn = Column<any, boolean, FilterKind | 'none'>;
export type Columns = Record<string, AnyColumn>;

export interface ModelOptions<Key extends string, Names extends string = string, Stamped extends boolean = boolean> {
  /** The key the table is read by (default `id`). */
  key?: Key;
  /** created_at, updated_at, deleted_at (default true): every table but a few pivots has them. */
  timestamps?: Stamped;
  /** A key of several columns (a pivot's pair): an inserted row whose key exists is left out. Default: `key`. */
  primaryKey?: readonly Names[];
  /** SQL order of rows read by key or by a column, e.g. a product's variants `variant_rank, id` (default the key). */
  order?: string;
  /**
   * The sortable columns in the order errors name them, when it is not the declaration order with
   * the timestamps last; it names exactly the columns declared sortable (and the timestamps).
   */
  sortOrder?: readonly (Names | 'created_at' | 'updated_at')[];
  /**
   * The GraphQL type whose rows this table holds (`Region`): the kit then resolves its entity
   * references, its declared `relations`, and the Query fields that read it by key or list it
   * (kit/entities.ts), unless the module's resolvers say otherwise. Leave it out for a type whose
   * reads a module narrows itself (a shopper's view, ownership).
   */
  entity?: string;
  /** Relations inside the module, each a field of `entity` (as Medusa's `belongsTo` / `hasMany`). */
  relations?: Record<string, Relation>;
  /**
   * The `hasOne`/`hasMany` relations whose rows a soft delete takes with the row and its restore
   * brings back (Medusa's `.cascades({ delete: [...] })`), for the derived writes (kit/writes.ts).
   */
  cascades?: { delete: readonly string[] };
}

/** A field of an entity that reads rows of another table of the module. */
export type Relation =
  /** The row this row points to by `column` (null when `column` is). */
  | { kind: 'belongsTo'; model: string; column: string }
  /** The live rows of `model` whose `column` points to this row. */
  | { kind: 'hasMany'; model: string; column: string }
  /** The one live row of `model` whose `column` points to this row (a unique index holds it), or null. */
  | { kind: 'hasOne'; model: string; column: string };

/** The row of the module's `model` (its key in `models`) that `column` of this row points to. */
export const belongsTo = (model: string, column: string): Relation => ({ kind: 'belongsTo', model, column });
/** The rows of the module's `model` whose `column` points to this row. */
export const hasMany = (model: string, column: string): Relation => ({ kind: 'hasMany', model, column });
/** The one row of the module's `model` whose `column` points to this row. */
export const hasOne = (model: string, column: string): Relation => ({ kind: 'hasOne', model, column });

// `Stamped` is the literal `timestamps` given, so a row type of a table without them has none.
export interface Model<Cols extends Columns = Columns, Key extends string = string, Stamped extends boolean = boolean> {
  /** Schema-qualified table, e.g. `cart.cart_line_item`. */
  table: string;
  columns: Cols;
  key: Key;
  timestamps: Stamped;
  /** The columns lists may sort by, for `toPage`. */
  sortable: readonly string[];
  /** The columns `q` searches. */
  searchable: readonly string[];
  /** Order of rows read by key or by a column, when not the key. */
  order?: string;
  /** The GraphQL type it is served as, and its relations (see ModelOptions). */
  entity?: string;
  relations?: Record<string, Relation>;
  cascades?: { delete: readonly string[] };
  /** The key's columns when it is more than `key` (see ModelOptions). */
  primaryKey?: readonly string[];
}

export function model<
  Cols extends Columns,
  Key extends keyof Cols & string = 'id' & keyof Cols & string,
  Stamped extends boolean = true,
>(
  table: string,
  columnsOfTable: Cols,
  options: ModelOptions<Key, keyof Cols & string, Stamped> = {},
): Model<Cols, Key, Stamped> {
  const timestamps = (options.timestamps ?? true) as Stamped;
  const names = Object.keys(columnsOfTable);
  const sortable = [
    ...names.filter((name) => columnsOfTable[name].spec.sortable),
    ...(timestamps ? ['created_at', 'updated_at'] : []),
  ];
  if (options.sortOrder && [...options.sortOrder].sort().join() !== [...sortable].sort().join()) {
    throw new Error(`${table}: sortOrder must name exactly its sortable columns (${sortable.join(', ')})`);
  }
  for (const name of options.cascades?.delete ?? []) {
    const relation = options.relations?.[name];
    if (!relation || relation.kind === 'belongsTo')
      throw new Error(`${table}: cascades.delete names ${name}, which is not a hasOne or hasMany relation`);
  }
  return {
    table,
    columns: columnsOfTable,
    key: (options.key ?? 'id') as Key,
    timestamps,
    sortable: options.sortOrder ?? sortable,
    searchable: names.filter((name) => columnsOfTable[name].spec.searchable),
    ...(options.order ? { order: options.order } : {}),
    ...(options.entity ? { entity: options.entity, relations: options.relations ?? {} } : {}),
    ...(options.primaryKey ? { primaryKey: options.primaryKey } : {}),
    ...(options.cascades ? { cascades: options.cascades } : {}),
  };
}

type ValueOf<C> =
  C extends Column<infer Value, infer Nullable, FilterKind | 'none'>
    ? Nullable extends true
      ? Value | null
      : Value
    : never;

export interface TimestampColumns {
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
}

/** A row as PostgreSQL returns it. */
export type RowOf<M extends Model> = {
  [K in keyof M['columns']]: ValueOf<M['columns'][K]>;
} & (M['timestamps'] extends false ? unknown : TimestampColumns);

/** A row to insert: every column not nullable and without a default is given. */
export type NewRowOf<M extends Model> = {
  [K in keyof M['columns']]?: ValueOf<M['columns'][K]>;
} & Partial<TimestampColumns>;

type FilterOf<C> =
  C extends Column<infer Value, boolean, infer Filter>
    ? Filter extends 'in'
      ? readonly NonNullable<Value>[] | null
      : Filter extends 'range'
        ? RangeFilter<Value extends Date ? Date | string : Value | number> | null
        : Filter extends 'flag'
          ? boolean | null
          : never
    : never;

type FilterKeys<Cols extends Columns> = {
  [K in keyof Cols]: Cols[K] extends Column<unknown, boolean, 'none'> ? never : K;
}[keyof Cols];

/** What a list of the table may be filtered by: its declared filters, the timestamps' ranges and `q` when it searches. */
export type FiltersOf<M extends Model> = { [K in FilterKeys<M['columns']>]?: FilterOf<M['columns'][K]> } & {
  created_at?: RangeFilter<Date | string> | null;
  updated_at?: RangeFilter<Date | string> | null;
  q?: string | null;
};

/** The PostgreSQL type of a column kind, as `information_schema.columns.data_type` names it. */
export const POSTGRES_TYPES: Record<ColumnKind, string> = {
  text: 'text',
  boolean: 'boolean',
  integer: 'integer',
  real: 'real',
  numeric: 'numeric',
  json: 'jsonb',
  timestamp: 'timestamp with time zone',
};
