import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';

/**
 * Cursor pages through the real gateway: a root list, a reverse list and a pivot list walked
 * forwards with `after` and backwards with `before`, in the default order, `-created_at` and
 * mixed orders (nullable fields and ties included); cursor errors; the `skip` bound; and
 * `metadata.count` costing a statement only when selected.
 */
const CARTS = 60;
let supergraph: TestSupergraph;
beforeAll(async () => {
  supergraph = await startTestSupergraph(CARTS);
});
afterAll(() => supergraph?.stop());

interface Metadata {
  next_cursor: string | null;
  previous_cursor: string | null;
}
interface ListPage {
  data: { id: string }[];
  metadata: Metadata;
}
interface Pagination {
  take?: number;
  skip?: number;
  order?: string;
  after?: string | null;
  before?: string | null;
}

async function data<Data>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<Data> {
  const response = await supergraph.query<Data>(query, variables, token === undefined ? {} : { token });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const ids = (page: ListPage) => page.data.map((row) => row.id);

/**
 * Walks a whole list forwards (`after` the last page's next_cursor until it is null), then
 * backwards from the last page (`before` each page's previous_cursor until it is null), checking
 * the cursors at every step; returns the ids in list order as each walk saw them.
 */
async function walk(fetch: (pagination: Pagination) => Promise<ListPage>, order: string | undefined, take: number) {
  const forward: ListPage[] = [await fetch({ take, order })];
  expect(forward[0].metadata.previous_cursor).toBeNull();
  for (let page = forward[0]; page.metadata.next_cursor;) {
    page = await fetch({ take, order, after: page.metadata.next_cursor });
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.metadata.previous_cursor).not.toBeNull();
    forward.push(page);
  }
  // Every page but the last is full.
  for (const page of forward.slice(0, -1)) expect(page.data).toHaveLength(take);
  const backward: ListPage[] = [forward[forward.length - 1]];
  for (let page = backward[0]; page.metadata.previous_cursor;) {
    page = await fetch({ take, order, before: page.metadata.previous_cursor });
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.data.length).toBeLessThanOrEqual(take);
    expect(page.metadata.next_cursor).not.toBeNull();
    backward.unshift(page);
  }
  return { forward: forward.flatMap(ids), backward: backward.flatMap(ids), pages: forward.length };
}

/** Every row once, in the list's order: the same ids as one offset page of the whole list. */
function expectWholeList(walked: { forward: string[]; backward: string[] }, expected: string[]) {
  expect(new Set(walked.forward).size).toBe(walked.forward.length);
  expect(walked.forward).toEqual(expected);
  expect(walked.backward).toEqual(expected);
}

const CARTS_QUERY = `query($filters: CartFilters, $pagination: Pagination) {
  carts(filters: $filters, pagination: $pagination) { data { id } metadata { next_cursor previous_cursor } }
}`;
const carts = (pagination: Pagination, filters?: Record<string, unknown>) =>
  data<{ carts: ListPage }>(CARTS_QUERY, { pagination, filters }).then((result) => result.carts);

// Orders: the default, the common newest-first, and mixed ones over nullable fields with many ties
// (three carts in four are not completed; a region's carts share a currency).
const ORDERS = [
  undefined,
  '-created_at',
  'currency_code,-created_at',
  'completed_at,-created_at',
  '-completed_at,email,-id',
];

describe('a root list (carts)', () => {
  it.each(ORDERS.map((order) => [order ?? 'id (default)', order]))(
    'is walked whole forwards and backwards, order %s',
    async (_name, order) => {
      const everything = ids(await carts({ take: 200, order }));
      expect(everything).toHaveLength(CARTS);
      const walked = await walk((pagination) => carts(pagination), order, 7);
      expectWholeList(walked, everything);
      expect(walked.pages).toBe(Math.ceil(CARTS / 7));
    },
  );

  it('pages within filters, and a page of exactly the rest ends the list', async () => {
    const filters = { completed: false };
    const everything = ids(await carts({ take: 200, order: '-created_at' }, filters));
    const walked = await walk((pagination) => carts(pagination, filters), '-created_at', everything.length / 5);
    expectWholeList(walked, everything);
    expect(walked.pages).toBe(5);
  });

  it("costs one statement per page, however deep, and the cursor holds only the row's sort values and id", async () => {
    const first = await supergraph.count(() => carts({ take: 5, order: '-created_at' }));
    let cursor = first.result.metadata.next_cursor!;
    for (let i = 0; i < 5; i++)
      cursor = (await carts({ take: 5, order: '-created_at', after: cursor })).metadata.next_cursor!;
    const deep = await supergraph.count(() => carts({ take: 5, order: '-created_at', after: cursor }));
    expect(first.statements).toBe(1);
    expect(deep.statements).toBe(1);

    const last = deep.result.data[deep.result.data.length - 1].id;
    const decoded = JSON.parse(Buffer.from(deep.result.metadata.next_cursor!, 'base64url').toString('utf8'));
    expect(Object.keys(decoded).sort()).toEqual(['l', 'o', 'v']);
    expect(decoded.o).toBe('-created_at,id');
    expect(decoded.l).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(decoded.v).toHaveLength(2);
    expect(decoded.v[1]).toBe(last);
    const { cart } = await data<{ cart: { created_at: string } }>('query($id: ID!) { cart(id: $id) { created_at } }', {
      id: last,
    });
    expect(new Date(decoded.v[0]).getTime()).toBe(new Date(cart.created_at).getTime());
  });

  it('gives a previous_cursor after a skip, and none before the first row', async () => {
    const page = await carts({ take: 5, skip: 10 });
    const before = await carts({ take: 5, before: page.metadata.previous_cursor });
    expect(ids(before)).toEqual(ids(await carts({ take: 5, skip: 5 })));
    const start = await carts({ take: 5, before: before.metadata.previous_cursor });
    expect(ids(start)).toEqual(ids(await carts({ take: 5 })));
    expect(start.metadata.previous_cursor).toBeNull();
  });
});

describe('a root list for guests (products)', () => {
  it('is walked whole newest first, without a token', async () => {
    const query = `query($pagination: Pagination) { products(pagination: $pagination) { data { id } metadata { next_cursor previous_cursor } } }`;
    const products = (pagination: Pagination) =>
      data<{ products: ListPage }>(query, { pagination }, null).then((result) => result.products);
    const everything = ids(await products({ take: 200, order: '-created_at' }));
    expect(everything.length).toBeGreaterThan(3);
    expectWholeList(await walk(products, '-created_at', 3), everything);
  });
});

const REGION_CARTS = `query($id: ID!, $pagination: Pagination) {
  region(id: $id) { carts(pagination: $pagination) { data { id } metadata { next_cursor previous_cursor } } }
}`;

describe('a reverse list (Region.carts)', () => {
  let regions: string[];
  beforeAll(async () => {
    regions = (await data<{ regions: { data: { id: string }[] } }>('{ regions { data { id } } }')).regions.data.map(
      (region) => region.id,
    );
    expect(regions.length).toBeGreaterThan(1);
  });

  it.each(ORDERS.map((order) => [order ?? 'id (default)', order]))(
    'is walked whole for every region, order %s',
    async (_name, order) => {
      for (const region of regions) {
        const everything = ids(await carts({ take: 200, order }, { region_id: [region] }));
        const fetch = (pagination: Pagination) =>
          data<{ region: { carts: ListPage } }>(REGION_CARTS, { id: region, pagination }).then(
            (result) => result.region.carts,
          );
        expectWholeList(await walk(fetch, order, 4), everything);
      }
    },
  );

  it('answers several regions with one statement, on the first page and after a cursor', async () => {
    const query = `query($pagination: Pagination) { regions { data { id carts(pagination: $pagination) { data { id } metadata { next_cursor } } } } }`;
    type Regions = { regions: { data: { id: string; carts: ListPage }[] } };
    const first = await supergraph.count(() => data<Regions>(query, { pagination: { take: 3, order: '-created_at' } }));
    const cursor = first.result.regions.data[0].carts.metadata.next_cursor!;
    const after = await supergraph.count(() =>
      data<Regions>(query, { pagination: { take: 3, order: '-created_at', after: cursor } }),
    );
    // regions (1) + every region's carts (1).
    expect(first.statements).toBe(2);
    expect(after.statements).toBe(2);
    // A cursor is a position in the order: every region's page starts after it.
    const position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')).v[1] as string;
    for (const region of after.result.regions.data) {
      const everything = ids(await carts({ take: 200, order: '-created_at' }, { region_id: [region.id] }));
      const cursorRow = ids(await carts({ take: 200, order: '-created_at' })).indexOf(position);
      const allInOrder = ids(await carts({ take: 200, order: '-created_at' }));
      const expected = everything.filter((id) => allInOrder.indexOf(id) > cursorRow).slice(0, 3);
      expect(ids(region.carts)).toEqual(expected);
    }
  });
});

const PIVOTS = `query($filters: LinkCartPromotionFilters, $pagination: Pagination) {
  cart_promotion(filters: $filters, pagination: $pagination) { data { id } metadata { next_cursor previous_cursor } }
}`;
const pivots = (pagination: Pagination, filters?: Record<string, unknown>) =>
  data<{ cart_promotion: ListPage }>(PIVOTS, { pagination, filters }).then((result) => result.cart_promotion);

describe('a pivot list (cart_promotion)', () => {
  it.each([undefined, '-created_at', 'promotion_id,-created_at'].map((order) => [order ?? 'id (default)', order]))(
    'is walked whole forwards and backwards, order %s',
    async (_name, order) => {
      const everything = ids(await pivots({ take: 200, order }));
      expect(everything.length).toBeGreaterThan(5);
      expectWholeList(await walk((pagination) => pivots(pagination), order, 3), everything);
    },
  );

  it("continues a record's links from a cursor of the pivot list (Promotion.carts_link)", async () => {
    const { data: rows } = await data<{ cart_promotion: { data: { id: string; promotion_id: string }[] } }>(
      '{ cart_promotion(pagination: { take: 1 }) { data { id promotion_id } } }',
    ).then((result) => result.cart_promotion);
    const promotion = rows[0].promotion_id;
    const everything = ids(await pivots({ take: 200 }, { promotion_id: [promotion] }));
    expect(everything.length).toBeGreaterThan(2);
    const first = await pivots({ take: 2 }, { promotion_id: [promotion] });
    const query = `query($id: ID!, $pagination: Pagination) { promotion(id: $id) { carts_link(pagination: $pagination) { id } } }`;
    const { promotion: rest } = await data<{ promotion: { carts_link: { id: string }[] } }>(query, {
      id: promotion,
      pagination: { take: 200, after: first.metadata.next_cursor },
    });
    expect([...ids(first), ...rest.carts_link.map((row) => row.id)]).toEqual(everything);
  });
});

function expectRefused(response: GraphQLResponse, argument: string, message: RegExp) {
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error.extensions?.argument).toBe(argument);
  expect(error.message).toContain(argument);
  expect(error.message).toMatch(message);
}

const encode = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString('base64url');
const decode = (cursor: string) =>
  JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { l: string; o: string; v: (string | null)[] };

describe('cursor errors', () => {
  let cursor: string;
  beforeAll(async () => {
    cursor = (await carts({ take: 3, order: '-created_at' })).metadata.next_cursor!;
  });
  const cartsResponse = (pagination: Pagination) => supergraph.query(CARTS_QUERY, { pagination });

  it('refuses what is not a cursor', async () => {
    for (const bad of [
      '',
      'not a cursor!',
      'bm90IGpzb24',
      encode([1, 2]),
      encode({ l: 'x', o: '-created_at,id' }),
      'A'.repeat(3000),
    ]) {
      expectRefused(await cartsResponse({ order: '-created_at', after: bad }), 'pagination.after', /is not a cursor/);
      expectRefused(await cartsResponse({ order: '-created_at', before: bad }), 'pagination.before', /is not a cursor/);
    }
  });

  it('refuses a cursor made for another order', async () => {
    expectRefused(
      await cartsResponse({ after: cursor }),
      'pagination.after',
      /made for pagination.order "-created_at,id".*sorted by "id"/,
    );
    expectRefused(
      await cartsResponse({ order: 'created_at', before: cursor }),
      'pagination.before',
      /made for pagination.order/,
    );
  });

  it('refuses a cursor of another list, at the root and in a reverse list', async () => {
    const orders = await data<{ orders: ListPage }>(
      '{ orders(pagination: { take: 2, order: "-created_at" }) { data { id } metadata { next_cursor previous_cursor } } }',
    );
    const ordersCursor = orders.orders.metadata.next_cursor!;
    expectRefused(
      await cartsResponse({ order: '-created_at', after: ordersCursor }),
      'pagination.after',
      /cursor of another list/,
    );
    const { regions } = await data<{ regions: { data: { id: string }[] } }>('{ regions { data { id } } }');
    const response = await supergraph.query(REGION_CARTS, {
      id: regions.data[0].id,
      pagination: { order: '-created_at', before: ordersCursor },
    });
    expect(response.data?.region).toEqual({ carts: null });
    expectRefused(response, 'pagination.before', /cursor of another list/);
  });

  it('refuses a forged cursor whose values do not fit the list', async () => {
    const real = decode(cursor);
    const forged = [
      { ...real, v: ['not a date', real.v[1]] },
      { ...real, v: [real.v[0]] },
      { ...real, v: [real.v[0], real.v[1], 'extra'] },
      { ...real, v: [null, real.v[1]] },
      { ...real, v: [real.v[0], 42] },
      { ...real, v: [real.v[0], 'cart_\u0000'] },
      { ...real, v: ['2026-13-45 00:00:00+00', real.v[1]] },
    ];
    for (const payload of forged) {
      expectRefused(
        await cartsResponse({ order: '-created_at', after: encode(payload) }),
        'pagination.after',
        /does not fit this list/,
      );
    }
    expectRefused(
      await cartsResponse({ order: '-created_at', after: encode({ ...real, l: 'AAAAAAAA' }) }),
      'pagination.after',
      /another list/,
    );
  });

  it('refuses after with before, and a cursor with skip', async () => {
    expectRefused(
      await cartsResponse({ order: '-created_at', after: cursor, before: cursor }),
      'pagination.before',
      /cannot be used together/,
    );
    expectRefused(
      await cartsResponse({ order: '-created_at', after: cursor, skip: 5 }),
      'pagination.skip',
      /cannot be used with pagination.after/,
    );
  });
});

describe('the skip bound', () => {
  it('accepts skip up to 10,000 and refuses deeper, saying to use a cursor', async () => {
    const deepest = await carts({ skip: 10_000 });
    expect(deepest.data).toEqual([]);
    expect(deepest.metadata).toEqual({ next_cursor: null, previous_cursor: null });
    const response = await supergraph.query(CARTS_QUERY, { pagination: { skip: 10_001 } });
    expect(response.data).toBeNull();
    expectRefused(response, 'pagination.skip', /at most 10000.*pagination.after/);
  });
});

describe('metadata.count', () => {
  it('costs a statement only when selected, on a root list', async () => {
    const cost = async (metadata: string) =>
      (
        await supergraph.count(() =>
          data(`{ carts(pagination: { take: 5 }) { data { id } metadata { ${metadata} } } }`),
        )
      ).statements;
    expect(await cost('skip take')).toBe(1);
    expect(await cost('next_cursor previous_cursor')).toBe(1);
    expect(await cost('count')).toBe(2);
    expect(await cost('count skip take next_cursor')).toBe(2);
    const { carts: page } = await data<{ carts: { metadata: { count: number } } }>(
      '{ carts(pagination: { take: 5 }) { metadata { count } } }',
    );
    expect(page.metadata.count).toBe(CARTS);
  });

  it('costs a statement only when selected, on a reverse list of several parents', async () => {
    const cost = async (metadata: string) =>
      (
        await supergraph.count(() =>
          data(`{ regions { data { id carts(pagination: { take: 2 }) { data { id } metadata { ${metadata} } } } } }`),
        )
      ).statements;
    // regions (1) + every region's carts (1), + one count for every region when selected.
    expect(await cost('next_cursor')).toBe(2);
    expect(await cost('count')).toBe(3);
  });

  it('costs a statement only when selected, on a pivot list', async () => {
    const cost = async (metadata: string) =>
      (
        await supergraph.count(() =>
          data(`{ cart_promotion(pagination: { take: 2 }) { data { id } metadata { ${metadata} } } }`),
        )
      ).statements;
    expect(await cost('take next_cursor')).toBe(1);
    expect(await cost('count')).toBe(2);
  });
});
