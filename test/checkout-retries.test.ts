import { randomUUID } from 'node:crypto';
import { DEFAULT_SUBGRAPH_TIMEOUT_MS, MIN_WORKFLOWS_TIMEOUT_MS } from '../gateway/server';
import { DEFAULT_LOCK_WAIT_MS } from '../kit/workflow-engine';
import { ok, readStore, type Store } from './support/checkout';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy';
import { countRowsPerTable } from './support/rows';
import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';

/**
 * A storefront's retries: a mutation sent again with the same Idempotency-Key after a lost answer
 * gets the first answer and does nothing twice; a cart that is busy with another mutation answers
 * at once with CONFLICT and when to try again, never a time-out while the work goes on.
 */
let sg: TestSupergraph;
let proxy: FaultProxy;
let store: Store;

beforeAll(async () => {
  proxy = await startFaultProxy();
  sg = await startTestSupergraph(2, { serviceRoute: (name, url) => proxy.route(name, url) });
  store = await readStore(sg.query);
});
afterAll(async () => {
  await sg?.stop();
  await proxy?.close();
});

/** A guest's request with an Idempotency-Key. */
async function withKey<Data>(
  key: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLResponse<Data>> {
  const response = await fetch(sg.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<Data>, 'status'>) };
}

const CREATE = 'mutation($input: CreateCartInput!) { create_cart(input: $input) { id items { quantity } } }';
const ADD =
  'mutation($cart: ID!, $variant: ID!) { add_line_item(cart_id: $cart, variant_id: $variant, quantity: 1) { id items { variant_id quantity } } }';

describe('the Idempotency-Key', () => {
  it('answers create_cart sent again with the first cart: one cart, one customer', async () => {
    const key = randomUUID();
    const email = `retry-${key.slice(0, 8)}@example.com`;
    const input = { region_id: store.europe, email, items: [{ variant_id: store.variants[0], quantity: 2 }] };
    const before = await countRowsPerTable(sg.db);
    const first = await withKey<{ create_cart: { id: string } }>(key, CREATE, { input });
    const again = await withKey<{ create_cart: { id: string } }>(key, CREATE, { input });
    expect(first.errors).toBeUndefined();
    expect(again).toEqual(first);
    const after = await countRowsPerTable(sg.db);
    expect(after['cart.cart'].live - before['cart.cart'].live).toBe(1);
    expect(after['customer.customer'].live - before['customer.customer'].live).toBe(1);
    expect(after['cart.cart_line_item'].live - before['cart.cart_line_item'].live).toBe(1);
  });

  it('answers add_line_item sent again with the first answer: the quantity is added once', async () => {
    const cart = (
      await ok<{ create_cart: { id: string } }>(
        sg.query,
        CREATE,
        { input: { region_id: store.europe } },
        { token: null },
      )
    ).create_cart.id;
    const key = randomUUID();
    const first = await withKey<{ add_line_item: { items: { quantity: number }[] } }>(key, ADD, {
      cart,
      variant: store.variants[1],
    });
    const again = await withKey<{ add_line_item: { items: { quantity: number }[] } }>(key, ADD, {
      cart,
      variant: store.variants[1],
    });
    expect(first.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(again.data!.add_line_item.items).toEqual([{ variant_id: store.variants[1], quantity: 1 }]);
    // A new key is a new request: one more.
    const other = await withKey<{ add_line_item: { items: { quantity: number }[] } }>(randomUUID(), ADD, {
      cart,
      variant: store.variants[1],
    });
    expect(other.data!.add_line_item.items).toEqual([{ variant_id: store.variants[1], quantity: 2 }]);
  });

  it('is refused for another request, and when it is not a key', async () => {
    const key = randomUUID();
    await withKey(key, CREATE, { input: { region_id: store.europe } });
    const reused = await withKey(key, CREATE, {
      input: { region_id: store.europe, email: 'someone-else@example.com' },
    });
    expect(reused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'Idempotency-Key' } });
    expect(reused.errors?.[0].message).toContain('already used for another request');
    const malformed = await withKey('not a key', CREATE, { input: { region_id: store.europe } });
    expect(malformed.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'Idempotency-Key' },
    });
  });
});

describe('a busy cart', () => {
  it('answers another mutation of the same cart at once with CONFLICT and a retry hint, while the first goes on', async () => {
    const cart = (
      await ok<{ create_cart: { id: string } }>(
        sg.query,
        CREATE,
        { input: { region_id: store.europe, items: [{ variant_id: store.variants[0], quantity: 1 }] } },
        { token: null },
      )
    ).create_cart.id;
    // The first mutation is held in the middle of its run, at a step's call.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let reached!: () => void;
    const atStep = new Promise<void>((resolve) => (reached = resolve));
    proxy.faults.set('SetLineItemAdjustments', async () => {
      reached();
      await held;
    });
    let firstDone = false;
    const first = sg.query(ADD, { cart, variant: store.variants[1] }, { token: null }).then((response) => {
      firstDone = true;
      return response;
    });
    await atStep;
    const busy = await sg.query(
      'mutation($cart: ID!) { update_cart(cart_id: $cart, input: { email: "busy@example.com" }) { id } }',
      { cart },
      { token: null },
    );
    expect(firstDone).toBe(false);
    expect(busy.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', retryAfterMs: expect.any(Number) } });
    expect(busy.errors?.[0].message).toContain('is busy with another request');
    release();
    expect((await first).errors).toBeUndefined();
    // Tried again as the hint says, it goes through.
    expect(
      (
        await sg.query(
          'mutation($cart: ID!) { update_cart(cart_id: $cart, input: { email: "busy@example.com" }) { id } }',
          { cart },
          { token: null },
        )
      ).errors,
    ).toBeUndefined();
  });

  it('waits less than the gateway waits for the workflows', () => {
    expect(MIN_WORKFLOWS_TIMEOUT_MS).toBeGreaterThan(DEFAULT_LOCK_WAIT_MS * 5);
    expect(MIN_WORKFLOWS_TIMEOUT_MS).toBeGreaterThan(DEFAULT_SUBGRAPH_TIMEOUT_MS);
  });
});
