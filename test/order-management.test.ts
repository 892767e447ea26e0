import Decimal from 'decimal.js';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy';
import { cartReadyToComplete, COMPLETE_CART, ok, readStore, type Send, type Store } from './support/checkout';
import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';

/**
 * An admin's order management through the real gateway: a storefront checkout places the order,
 * then the admin cancels it, or captures, refunds, fulfils, ships and delivers it (Medusa's admin
 * order and payment workflows), each step checked in what the API shows and in the modules' rows.
 */
let supergraph: TestSupergraph;
let send: Send;
let store: Store;
/** Between the workflows and what their steps call: faults are injected at that transport. */
let proxy: FaultProxy;

beforeAll(async () => {
  proxy = await startFaultProxy();
  supergraph = await startTestSupergraph(0, { serviceRoute: (name, url) => proxy.route(name, url) });
  send = (query, variables, options) => supergraph.query(query, variables, options);
  store = await readStore(send);
});
afterAll(async () => {
  await supergraph?.stop();
  await proxy?.close();
});
afterEach(() => proxy.faults.clear());

interface Order {
  id: string;
  status: string;
  canceled_at: string | null;
  payment_status: string;
  fulfillment_status: string;
  items: { id: string; quantity: string; detail: Record<string, string> }[];
  payment_collections: {
    id: string;
    status: string;
    amount: string;
    captured_amount: string | null;
    refunded_amount: string | null;
    payments: { id: string; amount: string; canceled_at: string | null; captured_at: string | null }[];
  }[];
  fulfillments: {
    id: string;
    packed_at: string | null;
    shipped_at: string | null;
    delivered_at: string | null;
    location_id: string;
    items: { line_item_id: string; quantity: string }[];
    labels: { tracking_number: string }[];
  }[];
}

const ORDER = `id status canceled_at payment_status fulfillment_status
  items { id quantity detail { fulfilled_quantity shipped_quantity delivered_quantity } }
  payment_collections { id status amount captured_amount refunded_amount payments { id amount canceled_at captured_at } }
  fulfillments { id packed_at shipped_at delivered_at location_id items { line_item_id quantity } labels { tracking_number } }`;

const LOCATION = 'sloc_01JD0000000000000000000001';

async function placeOrder(email: string): Promise<Order> {
  const cart = await cartReadyToComplete(send, store, email);
  const { complete_cart } = await ok<{ complete_cart: { order: { id: string } } }>(send, COMPLETE_CART, { cart });
  return readOrder(complete_cart.order.id);
}

async function readOrder(id: string): Promise<Order> {
  return (await ok<{ order: Order }>(send, `query($id: ID!) { order(id: $id) { ${ORDER} } }`, { id })).order;
}

function refusal(response: GraphQLResponse) {
  return { message: response.errors?.[0]?.message, code: response.errors?.[0]?.extensions?.code };
}

const rows = <T extends object>(sql: string, params: unknown[]) => supergraph.db.query<T>(sql, params);

describe("an admin's order management, through the gateway", () => {
  it('cancels an order: its payments and payment collections are canceled, its links stay', async () => {
    const order = await placeOrder('cancel@example.com');
    const [collection] = order.payment_collections;
    expect(collection.status).toBe('authorized');
    expect(order).toMatchObject({ payment_status: 'authorized', fulfillment_status: 'not_fulfilled' });
    const canceled = await ok<{ admin_cancel_order: Order }>(
      send,
      `mutation($id: ID!) { admin_cancel_order(order_id: $id) { ${ORDER} } }`,
      { id: order.id },
    );
    expect(canceled.admin_cancel_order).toMatchObject({
      id: order.id,
      status: 'canceled',
      canceled_at: expect.any(String),
      payment_status: 'canceled',
      fulfillment_status: 'not_fulfilled',
      payment_collections: [{ id: collection.id, status: 'canceled', payments: [{ canceled_at: expect.any(String) }] }],
    });
    expect(
      await rows<{ status: string }>('select status from "order"."order" where id = $1 and canceled_at is not null', [
        order.id,
      ]),
    ).toEqual([{ status: 'canceled' }]);
    expect(
      await rows('select status from payment.payment_collection where id = $1 and deleted_at is null', [collection.id]),
    ).toEqual([{ status: 'canceled' }]);
    expect(
      await rows(
        'select count(*)::int as n from payment.payment where payment_collection_id = $1 and canceled_at is not null',
        [collection.id],
      ),
    ).toEqual([{ n: 1 }]);
    expect(
      await rows(
        'select count(*)::int as n from link.order_payment_collection where order_id = $1 and deleted_at is null',
        [order.id],
      ),
    ).toEqual([{ n: 1 }]);
    expect(
      await rows('select count(*)::int as n from link.order_cart where order_id = $1 and deleted_at is null', [
        order.id,
      ]),
    ).toEqual([{ n: 1 }]);

    // Medusa's throwIfOrderIsCancelled.
    const again = await supergraph.query(`mutation($id: ID!) { admin_cancel_order(order_id: $id) { id } }`, {
      id: order.id,
    });
    expect(refusal(again)).toEqual({
      message: `Order with id ${order.id} has been canceled.`,
      code: 'BAD_USER_INPUT',
    });
    const unknown = await supergraph.query(
      `mutation { admin_cancel_order(order_id: "order_01JD0000000000000000000000") { id } }`,
    );
    expect(refusal(unknown).code).toBe('NOT_FOUND');
  });

  it('cancels a captured order as Medusa 2.21 does: what was captured and not refunded is refunded first', async () => {
    const order = await placeOrder('captured-cancel@example.com');
    const [payment] = order.payment_collections[0].payments;
    await ok(send, 'mutation($id: ID!) { admin_capture_payment(payment_id: $id, amount: "10") { id } }', {
      id: payment.id,
    });
    await ok(send, 'mutation($id: ID!) { admin_refund_payment(payment_id: $id, amount: "3") { id } }', {
      id: payment.id,
    });
    const canceled = await ok<{ admin_cancel_order: { status: string } }>(
      send,
      'mutation($id: ID!) { admin_cancel_order(order_id: $id) { status } }',
      { id: order.id },
    );
    expect(canceled.admin_cancel_order.status).toBe('canceled');
    expect(
      await rows('select amount::text from payment.refund where payment_id = $1 order by created_at', [payment.id]),
    ).toEqual([{ amount: '3' }, { amount: '7' }]);
    // The refund is a negative transaction of the order; a captured payment is refunded, not canceled.
    expect(
      await rows(
        'select amount::text, reference from "order".order_transaction where order_id = $1 order by created_at',
        [order.id],
      ),
    ).toEqual([
      { amount: '10', reference: 'capture' },
      { amount: '-3', reference: 'refund' },
      { amount: '-7', reference: 'refund' },
    ]);
    expect(await rows('select canceled_at from payment.payment where id = $1', [payment.id])).toEqual([
      { canceled_at: null },
    ]);
    expect((await readOrder(order.id)).payment_collections[0]).toMatchObject({ status: 'canceled' });
  });

  it('captures, refunds, fulfils, ships and delivers an order, with the statuses and rows after each step', async () => {
    const order = await placeOrder('lifecycle@example.com');
    const [collection] = order.payment_collections;
    const [payment] = collection.payments;
    const total = Number(payment.amount);
    expect(total).toBeGreaterThan(20);
    const CAPTURE = `mutation($id: ID!, $amount: BigNumber) { admin_capture_payment(payment_id: $id, amount: $amount) {
      id captured_at captures { amount } payment_collection { status captured_amount } } }`;

    // A part first: the collection stays authorized, the payment is not yet captured.
    const part = await ok<{ admin_capture_payment: Record<string, unknown> }>(send, CAPTURE, {
      id: payment.id,
      amount: '10',
    });
    expect(part.admin_capture_payment).toEqual({
      id: payment.id,
      captured_at: null,
      captures: [{ amount: '10' }],
      payment_collection: { status: 'authorized', captured_amount: '10' },
    });
    expect((await readOrder(order.id)).payment_status).toBe('partially_captured');
    const tooMuch = await supergraph.query(CAPTURE, { id: payment.id, amount: String(total) });
    expect(refusal(tooMuch)).toEqual({
      message: 'You cannot capture more than the authorized amount substracted by what is already captured.',
      code: 'BAD_USER_INPUT',
    });
    // The rest, by default: captured, and the collection completed.
    const rest = await ok<{ admin_capture_payment: { captured_at: string | null; payment_collection: unknown } }>(
      send,
      CAPTURE,
      { id: payment.id },
    );
    expect(rest.admin_capture_payment.captured_at).toEqual(expect.any(String));
    expect(rest.admin_capture_payment.payment_collection).toEqual({
      status: 'completed',
      captured_amount: payment.amount,
    });
    expect(
      await rows<{ amount: string }>(
        'select amount::text from payment.capture where payment_id = $1 order by created_at',
        [payment.id],
      ),
    ).toHaveLength(2);

    // A partial refund with a reason and a note; more than is left is refused.
    const { create_refund_reasons } = await ok<{ create_refund_reasons: { id: string }[] }>(
      send,
      'mutation { create_refund_reasons(data: [{ label: "Late", code: "late_delivery" }]) { id } }',
    );
    const REFUND = `mutation($id: ID!, $amount: BigNumber, $reason: ID, $note: String) {
      admin_refund_payment(payment_id: $id, amount: $amount, refund_reason_id: $reason, note: $note) {
        refunds { amount note refund_reason { code } } payment_collection { refunded_amount } } }`;
    const refunded = await ok<{ admin_refund_payment: unknown }>(send, REFUND, {
      id: payment.id,
      amount: '5',
      reason: create_refund_reasons[0].id,
      note: 'Two days late',
    });
    expect(refunded.admin_refund_payment).toEqual({
      refunds: [{ amount: '5', note: 'Two days late', refund_reason: { code: 'late_delivery' } }],
      payment_collection: { refunded_amount: '5' },
    });
    expect((await readOrder(order.id)).payment_status).toBe('partially_refunded');
    // Each capture and refund is a transaction of the order, and its summary counts them (Medusa's addOrderTransactionStep).
    const { order: money } = await ok<{
      order: { summary: Record<string, string>; transactions: { amount: string; reference: string }[] };
    }>(
      send,
      `query($id: ID!) { order(id: $id) { summary { paid_total refunded_total transaction_total pending_difference }
        transactions { amount reference } } }`,
      { id: order.id },
    );
    expect(money.transactions.map((transaction) => transaction.reference).sort()).toEqual([
      'capture',
      'capture',
      'refund',
    ]);
    expect(money.transactions.find((transaction) => transaction.reference === 'refund')!.amount).toBe('-5');
    expect(money.summary).toEqual({
      paid_total: payment.amount,
      refunded_total: '5',
      transaction_total: new Decimal(payment.amount).sub(5).toString(),
      pending_difference: '5',
    });
    const overRefund = await supergraph.query(REFUND, { id: payment.id, amount: String(total - 4) });
    expect(refusal(overRefund)).toEqual({
      message: 'You are not allowed to refund more than the captured amount',
      code: 'BAD_USER_INPUT',
    });
    expect(await rows('select amount::text, note from payment.refund where payment_id = $1', [payment.id])).toEqual([
      { amount: '5', note: 'Two days late' },
    ]);

    // Fulfil one of the first line's two items.
    const [line] = order.items;
    expect(line.quantity).toBe('2');
    const FULFIL = `mutation($order: ID!, $items: [OrderFulfillmentItemInput!]!, $location: ID) {
      admin_create_fulfillment(order_id: $order, items: $items, location_id: $location) { id } }`;
    const fulfilled = await ok<{ admin_create_fulfillment: { id: string } }>(send, FULFIL, {
      order: order.id,
      items: [{ id: line.id, quantity: 1 }],
      location: LOCATION,
    });
    const fulfillmentId = fulfilled.admin_create_fulfillment.id;
    let now = await readOrder(order.id);
    expect(now.items[0].detail).toEqual({ fulfilled_quantity: '1', shipped_quantity: '0', delivered_quantity: '0' });
    // One of the order's items is left to fulfil: partially (Medusa's getLastFulfillmentStatus).
    expect(now.fulfillment_status).toBe('partially_fulfilled');
    expect(now.fulfillments).toEqual([
      {
        id: fulfillmentId,
        packed_at: expect.any(String),
        shipped_at: null,
        delivered_at: null,
        location_id: LOCATION,
        items: [{ line_item_id: line.id, quantity: '1' }],
        labels: [],
      },
    ]);
    expect(
      await rows('select count(*)::int as n from link.order_fulfillment where order_id = $1 and fulfillment_id = $2', [
        order.id,
        fulfillmentId,
      ]),
    ).toEqual([{ n: 1 }]);
    const overFulfil = await supergraph.query(FULFIL, {
      order: order.id,
      items: [{ id: line.id, quantity: 2 }],
      location: LOCATION,
    });
    expect(refusal(overFulfil)).toEqual({
      message: `Cannot fulfill more items than what was ordered for item ${line.id}.`,
      code: 'BAD_USER_INPUT',
    });
    const noLocation = await supergraph.query(FULFIL, { order: order.id, items: [{ id: line.id, quantity: 1 }] });
    expect(refusal(noLocation).code).toBe('BAD_USER_INPUT');
    const notInOrder = await supergraph.query(FULFIL, {
      order: order.id,
      items: [{ id: 'ordli_01JD0000000000000000000000', quantity: 1 }],
      location: LOCATION,
    });
    expect(refusal(notInOrder)).toEqual({
      message: `Items with ids ordli_01JD0000000000000000000000 does not exist in order with id ${order.id}.`,
      code: 'BAD_USER_INPUT',
    });
    expect(await rows('select count(*)::int as n from fulfillment.fulfillment', [])).toEqual([{ n: 1 }]);

    // Ship it with a label, then deliver it.
    await ok(
      send,
      `mutation($order: ID!, $id: ID!) { admin_create_shipment(order_id: $order, fulfillment_id: $id,
        labels: [{ tracking_number: "TRACK-1", tracking_url: "https://t.example/1", label_url: "https://l.example/1" }]) { id } }`,
      { order: order.id, id: fulfillmentId },
    );
    now = await readOrder(order.id);
    expect(now.items[0].detail).toEqual({ fulfilled_quantity: '1', shipped_quantity: '1', delivered_quantity: '0' });
    expect(now.fulfillment_status).toBe('partially_shipped');
    expect(now.fulfillments[0]).toMatchObject({
      shipped_at: expect.any(String),
      labels: [{ tracking_number: 'TRACK-1' }],
    });

    const DELIVER = `mutation($id: ID!) { admin_mark_fulfillment_delivered(fulfillment_id: $id) { id delivered_at } }`;
    const delivered = await ok<{ admin_mark_fulfillment_delivered: { delivered_at: string | null } }>(send, DELIVER, {
      id: fulfillmentId,
    });
    expect(delivered.admin_mark_fulfillment_delivered.delivered_at).toEqual(expect.any(String));
    now = await readOrder(order.id);
    expect(now.items[0].detail).toEqual({ fulfilled_quantity: '1', shipped_quantity: '1', delivered_quantity: '1' });
    expect(now.fulfillment_status).toBe('partially_delivered');
    expect(
      await rows(
        'select fulfilled_quantity::text, shipped_quantity::text, delivered_quantity::text from "order".order_item where item_id = $1',
        [line.id],
      ),
    ).toEqual([{ fulfilled_quantity: '1', shipped_quantity: '1', delivered_quantity: '1' }]);
    expect(refusal(await supergraph.query(DELIVER, { id: fulfillmentId }))).toEqual({
      message: 'Fulfillment has already been marked delivered',
      code: 'NOT_ALLOWED',
    });
  });

  it('refuses to cancel an order with a fulfillment until that is canceled, which gives its items back', async () => {
    const order = await placeOrder('fulfilled-cancel@example.com');
    const [line] = order.items;
    const { admin_create_fulfillment } = await ok<{ admin_create_fulfillment: { id: string } }>(
      send,
      `mutation($order: ID!, $item: ID!, $location: ID) {
        admin_create_fulfillment(order_id: $order, items: [{ id: $item, quantity: 2 }], location_id: $location) { id } }`,
      { order: order.id, item: line.id, location: LOCATION },
    );
    const CANCEL_ORDER = `mutation($id: ID!) { admin_cancel_order(order_id: $id) { id status } }`;
    expect(refusal(await supergraph.query(CANCEL_ORDER, { id: order.id }))).toEqual({
      message: 'All fulfillments must be canceled before canceling an order',
      code: 'NOT_ALLOWED',
    });
    const CANCEL = `mutation($order: ID!, $id: ID!) { admin_cancel_fulfillment(order_id: $order, fulfillment_id: $id) { id canceled_at } }`;
    const canceled = await ok<{ admin_cancel_fulfillment: { canceled_at: string | null } }>(send, CANCEL, {
      order: order.id,
      id: admin_create_fulfillment.id,
    });
    expect(canceled.admin_cancel_fulfillment.canceled_at).toEqual(expect.any(String));
    const now = await readOrder(order.id);
    expect(now.items[0].detail.fulfilled_quantity).toBe('0');
    expect(now.fulfillment_status).toBe('canceled');
    expect(refusal(await supergraph.query(CANCEL, { order: order.id, id: admin_create_fulfillment.id }))).toEqual({
      message: 'The fulfillment is already canceled',
      code: 'NOT_ALLOWED',
    });
    expect(
      (await ok<{ admin_cancel_order: { status: string } }>(send, CANCEL_ORDER, { id: order.id })).admin_cancel_order,
    ).toEqual({ id: order.id, status: 'canceled' });
    expect(
      await rows('select count(*)::int as n from link.order_fulfillment where order_id = $1 and deleted_at is null', [
        order.id,
      ]),
    ).toEqual([{ n: 1 }]);
  });

  it("the payment module's primitives: a repeated capture id captures once, and a cancel is refused after a capture", async () => {
    const order = await placeOrder('primitives@example.com');
    const [payment] = order.payment_collections[0].payments;
    const CAPTURE = `mutation($id: ID!) { capture_payment(payment_id: $id, amount: "1", capture_id: "capt_01JD0000000000000000000001") { captures { id amount } } }`;
    const first = await ok(send, CAPTURE, { id: payment.id });
    expect(await ok(send, CAPTURE, { id: payment.id })).toEqual(first);
    expect(await rows('select count(*)::int as n from payment.capture where payment_id = $1', [payment.id])).toEqual([
      { n: 1 },
    ]);
    const cancel = await supergraph.query(`mutation($id: ID!) { cancel_payment(payment_id: $id) { id } }`, {
      id: payment.id,
    });
    expect(refusal(cancel).code).toBe('NOT_ALLOWED');
    const zero = await supergraph.query(`mutation($id: ID!) { capture_payment(payment_id: $id, amount: "0") { id } }`, {
      id: payment.id,
    });
    expect(refusal(zero)).toEqual({ message: 'Capture amount must be greater than 0.', code: 'BAD_USER_INPUT' });
  });

  it('is for admin users only: a guest and a customer are refused', async () => {
    const mutation = `mutation { admin_cancel_order(order_id: "order_01JD0000000000000000000000") { id } }`;
    const guest = await supergraph.query(mutation, {}, { token: null });
    expect(guest.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const customer = await supergraph.query(
      'mutation { capture_payment(payment_id: "pay_01JD0000000000000000000000") { id } }',
      {},
      { token: await supergraph.tokenFor({ actor_type: 'customer', actor_id: 'cus_01JD0000000000000000000001' }) },
    );
    expect(customer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('compensation: a failed step leaves nothing half-done, and a retry succeeds', () => {
  it('a fulfillment whose link fails is deleted and the items are given back', async () => {
    const order = await placeOrder('fulfil-fails@example.com');
    const [line] = order.items;
    const FULFIL = `mutation($order: ID!, $item: ID!, $location: ID) {
      admin_create_fulfillment(order_id: $order, items: [{ id: $item, quantity: 1 }], location_id: $location) { id } }`;
    const variables = { order: order.id, item: line.id, location: LOCATION };
    proxy.faults.set('CreateLinks', 'fail');
    const failed = await supergraph.query(FULFIL, variables);
    expect(failed.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', step: 'create-links' });
    let now = await readOrder(order.id);
    expect(now.items[0].detail.fulfilled_quantity).toBe('0');
    expect(now.fulfillments).toEqual([]);
    expect(
      await rows('select count(*)::int as n from fulfillment.fulfillment_item where line_item_id = $1', [line.id]),
    ).toEqual([{ n: 0 }]);

    proxy.faults.clear();
    await ok(send, FULFIL, variables);
    now = await readOrder(order.id);
    expect(now.items[0].detail.fulfilled_quantity).toBe('1');
    expect(now.fulfillments).toHaveLength(1);
  });

  it('a capture whose answer is lost is undone by its id, and a retry captures once', async () => {
    const order = await placeOrder('capture-lost@example.com');
    const [payment] = order.payment_collections[0].payments;
    const CAPTURE = `mutation($id: ID!) { admin_capture_payment(payment_id: $id) { id captured_at } }`;
    proxy.faults.set('CapturePayment', 'lose-answer');
    const failed = await supergraph.query(CAPTURE, { id: payment.id });
    expect(failed.errors?.[0]?.extensions).toMatchObject({ step: 'capture-payment' });
    expect(await rows('select count(*)::int as n from payment.capture where payment_id = $1', [payment.id])).toEqual([
      { n: 0 },
    ]);
    expect(await rows('select captured_at from payment.payment where id = $1', [payment.id])).toEqual([
      { captured_at: null },
    ]);

    proxy.faults.clear();
    const retried = await ok<{ admin_capture_payment: { captured_at: string | null } }>(send, CAPTURE, {
      id: payment.id,
    });
    expect(retried.admin_capture_payment.captured_at).toEqual(expect.any(String));
    expect(await rows('select count(*)::int as n from payment.capture where payment_id = $1', [payment.id])).toEqual([
      { n: 1 },
    ]);
  });
});
