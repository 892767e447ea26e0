import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { projectPath } from '../kit/paths';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * A list sorts by the columns its module declares sortable, and a page's cursor carries the sort
 * values of its last row. So a reader may sort a list only by fields it may read: otherwise the
 * order (and the cursor) would tell a guest what the access declarations hide. Checked for every
 * list a guest or a customer may call, with the sortable fields each list names in its refusal.
 * Filters likewise: a filter on a hidden field would answer yes or no about it.
 */
const surface = new Map<string, string[]>(
  readFileSync(projectPath('gateway/public-surface.txt'), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [field, roles] = line.split(': ');
      return [field, roles.split(' ')];
    }),
);
const schema = buildSchema(readFileSync(projectPath('gateway/api-schema.graphql'), 'utf8'));
const query = schema.getQueryType()!;

/** Public root lists: `Query.x(pagination…)` returning a `…List` whose item type is `data`'s. */
const lists = Object.values(query.getFields())
  .filter((field) => surface.has(`Query.${field.name}`) && field.args.some((arg) => arg.name === 'pagination'))
  .filter((field) =>
    field.args.every(
      (arg) => arg.name === 'pagination' || !('ofType' in arg.type && arg.type.toString().endsWith('!')),
    ),
  )
  .map((field) => {
    const list = getNamedType(field.type) as GraphQLObjectType;
    const item = getNamedType(list.getFields().data.type);
    return { field: field.name, item: isObjectType(item) ? item.name : '', roles: surface.get(`Query.${field.name}`)! };
  });

let supergraph: TestSupergraph;
let customerToken: string;
beforeAll(async () => {
  supergraph = await startTestSupergraph(0);
  const customers = await supergraph.query<{ customers: { data: { id: string }[] } }>(
    '{ customers(pagination: { take: 1 }) { data { id } } }',
  );
  customerToken = await supergraph.tokenFor({ actor_type: 'customer', actor_id: customers.data!.customers.data[0].id });
});
afterAll(() => supergraph?.stop());

describe('sorting a public list', () => {
  it('finds the public lists', () => {
    expect(lists.map((list) => list.field)).toEqual(
      expect.arrayContaining(['products', 'regions', 'product_categories']),
    );
  });

  it.each(lists.flatMap((list) => list.roles.map((role) => [list.field, role, list] as const)))(
    'Query.%s as a %s: every field it sorts by is one the reader may read',
    async (_field, role, list) => {
      const token = role === 'guest' ? null : customerToken;
      const refused = await supergraph.query(
        `{ ${list.field}(pagination: { order: "not_a_field" }) { metadata { take } } }`,
        {},
        { token },
      );
      const message = refused.errors?.[0]?.message ?? '';
      const sortable = /sortable: (.*)$/.exec(message)?.[1]?.split(', ');
      expect(sortable).toBeDefined();
      const hidden = sortable!.filter((field) => !(surface.get(`${list.item}.${field}`) ?? []).includes(role));
      expect(hidden).toEqual([]);
    },
  );
});

describe('filtering a public list', () => {
  it.each(lists.flatMap((list) => list.roles.map((role) => [list.field, role, list] as const)))(
    'Query.%s as a %s: every field it filters by is one the reader may read',
    (_field, role, list) => {
      const filters = query.getFields()[list.field].args.find((arg) => arg.name === 'filters');
      const input = filters ? getNamedType(filters.type) : undefined;
      const names = input && 'getFields' in input ? Object.keys(input.getFields()).filter((name) => name !== 'q') : [];
      const readable = (field: string) => (surface.get(`${list.item}.${field}`) ?? []).includes(role);
      // `tag_id` filters by a relation (Product.tags): readable when the relation's ids are.
      const relation = (field: string) => field.replace(/_id$/, '').replace(/y$/, 'ie') + 's';
      const hidden = names.filter((field) => !readable(field) && !(field.endsWith('_id') && readable(relation(field))));
      expect(hidden).toEqual([]);
    },
  );
});
