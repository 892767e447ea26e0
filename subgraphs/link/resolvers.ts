import { requireCustomer } from '../../kit/auth';
import type { GraphQLResolveInfo } from 'graphql';
import { assertIds } from '../../kit/ids';
import { pageMetadata, toPage, type PaginationInput, type RangeFilter } from '../../kit/sql';
import type { LinkContext } from './context';
import { links, pivotTypeName, type LinkDefinition } from './links';
import { entityFields, singular } from './sdl';
import type { LinkedRow, LinkInput, RecordsInput } from './service';
import type { PivotRow } from './store';

type Reference = { id: string };
type Resolver = (parent: never, args: never, context: LinkContext, info: GraphQLResolveInfo) => unknown;

/** Pivot rows sort by their own columns. */
const PIVOT_SORTABLE = new Map<LinkDefinition, string[]>(
  links.map((link) => [
    link,
    ['id', 'created_at', 'updated_at', ...link.sides.map((side) => side.key), ...Object.keys(link.extraColumns ?? {})],
  ]),
);
const pivotSortable = (link: LinkDefinition) => PIVOT_SORTABLE.get(link)!;
/** The page of a one-to-one side: its single row. */
const ONE_ROW = toPage({ take: 1 });

/**
 * Every resolver comes from the link declarations: for each link, each side's entity gets a field
 * to the other side (references the gateway resolves in the owning subgraph) and one to the pivot
 * rows; each pivot table gets a list query; the mutations run the Link API's rules.
 */
function buildResolvers(): Record<string, Record<string, Resolver | { __resolveType: (row: LinkedRow) => string }>> {
  const resolvers: Record<string, Record<string, Resolver>> = { Query: {}, Mutation: {} };

  for (const [entity, fields] of entityFields()) {
    const type: Record<string, Resolver> = {
      __resolveReference: ((reference: Reference) => ({ id: reference.id })) as Resolver,
    };
    for (const { link, from, to } of fields) {
      const pivots = async (
        parent: Reference,
        pagination: PaginationInput | null | undefined,
        { loaders, actor }: LinkContext,
      ): Promise<PivotRow[]> => {
        // What is linked to a customer (its account holders) is that customer's own data.
        if (entity === 'Customer') requireCustomer(actor, parent.id, `A customer's ${to.field}`);
        const page = to.many ? toPage(pagination, pivotSortable(link)) : ONE_ROW;
        return (await loaders.pivots(link, from.key, page).load(parent.id)).rows;
      };
      type[to.field] = (async (parent: Reference, args: { pagination?: PaginationInput }, context: LinkContext) => {
        const rows = await pivots(parent, args.pagination, context);
        const references = rows.map((row) => ({ id: String(row[to.key]) }));
        return to.many ? references : (references[0] ?? null);
      }) as Resolver;
      type[`${to.field}_link`] = (async (
        parent: Reference,
        args: { pagination?: PaginationInput },
        context: LinkContext,
      ) => {
        const rows = await pivots(parent, args.pagination, context);
        return to.many ? rows : (rows[0] ?? null);
      }) as Resolver;
    }
    resolvers[entity] = type;
  }

  for (const link of links) {
    const [a, b] = link.sides;
    resolvers[pivotTypeName(link)] = {
      [singular(a)]: ((row: PivotRow) => ({ id: String(row[a.key]) })) as Resolver,
      [singular(b)]: ((row: PivotRow) => ({ id: String(row[b.key]) })) as Resolver,
    };
    resolvers.Query[link.table] = ((
      _: unknown,
      args: {
        filters?: { id?: string[]; created_at?: RangeFilter<Date>; updated_at?: RangeFilter<Date> } & Record<
          string,
          unknown
        >;
        pagination?: PaginationInput;
        with_deleted?: boolean;
      },
      { store }: LinkContext,
    ) => {
      const filters = args.filters ?? {};
      const keys = Object.fromEntries(
        link.sides.map((side) => [
          side.key,
          side.id.format === 'ulid'
            ? assertIds(filters[side.key] as string[] | undefined, side.id.prefix, `filters.${side.key}`)
            : (filters[side.key] as string[] | undefined),
        ]),
      );
      return store.list(
        link,
        {
          id: assertIds(filters.id, link.idPrefix, 'filters.id'),
          keys,
          created_at: filters.created_at,
          updated_at: filters.updated_at,
        },
        toPage(args.pagination, pivotSortable(link)),
        args.with_deleted ?? false,
      );
    }) as Resolver;
    resolvers[`${pivotTypeName(link)}List`] = {
      data: ((list: { rows: PivotRow[] }) => list.rows) as Resolver,
      metadata: pageMetadata as Resolver,
    };
  }

  resolvers.Mutation = {
    create_links: ((_: unknown, args: { links: LinkInput[] }, { service }: LinkContext) =>
      service.create(args.links)) as Resolver,
    dismiss_links: ((_: unknown, args: { links: LinkInput[] }, { service }: LinkContext) =>
      service.dismiss(args.links)) as Resolver,
    delete_links: ((_: unknown, args: { records: RecordsInput }, { service }: LinkContext) =>
      service.delete(args.records)) as Resolver,
    restore_links: ((_: unknown, args: { records: RecordsInput }, { service }: LinkContext) =>
      service.restore(args.records)) as Resolver,
  };

  return {
    ...resolvers,
    LinkRow: { __resolveType: (row: LinkedRow) => pivotTypeName(row.__link) },
  };
}

export const resolvers = buildResolvers();
