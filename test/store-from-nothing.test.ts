import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';

/**
 * A store built from nothing through the supergraph's admin API alone (no seed: only what the
 * modules' migrations write, as Medusa's modules load countries and providers on start): a sales
 * channel, a region with its payment provider, where and how it ships, products with prices, a
 * promotion. Then shoppers check out on it, as a guest and as a registered customer, and an admin
 * manages the orders. Every module's rows and links are read back after each step.
 */
let supergraph: TestSupergraph;

beforeAll(async () => {
  supergraph = await startTestSupergraph(false);
}, 120_000);
afterAll(() => supergraph?.stop());

/** The answer's data; fails the test on any error. */
async function ok<Data>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<Data> {
  const response: GraphQLResponse<Data> = await supergraph.query<Data>(query, variables, { token });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const rows = <Row extends object = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  supergraph.db.query<Row>(sql, params);

/** What the admin builds, filled in step by step. */
const store = {
  channel: '',
  region: '',
  profile: '',
  zone: '',
  option: '',
  variants: [] as string[],
  orders: [] as string[],
};

/** A shopper's checkout on the new store, one workflow mutation at a time; returns the order's id. */
async function checkout(email: string, token: string | null, items: { variant: string; quantity: number }[]) {
  const { create_cart } = await ok<{ create_cart: { id: string; customer_id: string | null } }>(
    `mutation($input: CreateCartInput!) { create_cart(input: $input) { id customer_id } }`,
    {
      input: {
        region_id: store.region,
        sales_channel_id: store.channel,
        email,
        items: items.map(({ variant, quantity }) => ({ variant_id: variant, quantity })),
        promo_codes: ['LAUNCH10'],
        shipping_address: {
          first_name: 'Ada',
          address_1: '1 Main St',
          city: 'Berlin',
          country_code: 'de',
          postal_code: '10115',
        },
      },
    },
    token,
  );
  const cart = create_cart.id;
  const { cart_shipping_options } = await ok<{
    cart_shipping_options: { shipping_option: { id: string }; amount: string }[];
  }>('query($cart: ID!) { cart_shipping_options(cart_id: $cart) { shipping_option { id } amount } }', { cart }, token);
  expect(cart_shipping_options).toEqual([{ shipping_option: { id: store.option }, amount: '4.90' }]);
  await ok(
    'mutation($cart: ID!, $option: ID!) { add_shipping_method(cart_id: $cart, option_id: $option) { id } }',
    { cart, option: store.option },
    token,
  );
  const { create_payment_collection } = await ok<{ create_payment_collection: { id: string } }>(
    'mutation($cart: ID!) { create_payment_collection(cart_id: $cart) { id } }',
    { cart },
    token,
  );
  await ok(
    'mutation($id: ID!) { create_payment_session(payment_collection_id: $id) { id } }',
    { id: create_payment_collection.id },
    token,
  );
  const { complete_cart } = await ok<{ complete_cart: { order: { id: string } } }>(
    'mutation($cart: ID!) { complete_cart(cart_id: $cart) { order { id } } }',
    { cart },
    token,
  );
  return { cart, order: complete_cart.order.id, customer: create_cart.customer_id };
}

/** An order as an admin reads it across modules. */
interface OrderRead {
  id: string;
  email: string;
  status: string;
  total: string;
  item_total: string;
  discount_total: string;
  shipping_total: string;
  customer: { id: string; has_account: boolean } | null;
  promotions: { code: string }[];
  payment_collections: { status: string; amount: string; payments: { amount: string }[] }[];
}

const readOrder = async (id: string) =>
  (
    await ok<{ order: OrderRead }>(
      `query($id: ID!) { order(id: $id) { id email status total item_total discount_total shipping_total
         customer { id has_account } promotions { code }
         payment_collections { status amount payments { amount } } } }`,
      { id },
    )
  ).order;

describe('a store built from nothing through the admin API', () => {
  it('starts with nothing but what the modules load: countries and providers', async () => {
    const empty = await ok<{
      regions: { metadata: { count: number } };
      products: { metadata: { count: number } };
      sales_channels: { metadata: { count: number } };
      payment_providers: { data: { id: string }[] };
    }>(
      `{ regions { metadata { count } } products { metadata { count } } sales_channels { metadata { count } }
         payment_providers { data { id } } }`,
    );
    expect(empty).toEqual({
      regions: { metadata: { count: 0 } },
      products: { metadata: { count: 0 } },
      sales_channels: { metadata: { count: 0 } },
      payment_providers: { data: [{ id: 'pp_system_default' }] },
    });
  });

  it('creates a sales channel and a region with its countries and payment provider', async () => {
    const { create_sales_channels } = await ok<{ create_sales_channels: { id: string }[] }>(
      'mutation { create_sales_channels(data: [{ name: "Webshop" }]) { id } }',
    );
    store.channel = create_sales_channels[0].id;
    const { admin_create_regions } = await ok<{
      admin_create_regions: { id: string; countries: { iso_2: string }[]; payment_providers: { id: string }[] }[];
    }>(
      `mutation { admin_create_regions(data: [{ name: "Europe", currency_code: "EUR", countries: ["de", "fr"],
         payment_providers: ["pp_system_default"] }]) { id countries { iso_2 } payment_providers { id } } }`,
    );
    const [region] = admin_create_regions;
    store.region = region.id;
    expect(region.countries.map((country) => country.iso_2).sort()).toEqual(['de', 'fr']);
    expect(region.payment_providers).toEqual([{ id: 'pp_system_default' }]);
    expect(
      await rows('select region_id, payment_provider_id from link.region_payment_provider where deleted_at is null'),
    ).toEqual([{ region_id: region.id, payment_provider_id: 'pp_system_default' }]);
  });

  it('sets up where and how it ships: a profile, a fulfillment set with a zone, a shipping option with its price', async () => {
    const { create_shipping_profiles } = await ok<{ create_shipping_profiles: { id: string }[] }>(
      'mutation { create_shipping_profiles(data: [{ name: "Default", type: "default" }]) { id } }',
    );
    store.profile = create_shipping_profiles[0].id;
    const { create_fulfillment_sets } = await ok<{
      create_fulfillment_sets: { service_zones: { id: string }[] }[];
    }>(
      `mutation { create_fulfillment_sets(data: [{ name: "Berlin warehouse", type: "shipping",
         service_zones: [{ name: "Germany and France", geo_zones: [{ type: country, country_code: "de" }, { type: country, country_code: "fr" }] }] }])
         { service_zones { id } } }`,
    );
    store.zone = create_fulfillment_sets[0].service_zones[0].id;
    const { create_shipping_options } = await ok<{ create_shipping_options: { id: string }[] }>(
      `mutation($zone: ID!, $profile: ID!) { create_shipping_options(data: [{ name: "Standard", price_type: flat,
         service_zone_id: $zone, shipping_profile_id: $profile, provider_id: "manual_manual",
         type: { label: "Standard", code: "standard", description: "2-3 days" },
         rules: [{ attribute: "enabled_in_store", operator: eq, value: "true" }, { attribute: "is_return", operator: eq, value: "false" }],
         prices: [{ currency_code: "eur", amount: "4.90" }] }]) { id } }`,
      { zone: store.zone, profile: store.profile },
    );
    store.option = create_shipping_options[0].id;
    expect(
      await rows(
        'select currency_code, amount::text from fulfillment.shipping_option_price where shipping_option_id = $1',
        [store.option],
      ),
    ).toEqual([{ currency_code: 'eur', amount: '4.90' }]);
  });

  it('creates products with options, variants and prices, in the channel and the shipping profile', async () => {
    const { admin_create_products } = await ok<{
      admin_create_products: {
        id: string;
        sales_channels: { id: string }[];
        shipping_profile: { id: string };
        variants: { id: string; title: string }[];
      }[];
    }>(
      `mutation($data: [AdminCreateProductInput!]!) { admin_create_products(data: $data) {
         id sales_channels { id } shipping_profile { id } variants { id title } } }`,
      {
        data: [
          {
            title: 'Linen Shirt',
            status: 'published',
            sales_channels: [{ id: store.channel }],
            shipping_profile_id: store.profile,
            options: [{ title: 'Size', values: ['M', 'L'] }],
            variants: [
              { title: 'M', sku: 'LINEN-M', options: { Size: 'M' }, prices: [{ currency_code: 'eur', amount: '40' }] },
              {
                title: 'L',
                sku: 'LINEN-L',
                options: { Size: 'L' },
                prices: [{ currency_code: 'eur', amount: '42.50' }],
              },
            ],
          },
        ],
      },
    );
    const [product] = admin_create_products;
    expect(product.sales_channels).toEqual([{ id: store.channel }]);
    expect(product.shipping_profile).toEqual({ id: store.profile });
    store.variants = product.variants.map((variant) => variant.id);
    expect(
      await rows(
        'select sales_channel_id from link.product_sales_channel where product_id = $1 and deleted_at is null',
        [product.id],
      ),
    ).toEqual([{ sales_channel_id: store.channel }]);
    // A guest sees it in the storefront.
    const { products } = await ok<{ products: { data: { title: string }[] } }>(
      '{ products { data { title } } }',
      {},
      null,
    );
    expect(products.data).toEqual([{ title: 'Linen Shirt' }]);
  });

  it('creates a 10% launch code in a campaign', async () => {
    await ok(
      `mutation { create_promotions(data: [{ code: "LAUNCH10", type: standard, status: active,
         campaign: { name: "Launch", campaign_identifier: "LAUNCH", budget: { type: usage, limit: "100" } },
         application_method: { type: percentage, target_type: items, allocation: across, value: "10" } }]) { id } }`,
    );
    expect(await rows('select code, status from promotion.promotion where deleted_at is null')).toEqual([
      { code: 'LAUNCH10', status: 'active' },
    ]);
  });

  it("runs a guest's checkout on it: items, code, shipping and payment become one order", async () => {
    const guest = await checkout('guest@example.com', null, [{ variant: store.variants[0], quantity: 2 }]);
    store.orders.push(guest.order);
    const order = await readOrder(guest.order);
    // 2 × 40 less 10% (Medusa's item_total is after discounts), 4.90 shipping.
    expect(order).toMatchObject({
      email: 'guest@example.com',
      status: 'pending',
      item_total: '72',
      discount_total: '8',
      shipping_total: '4.9',
      total: '76.9',
      customer: { has_account: false },
      promotions: [{ code: 'LAUNCH10' }],
      payment_collections: [{ status: 'authorized', amount: '76.9', payments: [{ amount: '76.9' }] }],
    });
    expect(await rows('select cart_id from link.order_cart where order_id = $1', [guest.order])).toEqual([
      { cart_id: guest.cart },
    ]);
  });

  it("runs a registered customer's checkout: register, sign in again, order on the account", async () => {
    const registration = await supergraph.tokenFor({
      actor_type: 'customer',
      actor_id: '',
      auth_identity_id: 'authid_store_from_nothing',
      email: 'ada@example.com',
    });
    const { register_customer } = await ok<{ register_customer: { customer: { id: string } } }>(
      'mutation { register_customer(data: { first_name: "Ada", last_name: "Lovelace" }) { customer { id } } }',
      {},
      registration,
    );
    const customer = register_customer.customer.id;
    const token = await supergraph.tokenFor({ actor_type: 'customer', actor_id: customer });
    const placed = await checkout('ada@example.com', token, [
      { variant: store.variants[0], quantity: 1 },
      { variant: store.variants[1], quantity: 1 },
    ]);
    store.orders.push(placed.order);
    expect(placed.customer).toBe(customer);
    expect(await readOrder(placed.order)).toMatchObject({
      customer: { id: customer, has_account: true },
      item_total: '74.25',
      discount_total: '8.25',
      total: '79.15',
    });
    // Her orders are hers: she reads them, another shopper does not.
    const mine = await ok<{ me: { orders: { data: { id: string }[] } } }>(
      '{ me { orders { data { id } } } }',
      {},
      token,
    );
    expect(mine.me.orders.data).toEqual([{ id: placed.order }]);
    const stranger = await supergraph.query(`{ order(id: "${placed.order}") { id } }`, {}, { token: null });
    expect(stranger.data?.order ?? null).toBeNull();
  });

  it("cancels the guest's order: its payment canceled, its links kept", async () => {
    const [guestOrder] = store.orders;
    const { admin_cancel_order } = await ok<{ admin_cancel_order: { status: string } }>(
      'mutation($id: ID!) { admin_cancel_order(order_id: $id) { status } }',
      { id: guestOrder },
    );
    expect(admin_cancel_order.status).toBe('canceled');
    const { order } = await ok<{
      order: {
        status: string;
        payment_status: string;
        payment_collections: { status: string; payments: { canceled_at: string | null }[] }[];
      };
    }>(
      'query($id: ID!) { order(id: $id) { status payment_status payment_collections { status payments { canceled_at } } } }',
      { id: guestOrder },
    );
    expect(order).toEqual({
      status: 'canceled',
      payment_status: 'canceled',
      payment_collections: [{ status: 'canceled', payments: [{ canceled_at: expect.any(String) }] }],
    });
    expect(
      await rows('select count(*)::int as n from link.order_cart where order_id = $1 and deleted_at is null', [
        guestOrder,
      ]),
    ).toEqual([{ n: 1 }]);
    expect(
      await rows(
        'select count(*)::int as n from link.order_payment_collection where order_id = $1 and deleted_at is null',
        [guestOrder],
      ),
    ).toEqual([{ n: 1 }]);
  });

  it("captures, refunds part of, fulfils, ships and delivers the customer's order", async () => {
    const [, customerOrder] = store.orders;
    const read = async () =>
      (
        await ok<{
          order: {
            payment_status: string;
            fulfillment_status: string;
            items: { id: string; quantity: string }[];
            payment_collections: { captured_amount: string; refunded_amount: string; payments: { id: string }[] }[];
          };
        }>(
          `query($id: ID!) { order(id: $id) { payment_status fulfillment_status items { id quantity }
             payment_collections { captured_amount refunded_amount payments { id } } } }`,
          { id: customerOrder },
        )
      ).order;
    const before = await read();
    expect(before).toMatchObject({ payment_status: 'authorized', fulfillment_status: 'not_fulfilled' });
    const payment = before.payment_collections[0].payments[0].id;

    await ok('mutation($id: ID!) { admin_capture_payment(payment_id: $id) { id } }', { id: payment });
    expect(await read()).toMatchObject({
      payment_status: 'captured',
      payment_collections: [{ captured_amount: '79.15' }],
    });

    const { create_refund_reasons } = await ok<{ create_refund_reasons: { id: string }[] }>(
      'mutation { create_refund_reasons(data: [{ label: "Goodwill", code: "goodwill" }]) { id } }',
    );
    await ok(
      'mutation($id: ID!, $reason: ID!) { admin_refund_payment(payment_id: $id, amount: "10", refund_reason_id: $reason, note: "Late") { id } }',
      { id: payment, reason: create_refund_reasons[0].id },
    );
    expect(await read()).toMatchObject({
      payment_status: 'partially_refunded',
      payment_collections: [{ captured_amount: '79.15', refunded_amount: '10' }],
    });

    const { admin_create_fulfillment } = await ok<{ admin_create_fulfillment: { id: string } }>(
      `mutation($order: ID!, $items: [OrderFulfillmentItemInput!]!) {
         admin_create_fulfillment(order_id: $order, items: $items, location_id: "sloc_01JD0000000000000000000001") { id } }`,
      { order: customerOrder, items: before.items.map((item) => ({ id: item.id, quantity: Number(item.quantity) })) },
    );
    expect((await read()).fulfillment_status).toBe('fulfilled');
    await ok(
      'mutation($order: ID!, $id: ID!) { admin_create_shipment(order_id: $order, fulfillment_id: $id, labels: [{ tracking_number: "T-1", tracking_url: "https://t.example/1", label_url: "https://l.example/1" }]) { id } }',
      { order: customerOrder, id: admin_create_fulfillment.id },
    );
    expect((await read()).fulfillment_status).toBe('shipped');
    await ok('mutation($id: ID!) { admin_mark_fulfillment_delivered(fulfillment_id: $id) { id } }', {
      id: admin_create_fulfillment.id,
    });
    expect((await read()).fulfillment_status).toBe('delivered');
    expect(
      await rows('select fulfillment_id from link.order_fulfillment where order_id = $1 and deleted_at is null', [
        customerOrder,
      ]),
    ).toEqual([{ fulfillment_id: admin_create_fulfillment.id }]);
    expect(
      await rows(
        `select sum(fulfilled_quantity)::int as fulfilled, sum(delivered_quantity)::int as delivered
           from "order".order_item where item_id = any($1)`,
        [before.items.map((item) => item.id)],
      ),
    ).toEqual([{ fulfilled: 2, delivered: 2 }]);
  });
});
