import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

let supergraph: TestSupergraph;
beforeAll(async () => {
  supergraph = await startTestSupergraph(4);
});
afterAll(() => supergraph?.stop());

const UNKNOWN_CART = 'cart_01KDVDNA00ZZZZZZZZZZZZZZZZ';

describe('bad input gets a clear GraphQL error with a code, never a crash', () => {
  it('an unknown but well-formed id gives null, without an error', async () => {
    for (const [field, id] of [
      ['cart', UNKNOWN_CART],
      ['order', 'order_01KDVDNA00ZZZZZZZZZZZZZZZZ'],
      ['customer', 'cus_01KDVDNA00ZZZZZZZZZZZZZZZZ'],
      ['payment_collection', 'pay_col_01KDVDNA00ZZZZZZZZZZZZZZZZ'],
      ['promotion', 'promo_01KDVDNA00ZZZZZZZZZZZZZZZZ'],
      ['region', 'reg_01KDVDNA00ZZZZZZZZZZZZZZZZ'],
      ['sales_channel', 'sc_01KDVDNA00ZZZZZZZZZZZZZZZZ'],
      ['product', 'prod_01KDVDNA00ZZZZZZZZZZZZZZZZ'],
      ['shipping_option', 'so_01KDVDNA00ZZZZZZZZZZZZZZZZ'],
      ['shipping_profile', 'sp_01KDVDNA00ZZZZZZZZZZZZZZZZ'],
      ['line_item', 'cali_01KDVDNA00ZZZZZZZZZZZZZZZZ'],
      ['shipping_method', 'casm_01KDVDNA00ZZZZZZZZZZZZZZZZ'],
      ['order_line_item', 'ordli_01KDVDNA00ZZZZZZZZZZZZZZZZ'],
      ['payment_session', 'payses_01KDVDNA00ZZZZZZZZZZZZZZZZ'],
      ['application_method', 'proappmet_01KDVDNA00ZZZZZZZZZZZZZZZZ'],
      ['product_variant', 'variant_01KDVDNA00ZZZZZZZZZZZZZZZZ'],
    ]) {
      const response = await supergraph.query(`query($id: ID!) { ${field}(id: $id) { id } }`, { id });
      expect({ field, status: response.status, errors: response.errors, data: response.data }).toEqual({
        field,
        status: 200,
        errors: undefined,
        data: { [field]: null },
      });
    }
  });

  it('a malformed id is BAD_USER_INPUT, naming the expected prefix', async () => {
    for (const id of [
      'nope',
      'order_01KDVDNA00ZZZZZZZZZZZZZZZZ',
      'cart_',
      "cart_'; drop table cart.cart; --",
      'x'.repeat(10_000),
    ]) {
      const response = await supergraph.query(`query($id: ID!) { cart(id: $id) { id } }`, { id });
      expect(response.data).toEqual({ cart: null });
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors![0].message).toContain('expected "cart_" followed by a 26-character ULID');
      expect(response.errors![0].path).toEqual(['cart']);
    }
  });

  it('malformed ids in list filters are BAD_USER_INPUT too', async () => {
    const response = await supergraph.query(
      `{ carts(filters: { customer_id: ["cart_01KDVDNA00ZZZZZZZZZZZZZZZZ"] }) { data { id } } }`,
    );
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain('filters.customer_id');
  });

  it('an unknown country code gives null, a malformed one BAD_USER_INPUT', async () => {
    expect(await supergraph.query('{ country(iso_2: "zz") { iso_2 } }')).toEqual({
      status: 200,
      data: { country: null },
    });
    const malformed = await supergraph.query('{ country(iso_2: "Germany") { iso_2 } }');
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a NUL character in a text filter is BAD_USER_INPUT, not a database error', async () => {
    const response = await supergraph.query(
      'query($email: [String!]) { carts(filters: { email: $email }) { data { id } } }',
      { email: ['a\u0000b'] },
    );
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain('NUL');
  });

  it('an empty list filter matches nothing, without an error', async () => {
    for (const filters of ['{ id: [] }', '{ email: [] }']) {
      const response = await supergraph.query(`{ carts(filters: ${filters}) { data { id } metadata { count } } }`);
      expect(response).toEqual({ status: 200, data: { carts: { data: [], metadata: { count: 0 } } } });
    }
  });

  it('dates outside 0001–9999, non-ISO dates and oversized amounts are BAD_USER_INPUT', async () => {
    for (const value of ['0000-01-01T00:00:00Z', '+275760-09-13T00:00:00Z', 'March 7', '1', '2026-02-30']) {
      const response = await supergraph.query('query($f: CartFilters) { carts(filters: $f) { data { id } } }', {
        f: { created_at: { gte: value } },
      });
      expect({ value, code: response.errors?.[0].extensions?.code }).toEqual({ value, code: 'BAD_USER_INPUT' });
    }
    const huge = await supergraph.query('query($f: LineItemFilters) { line_items(filters: $f) { data { id } } }', {
      f: { unit_price: { gte: '9'.repeat(1000) } },
    });
    expect(huge.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pagination out of range is BAD_USER_INPUT', async () => {
    for (const pagination of ['{ take: 0 }', '{ take: 201 }', '{ skip: -1 }']) {
      const response = await supergraph.query(`{ carts(pagination: ${pagination}) { data { id } } }`);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].message).toMatch(/pagination\.(take|skip)/);
    }
  });

  it('a query that does not parse is GRAPHQL_PARSE_FAILED with status 400', async () => {
    const response = await supergraph.query('{ cart(id: ');
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('an unknown field is GRAPHQL_VALIDATION_FAILED, naming it', async () => {
    const response = await supergraph.query(`query($id: ID!) { cart(id: $id) { id total_nonsense } }`, {
      id: UNKNOWN_CART,
    });
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toContain('total_nonsense');
  });

  it('a variable of the wrong type is BAD_USER_INPUT', async () => {
    const response = await supergraph.query(
      `query($take: Int!) { carts(pagination: { take: $take }) { data { id } } }`,
      { take: 'ten' },
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a body that is not JSON is BAD_REQUEST, and a huge one PAYLOAD_TOO_LARGE', async () => {
    const notJson = await fetch(supergraph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'BAD_REQUEST',
    );

    const huge = await fetch(supergraph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ cart(id: "${'x'.repeat(2 * 1024 * 1024)}") { id } }` }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('keeps serving after all of that', async () => {
    const response = await supergraph.query(
      '{ carts(pagination: { take: 1 }) { data { id region { name } } metadata { count } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      carts: { data: [{ id: expect.stringMatching(/^cart_/), region: { name: 'Europe' } }], metadata: { count: 4 } },
    });
  });
});

describe('soft-deleted rows', () => {
  it('are hidden from by-id queries, lists and counts', async () => {
    const list = `{ carts(pagination: { take: 10 }) { data { id } metadata { count } } }`;
    const before = (await supergraph.query<{ carts: { data: { id: string }[]; metadata: { count: number } } }>(list))
      .data!.carts;
    const deleted = before.data[1].id;
    // Medusa soft-deletes by setting deleted_at; the row stays in the table.
    await supergraph.db.query('update cart.cart set deleted_at = now() where id = $1', [deleted]);

    const after = (await supergraph.query<{ carts: { data: { id: string }[]; metadata: { count: number } } }>(list))
      .data!.carts;
    expect(after.metadata.count).toBe(before.metadata.count - 1);
    expect(after.data.map((cart) => cart.id)).not.toContain(deleted);
    expect(await supergraph.query(`query($id: ID!) { cart(id: $id) { id } }`, { id: deleted })).toEqual({
      status: 200,
      data: { cart: null },
    });
  });
});
