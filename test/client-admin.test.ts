import { createMedusaClient, MedusaClientError, type AdminResource, type MedusaClient } from '../client';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';
import { fieldPaths } from '../client/admin';
import { cartReadyToComplete, COMPLETE_CART, ok, readStore, type Send } from './support/checkout';

/**
 * The client's admin resources (Medusa's JS SDK: `sdk.admin.salesChannel.create(…)`), derived from
 * the supergraph's admin mutations, and its store account calls (`sdk.store.customer.*`), against
 * the real gateway: each call is one request and answers in Medusa's shape; what the gateway
 * refuses comes back with its code.
 */
let supergraph: TestSupergraph;
let medusa: MedusaClient;
let requests = 0;

beforeAll(async () => {
  supergraph = await startTestSupergraph(0);
  medusa = createMedusaClient({
    url: supergraph.gatewayUrl,
    token: supergraph.adminToken,
    fetch: (input, init) => {
      requests += 1;
      return fetch(input, init);
    },
  });
});
afterAll(() => supergraph?.stop());

const channels = () => medusa.admin.salesChannel as AdminResource;

describe('the Medusa-style admin resources', () => {
  it('reads Medusa fields lists as field paths', () => {
    expect(fieldPaths('id, +metadata,*products,,')).toEqual(['id', 'metadata', 'products.*']);
    expect(fieldPaths(undefined)).toEqual([]);
  });

  it('offers a resource per entity an admin may create, named as the SDK names it', () => {
    expect(Object.keys(medusa.admin)).toEqual(
      expect.arrayContaining(['salesChannel', 'productTag', 'productType', 'customerGroup']),
    );
  });

  it("creates, updates, retrieves and lists in Medusa's shape, one request each", async () => {
    const before = requests;
    const { sales_channel: created } = await channels().create(
      { id: 'sc_01JD00000000000000000000C1', name: 'Kiosk', metadata: { floor: 2 } },
      { fields: 'id,name,is_disabled,metadata' },
    );
    expect(created).toEqual({
      id: 'sc_01JD00000000000000000000C1',
      name: 'Kiosk',
      is_disabled: false,
      metadata: { floor: 2 },
    });

    const { sales_channel: updated } = await channels().update(
      created.id as string,
      { is_disabled: true },
      { fields: ['id', 'is_disabled'] },
    );
    expect(updated).toEqual({ id: created.id, is_disabled: true });

    const retrieved = await channels().retrieve(created.id as string, { fields: 'id,name' });
    expect(retrieved).toEqual({ sales_channel: { id: created.id, name: 'Kiosk' } });

    const listed = await channels().list({ name: 'Kiosk', fields: 'id', limit: 5 });
    expect(listed).toEqual({ sales_channels: [{ id: created.id }], count: 1, offset: 0, limit: 5 });
    expect(requests - before).toBe(4);
  });

  it('deletes softly and restores, as { id, object, deleted }', async () => {
    const id = 'sc_01JD00000000000000000000C1';
    expect(await channels().delete(id)).toEqual({ id, object: 'sales_channel', deleted: true });
    const gone = await channels()
      .retrieve(id)
      .catch((error: unknown) => error);
    expect(gone).toBeInstanceOf(MedusaClientError);
    expect(gone).toMatchObject({ code: 'NOT_FOUND', message: `SalesChannel with id: ${id} was not found` });
    expect(await channels().delete(id)).toEqual({ id, object: 'sales_channel', deleted: false });
    expect(await channels().restore(id)).toEqual({ id, object: 'sales_channel', restored: true });
    expect((await channels().retrieve(id, { fields: 'id' })).sales_channel).toEqual({ id });
  });

  it('passes on what the gateway refuses, with its code', async () => {
    const taken = await medusa.admin.productTag!.create!({ value: 'limited' });
    expect(taken.product_tag).toMatchObject({ value: 'limited' });
    await expect(medusa.admin.productTag!.create!({ value: 'limited' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Product tag with value: limited, already exists.',
    });
    const guest = createMedusaClient({ url: supergraph.gatewayUrl });
    await expect(guest.admin.salesChannel!.create!({ name: 'Nope' })).rejects.toMatchObject({
      code: expect.stringMatching(/^(UNAUTHENTICATED|FORBIDDEN)$/),
    });
  });

  it('checks field paths before sending anything', async () => {
    const before = requests;
    await expect(channels().create({ name: 'x' }, { fields: 'id,nmae' })).rejects.toMatchObject({
      code: 'UNKNOWN_FIELD',
    });
    expect(requests).toBe(before);
  });
});

describe("the Medusa-style store calls for a shopper's account", () => {
  const as = (token: string) => createMedusaClient({ url: supergraph.gatewayUrl, token });

  it('registers, signs in again, edits the profile and addresses, and takes over a guest cart', async () => {
    const registration = await supergraph.tokenFor({
      actor_type: 'customer',
      actor_id: '',
      auth_identity_id: 'authid_client_sdk',
      email: 'grace@example.com',
    });
    const { customer } = await as(registration).store.customer.create(
      { first_name: 'Grace', last_name: 'Hopper' },
      { fields: 'id,email,first_name,has_account' },
    );
    expect(customer).toEqual({
      id: expect.any(String),
      email: 'grace@example.com',
      first_name: 'Grace',
      has_account: true,
    });
    const grace = as(await supergraph.tokenFor({ actor_type: 'customer', actor_id: customer.id as string }));

    expect(await grace.store.customer.update({ phone: '+1 555 0100' }, { fields: 'id,phone' })).toEqual({
      customer: { id: customer.id, phone: '+1 555 0100' },
    });
    const added = await grace.store.customer.createAddress(
      { address_1: '1 Navy Way', city: 'Arlington', country_code: 'us', is_default_shipping: true },
      { fields: 'id,*addresses' },
    );
    const [address] = added.customer.addresses as { id: string; city: string; is_default_shipping: boolean }[];
    expect(address).toMatchObject({ city: 'Arlington', is_default_shipping: true });
    const moved = await grace.store.customer.updateAddress(
      address.id,
      { city: 'Washington' },
      { fields: 'addresses.city' },
    );
    expect(moved).toEqual({ customer: { addresses: [{ city: 'Washington' }] } });
    expect(await grace.store.customer.deleteAddress(address.id)).toEqual({
      id: address.id,
      object: 'address',
      deleted: true,
    });
    expect((await grace.store.customer.retrieve({ fields: 'email,*addresses' })).customer).toEqual({
      email: 'grace@example.com',
      addresses: [],
    });

    const { data } = await supergraph.query<{ create_cart: { id: string } }>(
      'mutation { create_cart(input: { email: "someone@example.com" }) { id } }',
      {},
      { token: null },
    );
    expect(await grace.store.cart.transferCart(data!.create_cart.id, { fields: 'id,email,customer_id' })).toEqual({
      cart: { id: data!.create_cart.id, email: 'grace@example.com', customer_id: customer.id },
    });
  });

  it("refuses account calls without a customer token, with the gateway's code", async () => {
    const guest = createMedusaClient({ url: supergraph.gatewayUrl });
    await expect(guest.store.customer.retrieve()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('the Medusa-style admin calls on orders and payments', () => {
  const send: Send = (query, variables, options) => supergraph.query(query, variables, options);
  /** A guest's completed checkout: the order's id and its payment's. */
  async function placeOrder(email: string) {
    const cart = await cartReadyToComplete(send, await readStore(send), email);
    await ok(send, COMPLETE_CART, { cart }, { token: null });
    const { cart: read } = await ok<{
      cart: {
        order: {
          id: string;
          items: { id: string; quantity: string }[];
          payment_collections: { payments: { id: string }[] }[];
        };
      };
    }>(
      send,
      'query($cart: ID!) { cart(id: $cart) { order { id items { id quantity } payment_collections { payments { id } } } } }',
      { cart },
    );
    return { order: read.order.id, items: read.order.items, payment: read.order.payment_collections[0].payments[0].id };
  }

  it('captures and refunds a payment, fulfils, ships and delivers the order, each answered as the SDK does', async () => {
    const placed = await placeOrder('sdk-order@example.com');
    const payment = medusa.admin.payment!;
    const order = medusa.admin.order!;
    expect(await payment.capture!(placed.payment, {}, { fields: 'id,captured_at' })).toEqual({
      payment: { id: placed.payment, captured_at: expect.any(String) },
    });
    expect(
      await payment.refund!(placed.payment, { amount: '1', note: 'Scratched' }, { fields: 'refunds.amount' }),
    ).toEqual({
      payment: { refunds: [{ amount: '1' }] },
    });
    const fulfilled = await order.createFulfillment!(
      placed.order,
      {
        items: placed.items.map((item) => ({ id: item.id, quantity: Number(item.quantity) })),
        location_id: 'sloc_01JD0000000000000000000001',
      },
      { fields: 'id,fulfillment_status,*fulfillments' },
    );
    expect(fulfilled.order).toMatchObject({ id: placed.order, fulfillment_status: 'fulfilled' });
    const [fulfillment] = fulfilled.order.fulfillments as { id: string }[];
    expect(
      await order.createShipment!(placed.order, fulfillment.id, { labels: [] }, { fields: 'fulfillment_status' }),
    ).toEqual({
      order: { fulfillment_status: 'shipped' },
    });
    expect(await order.markAsDelivered!(placed.order, fulfillment.id, { fields: 'fulfillment_status' })).toEqual({
      order: { fulfillment_status: 'delivered' },
    });
  });

  it('sends the headers given last, as the SDK does: a capture sent again with its Idempotency-Key is made once', async () => {
    const placed = await placeOrder('sdk-retry@example.com');
    const key = { 'idempotency-key': `capture-${placed.payment}` };
    const first = await medusa.admin.payment!.capture!(
      placed.payment,
      { amount: '1' },
      { fields: 'captures.amount' },
      key,
    );
    const again = await medusa.admin.payment!.capture!(
      placed.payment,
      { amount: '1' },
      { fields: 'captures.amount' },
      key,
    );
    expect(first).toEqual({ payment: { captures: [{ amount: '1' }] } });
    expect(again).toEqual(first);
    expect(
      await supergraph.db.query('select count(*)::int as n from payment.capture where payment_id = $1', [
        placed.payment,
      ]),
    ).toEqual([{ n: 1 }]);
  });

  it('cancels an order, and passes on what Medusa refuses', async () => {
    const placed = await placeOrder('sdk-cancel@example.com');
    expect(await medusa.admin.order!.cancel!(placed.order, { fields: 'status' })).toEqual({
      order: { status: 'canceled' },
    });
    await expect(medusa.admin.payment!.refund!(placed.payment, { amount: '1' })).rejects.toMatchObject({
      message: 'You are not allowed to refund more than the captured amount',
    });
  });
});
