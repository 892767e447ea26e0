import DataLoader from 'dataloader';
import { Kind, type DocumentNode, type FieldDefinitionNode, type TypeNode } from 'graphql';
import { assertId } from './ids';
import { manyBy, oneBy } from './loaders';
import type { FiltersOf, Model, RowOf } from './model';
import type { PaginationInput } from './sql';
import type { Table } from './table';

/**
 * What a declared table served as a GraphQL type (`entity` in kit/model.ts) gets without a line of
 * resolver code: its entity references, its relations inside the module, and the Query fields that
 * read it by key (`region(id, with_deleted)`) or list it (`regions(filters, pagination,
 * with_deleted)`), found in the schema by their return type. A module's own resolvers replace any
 * of them field by field.
 */

/** A module's store: its declared tables (kit/table.ts) beside statements of its own. */
type Store = object;
/** The names of a store's declared tables. */
type TableNames<T> = { [K in keyof T]: T[K] extends Table<Model> ? K : never }[keyof T] & string;
type RowIn<T, N extends keyof T> = T[N] extends Table<infer M> ? RowOf<M> : never;

/**
 * Per request: each declared table's rows by key (live, and with soft-deleted ones for a query that
 * asked `with_deleted`) and by the column a relation follows, one DataLoader each, made when first
 * used, so every table costs one statement per request level.
 */
export class EntityLoaders<T extends Store = Record<string, Table<Model>>> {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly tables: T) {}

  /** New loaders on the same tables: what a request reads after a write is read afresh. */
  fresh(): EntityLoaders<T> {
    return new EntityLoaders(this.tables);
  }

  table<N extends TableNames<T>>(name: N): Table<Model> {
    const table = (this.tables as Record<string, unknown>)[name] as Table<Model> | undefined;
    if (!table?.model) throw new Error(`No declared table "${name}"`);
    return table;
  }

  /** Rows of `name` by its key; soft-deleted ones only when `withDeleted`. */
  byKey<N extends TableNames<T>>(name: N, withDeleted?: boolean | null): DataLoader<string, RowIn<T, N> | null> {
    const table = this.table(name);
    const key = table.model.key as keyof RowIn<T, N> & string;
    return this.cached(`${name}:${withDeleted ? 'any' : 'live'}`, () =>
      oneBy(
        key,
        (keys: string[]) => table.byKeys(keys, withDeleted ? { withDeleted: true } : {}) as Promise<RowIn<T, N>[]>,
      ),
    );
  }

  /** The live rows of `name` whose `column` is each given value (a has-many relation). */
  by<N extends TableNames<T>>(name: N, column: string): DataLoader<string, RowIn<T, N>[]> {
    const table = this.table(name);
    return this.cached(`${name}.${column}`, () =>
      manyBy(
        column as keyof RowIn<T, N> & string,
        (values: string[]) => table.by(column, values) as Promise<RowIn<T, N>[]>,
      ),
    );
  }

  /** The one live row of `name` whose `column` is each given value (a has-one relation), or null. */
  oneBy<N extends TableNames<T>>(name: N, column: string): DataLoader<string, RowIn<T, N> | null> {
    const table = this.table(name);
    return this.cached(`${name}.${column}:one`, () =>
      oneBy(
        column as keyof RowIn<T, N> & string,
        (values: string[]) => table.by(column, values) as Promise<RowIn<T, N>[]>,
      ),
    );
  }

  private cached<L extends DataLoader<string, unknown>>(name: string, make: () => L): L {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = make();
      this.loaders.set(name, loader);
    }
    return loader as L;
  }
}

/** The context the derived resolvers read: the request's entity loaders. */
export interface EntitiesContext {
  entities: EntityLoaders;
}

type Resolver = (parent: Record<string, unknown>, args: Record<string, unknown>, context: EntitiesContext) => unknown;
type ReferenceResolver = (reference: Record<string, unknown>, context: EntitiesContext) => unknown;
export type ResolverMap = Record<string, Record<string, Resolver | ReferenceResolver>>;

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/** The Query fields of a schema (in `type Query` and `extend type Query`). */
function queryFields(typeDefs: DocumentNode): FieldDefinitionNode[] {
  return typeDefs.definitions.flatMap((definition) =>
    (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
    definition.name.value === 'Query'
      ? [...(definition.fields ?? [])]
      : [],
  );
}

/** The resolvers every declared entity of `models` gets (see above). */
export function entityResolvers(typeDefs: DocumentNode, models: Record<string, Model>): ResolverMap {
  const resolvers: ResolverMap = {};
  const fields = queryFields(typeDefs);
  for (const [name, model] of Object.entries(models)) {
    if (!model.entity) continue;
    const { key } = model;
    const prefix = model.columns[key]?.spec.prefix;
    const own: Record<string, Resolver | ReferenceResolver> = {
      // Federation calls it with (representation, context), not a field's (parent, args, context).
      __resolveReference: ((reference, { entities }) =>
        entities.byKey(name).load(String(reference[key]))) as ReferenceResolver,
    };
    for (const [field, relation] of Object.entries(model.relations ?? {})) {
      if (!models[relation.model])
        throw new Error(`${model.entity}.${field}: no declared table "${relation.model}" in its module`);
      const { model: target, column } = relation;
      own[field] =
        relation.kind === 'belongsTo'
          ? (parent, _args, { entities }) =>
              parent[column] == null ? null : entities.byKey(target).load(String(parent[column]))
          : relation.kind === 'hasOne'
            ? (parent, _args, { entities }) => entities.oneBy(target, column).load(String(parent[key]))
            : (parent, _args, { entities }) => entities.by(target, column).load(String(parent[key]));
    }
    resolvers[model.entity] = own;
    for (const field of fields) {
      const returns = namedType(field.type);
      const argument = (argumentName: string) =>
        field.arguments?.some((candidate) => candidate.name.value === argumentName);
      const query = (resolvers.Query ??= {});
      if (returns === model.entity && argument(key)) {
        query[field.name.value] = (_, args, { entities }) => {
          const value = String(args[key]);
          return entities
            .byKey(name, args.with_deleted as boolean | null)
            .load(prefix ? assertId(value, prefix, key) : value);
        };
      } else if (returns === `${model.entity}List` && argument('pagination')) {
        query[field.name.value] = (_, args, { entities }) => {
          const table = entities.table(name);
          return table.list(
            args.filters as FiltersOf<Model> | null,
            table.page(args.pagination as PaginationInput | null),
            { withDeleted: args.with_deleted as boolean | null },
          );
        };
      }
    }
  }
  return resolvers;
}

/** Resolver maps merged type by type: a later map's field replaces an earlier one's. */
export function mergeResolvers(...maps: Record<string, unknown>[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [type, resolvers] of Object.entries(map)) {
      const earlier = merged[type];
      const mergeable = (value: unknown) => value !== null && typeof value === 'object' && value.constructor === Object;
      merged[type] =
        mergeable(earlier) && mergeable(resolvers) ? { ...(earlier as object), ...(resolvers as object) } : resolvers;
    }
  }
  return merged;
}
