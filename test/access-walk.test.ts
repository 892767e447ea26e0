import { readFileSync } from 'node:fs';
import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { apiSchema } from '../gateway/api-schema';
import { mayRead, readAccessPolicy } from '../gateway/access-policy';
import { publicSurface, type PublicRole } from '../gateway/public-surface';
import { satisfies } from '../kit/access';
import { generateId } from '../kit/ids';
import { projectPath } from '../kit/paths';
import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';

/**
 * Walks the API as a guest and as a signed-in customer, through the real gateway: from every root
 * field the role may call, breadth first through every field it may read, to every type it can
 * reach; for each type one query selects all of its fields at a position where the demo store has
 * data. Each field must either answer (it is declared readable for the role) or come back null with
 * the role's coded error (UNAUTHENTICATED for a guest, FORBIDDEN for a customer) naming it. A type
 * the walk cannot reach with data fails the test, so no part of the surface goes unchecked.
 */
const supergraphSdl = readFileSync(projectPath('supergraph.graphql'), 'utf8');
const schema = apiSchema(supergraphSdl);
const policy = readAccessPolicy(supergraphSdl);
let supergraph: TestSupergraph;

/** Arguments of the root fields that need some, per role: records of the demo store that role may read. */
type Fixtures = Record<string, Record<string, unknown>>;
const fixtures: Partial<Record<PublicRole, Fixtures>> = {};
const tokens: Partial<Record<PublicRole, string | null>> = {};

interface Rich {
  id: string;
  customer_id: string | null;
  customer: { has_account: boolean; addresses: { id: string }[] } | null;
  order: {
    id: string;
    fulfillments: { id: string }[] | null;
    payment_collections: { id: string; payment_sessions: { id: string }[] }[] | null;
  } | null;
  promotions: { id: string }[] | null;
  shipping_methods: { shipping_option: { id: string } | null }[];
  payment_collection: { id: string; payment_sessions: { id: string; provider_id: string }[] } | null;
}

beforeAll(async () => {
  supergraph = await startTestSupergraph(48);
  const seeded = await supergraph.query<{
    carts: { data: Rich[] };
    regions: { data: { id: string; countries: { iso_2: string }[] }[] };
    products: {
      data: {
        id: string;
        variants: { id: string }[];
        collection_id: string | null;
        type_id: string | null;
        tags: { id: string }[];
        categories: { id: string }[];
      }[];
    };
  }>(`{
    carts(pagination: { take: 200 }) { data {
      id customer_id customer { has_account addresses { id } }
      order { id fulfillments { id } payment_collections { id payment_sessions { id } } }
      promotions { id } shipping_methods { shipping_option { id } }
      payment_collection { id payment_sessions { id provider_id } }
    } }
    regions { data { id countries { iso_2 } } }
    products(pagination: { take: 200 }) { data { id variants { id } collection_id type_id tags { id } categories { id } } }
  }`);
  expect(seeded.errors).toBeUndefined();
  const richest = (registered: boolean) =>
    seeded
      .data!.carts.data.filter((cart) => cart.order && cart.customer?.has_account === registered)
      .sort((a, b) => score(b) - score(a))[0];
  const score = (cart: Rich) =>
    (cart.order?.fulfillments?.length ? 4 : 0) +
    (cart.promotions?.length ? 2 : 0) +
    (cart.shipping_methods.length ? 1 : 0) +
    (cart.customer?.addresses.length ? 1 : 0);
  const { regions, products } = seeded.data!;
  const product = products.data.find(
    (candidate) => candidate.collection_id && candidate.type_id && candidate.tags.length && candidate.categories.length,
  )!;
  const catalog: Fixtures = {
    region: { id: regions.data[0].id },
    country: { iso_2: regions.data[0].countries[0].iso_2 },
    product: { id: product.id },
    product_variant: { id: product.variants[0].id },
    product_collection: { id: product.collection_id },
    product_type: { id: product.type_id },
    product_tag: { id: product.tags[0].id },
    product_category: { id: product.categories[0].id },
    payment_provider: { id: 'pp_system_default' },
  };
  const recordsOf = (cart: Rich): Fixtures => ({
    cart: { id: cart.id },
    cart_shipping_options: { cart_id: cart.id },
    order: { id: cart.order!.id },
    customer: { id: cart.customer_id },
    ...(cart.customer?.addresses.length ? { customer_address: { id: cart.customer.addresses[0].id } } : {}),
    payment_collection: { id: cart.payment_collection!.id },
    payment_session: { id: cart.payment_collection!.payment_sessions[0].id },
    shipping_option: { id: cart.shipping_methods[0].shipping_option!.id },
    complete_cart: { cart_id: cart.id },
  });
  const guestCart = richest(false);
  const ownCart = richest(true);
  for (const cart of [guestCart, ownCart]) await completeTheRecords(cart);
  fixtures.guest = { ...catalog, ...recordsOf(guestCart) };
  fixtures.customer = { ...catalog, ...recordsOf(ownCart) };
  tokens.guest = null;
  tokens.customer = await supergraph.tokenFor({ actor_type: 'customer', actor_id: ownCart.customer_id! });
});
afterAll(() => supergraph?.stop());

/**
 * Rows the demo store has none of (no shipping promotions, credit lines or guest addresses are
 * seeded), written straight into the modules' tables so the walk reaches those types too.
 */
async function completeTheRecords(cart: Rich): Promise<void> {
  const { cart: read } = (
    await supergraph.query<{
      cart: {
        shipping_methods: { id: string }[];
        customer: { addresses: { id: string }[] };
        order: { id: string; shipping_methods: { id: string }[] };
      };
    }>(
      'query($id: ID!) { cart(id: $id) { shipping_methods { id } customer { addresses { id } } order { id shipping_methods { id } } } }',
      { id: cart.id },
    )
  ).data!;
  const db = supergraph.db;
  await db.query(`insert into cart.credit_line (id, cart_id, reference, amount) values ($1, $2, 'walk', 1)`, [
    generateId('cacl'),
    cart.id,
  ]);
  await db.query(
    `insert into cart.cart_shipping_method_adjustment (id, shipping_method_id, code, amount) values ($1, $2, 'WALK', 1)`,
    [generateId('casmadj'), read.shipping_methods[0].id],
  );
  await db.query(`insert into "order".order_credit_line (id, order_id, reference, amount) values ($1, $2, 'walk', 1)`, [
    generateId('ordcl'),
    read.order.id,
  ]);
  await db.query(
    `insert into "order".order_shipping_method_adjustment (id, shipping_method_id, code, amount) values ($1, $2, 'WALK', 1)`,
    [generateId('ordsmadj'), read.order.shipping_methods[0].id],
  );
  if (read.customer.addresses.length === 0) {
    const id = generateId('cuaddr');
    await db.query(
      `insert into customer.customer_address (id, customer_id, address_1, country_code) values ($1, $2, '1 Walk St', 'de')`,
      [id, cart.customer_id],
    );
    cart.customer!.addresses.push({ id });
  }
}

type Step = { parent: GraphQLObjectType; field: GraphQLField<unknown, unknown> };

/** Types a role reaches from the root fields it may call (with the demo store's records), breadth first. */
function walk(role: PublicRole): Map<string, Step[]> {
  const reached = new Map<string, Step[]>();
  const queue: { type: GraphQLObjectType; path: Step[] }[] = [];
  for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
    for (const field of Object.values(root.getFields())) {
      const needsArguments = field.args.some(
        (argument) => isNonNullType(argument.type) && argument.defaultValue === undefined,
      );
      // Mutations other than completing a completed cart (which answers the existing order) would change the store.
      const callable =
        root === schema.getMutationType()
          ? field.name === 'complete_cart'
          : !needsArguments || !!fixtures[role]![field.name];
      const returned = getNamedType(field.type);
      if (!callable || !isObjectType(returned) || !mayRead(policy, role, root, field) || reached.has(returned.name))
        continue;
      reached.set(returned.name, [{ parent: root, field }]);
      queue.push({ type: returned, path: [{ parent: root, field }] });
    }
  }
  while (queue.length > 0) {
    const { type, path } = queue.shift()!;
    for (const field of Object.values(type.getFields())) {
      const returned = getNamedType(field.type);
      if (!isObjectType(returned) || reached.has(returned.name) || !mayRead(policy, role, type, field)) continue;
      reached.set(returned.name, [...path, { parent: type, field }]);
      queue.push({ type: returned, path: [...path, { parent: type, field }] });
    }
  }
  return reached;
}

/** One operation that reaches `type` along `path` and selects every field of it. */
function operationFor(role: PublicRole, type: GraphQLObjectType, path: Step[]): string {
  const every = Object.values(type.getFields())
    .map((field) => (isCompositeType(getNamedType(field.type)) ? `${field.name} { __typename }` : field.name))
    .join(' ');
  let selection = every;
  for (const { field } of [...path].reverse().slice(0, -1)) selection = `${field.name} { ${selection} }`;
  const root = path[0];
  const args = Object.entries(fixtures[role]![root.field.name] ?? {}).map(
    ([name, value]) => `${name}: ${JSON.stringify(value)}`,
  );
  const operation = root.parent === schema.getMutationType() ? 'mutation' : 'query';
  return `${operation} { ${root.field.name}${args.length ? `(${args.join(', ')})` : ''} { ${selection} } }`;
}

/** The objects of the answer at the end of `path` (lists walked through). */
function objectsAt(data: unknown, keys: string[]): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap((item) => objectsAt(item, keys));
  if (data === null || typeof data !== 'object') return [];
  if (keys.length === 0) return [data as Record<string, unknown>];
  return objectsAt((data as Record<string, unknown>)[keys[0]], keys.slice(1));
}

describe.each(['guest', 'customer'] as const)('the API walked as a %s', (role) => {
  it('answers every field declared readable for the role, and refuses every other one with its coded error', async () => {
    const code = role === 'guest' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    const problems: string[] = [];
    const unreached: string[] = [];
    let checked = 0;
    for (const [typeName, path] of walk(role)) {
      const type = schema.getType(typeName) as GraphQLObjectType;
      const response: GraphQLResponse = await supergraph.query(
        operationFor(role, type, path),
        {},
        { token: tokens[role] },
      );
      const objects = objectsAt(
        response.data,
        path.map((step) => step.field.name),
      );
      if (objects.length === 0) {
        unreached.push(
          `${typeName} (via ${path.map((step) => `${step.parent.name}.${step.field.name}`).join(' → ')}): ${JSON.stringify(response.errors ?? response.data).slice(0, 300)}`,
        );
        continue;
      }
      const refusedHere = new Map(
        (response.errors ?? [])
          .filter((error) => error.extensions?.field)
          .map((error) => [error.extensions!.field as string, error]),
      );
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${typeName}.${field.name}`;
        checked += 1;
        const refusal = refusedHere.get(coordinate);
        if (mayRead(policy, role, type, field)) {
          if (refusal) problems.push(`${coordinate} is declared readable but was refused: ${refusal.message}`);
        } else if (!refusal || refusal.extensions?.code !== code) {
          problems.push(`${coordinate} is not declared readable but was not refused with ${code}`);
        } else if (objects.some((object) => object[field.name] !== null)) {
          problems.push(`${coordinate} was refused but came back with data`);
        }
      }
      const unexpected = (response.errors ?? []).filter((error) => !error.extensions?.field);
      for (const error of unexpected)
        problems.push(`${typeName}: unexpected error ${error.extensions?.code}: ${error.message}`);
    }
    expect(unreached).toEqual([]);
    expect(problems).toEqual([]);
    // Every field the committed public surface lists for the role was among those walked.
    const listed = [...publicSurface(schema, policy)].filter(([, roles]) => roles.includes(role)).length;
    expect(checked).toBeGreaterThan(listed);
  });
});

describe('the declarations', () => {
  it('make every field a reader of its type may be refused nullable, so a refusal nulls only that field', () => {
    const offenders: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        !(isObjectType(type) || isInterfaceType(type)) ||
        type.name.startsWith('__') ||
        type === schema.getQueryType() ||
        type === schema.getMutationType()
      )
        continue;
      for (const role of ['guest', 'customer'] as const) {
        if (!satisfies(role, policy.type(type.name))) continue;
        for (const field of Object.values(type.getFields())) {
          if (!mayRead(policy, role, type, field) && isNonNullType(field.type))
            offenders.push(`${type.name}.${field.name} (refused to a ${role})`);
        }
      }
    }
    expect([...new Set(offenders)]).toEqual([]);
  });

  it('are listed in the committed gateway/public-surface.txt (npm run schema writes it)', () => {
    const committed = readFileSync(projectPath('gateway', 'public-surface.txt'), 'utf8');
    const lines = committed.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(lines).toEqual(
      [...publicSurface(schema, policy)].map(([coordinate, roles]) => `${coordinate}: ${roles.join(' ')}`),
    );
    expect(lines).toContain('Cart.email: guest customer');
    expect(lines).toContain('Customer.orders: customer');
    expect(
      lines.filter(
        (line) =>
          /^(Region|SalesChannel|Promotion)\.(carts|orders)\b/.test(line) ||
          line.startsWith('ProductVariant.cart_items'),
      ),
    ).toEqual([]);
  });
});
