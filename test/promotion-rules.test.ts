import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';
import { shipAndPay } from './support/checkout';

/**
 * Medusa 2.21.2's promotion computation through the real gateway: automatic promotions, rules on
 * the cart, its customer's groups and its items' product, variant, type, collection, tags and
 * categories with every operator, `each`/`across`/order targets, buy-get, shipping-method targets,
 * the order of several promotions, usage limits, campaign budgets and dates, and the refusals.
 *
 * Every amount is the one a running Medusa 2.21.2 gave for the same cart: the same products
 * (A 30 EUR with a type, a collection, a tag and a category; B 20 EUR; C 12.5 EUR), the same
 * promotions (created with POST /admin/promotions, codes prefixed `promo-`) and carts created with
 * POST /store/carts { region_id, items, promo_codes } (then POST /store/carts/:id/shipping-methods
 * and POST /store/carts/:id/promotions where said); "Medusa answered" quotes its cart's
 * items[].adjustments[].amount, shipping_methods[].adjustments[].amount and promotions[].code.
 */
let supergraph: TestSupergraph;
let europe: string;
let salesChannel: string;
let profile: string;
const ids = { type: '', collection: '', tag: '', category: '' };
const A = { product: '', variant: '' };
const B = { product: '', variant: '' };
const C = { product: '', variant: '' };

beforeAll(async () => {
  supergraph = await startTestSupergraph(0);
  const base = await ok<{
    regions: { data: { id: string; name: string }[] };
    sales_channels: { data: { id: string; name: string }[] };
    shipping_profiles: { data: { id: string; type: string }[] };
  }>(`{ regions { data { id name } } sales_channels { data { id name } } shipping_profiles { data { id type } } }`);
  europe = base.regions.data.find((region) => region.name === 'Europe')!.id;
  salesChannel = base.sales_channels.data.find((channel) => channel.name === 'Default Sales Channel')!.id;
  profile = base.shipping_profiles.data.find((row) => row.type === 'default')!.id;
  const made = await ok<{
    create_product_types: { id: string }[];
    create_product_collections: { id: string }[];
    create_product_tags: { id: string }[];
    create_product_categories: { id: string }[];
  }>(`mutation {
    create_product_types(data: [{ value: "promo-type" }]) { id }
    create_product_collections(data: [{ title: "promo-coll" }]) { id }
    create_product_tags(data: [{ value: "promo-tag" }]) { id }
    create_product_categories(data: [{ name: "promo-cat", is_active: true }]) { id }
  }`);
  ids.type = made.create_product_types[0].id;
  ids.collection = made.create_product_collections[0].id;
  ids.tag = made.create_product_tags[0].id;
  ids.category = made.create_product_categories[0].id;
  const product = (title: string, amount: string, extra: Record<string, unknown> = {}) => ({
    title,
    status: 'published',
    sales_channels: [{ id: salesChannel }],
    shipping_profile_id: profile,
    options: [{ title: 'Default', values: ['Default'] }],
    variants: [
      {
        title: 'Default',
        manage_inventory: false,
        options: { Default: 'Default' },
        prices: [{ currency_code: 'eur', amount }],
      },
    ],
    ...extra,
  });
  const { admin_create_products } = await ok<{
    admin_create_products: { id: string; variants: { id: string }[] }[];
  }>(`mutation($data: [AdminCreateProductInput!]!) { admin_create_products(data: $data) { id variants { id } } }`, {
    data: [
      product('promo-a', '30', {
        type_id: ids.type,
        collection_id: ids.collection,
        tag_ids: [ids.tag],
        category_ids: [ids.category],
      }),
      product('promo-b', '20'),
      product('promo-c', '12.5'),
    ],
  });
  [A, B, C].forEach((line, index) => {
    line.product = admin_create_products[index].id;
    line.variant = admin_create_products[index].variants[0].id;
  });
});
afterAll(() => supergraph?.stop());

async function ok<Data>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Data> {
  const response = await supergraph.query<Data>(query, variables, token ? { token } : undefined);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

interface Cart {
  id: string;
  items: {
    product_id: string;
    quantity: number;
    adjustments: { code: string; amount: string; is_tax_inclusive: boolean }[];
  }[];
  shipping_methods: { amount: string; adjustments: { code: string; amount: string }[] }[];
  promotions: { code: string }[];
  discount_total: string;
  total: string;
}
const CART = `id items { product_id quantity adjustments { code amount is_tax_inclusive } }
  shipping_methods { amount adjustments { code amount } } promotions { code } discount_total total`;

type Line = [typeof A, number];
async function newCart(lines: Line[], codes: string[] = [], token?: string): Promise<Cart> {
  const { create_cart } = await ok<{ create_cart: Cart }>(
    `mutation($input: CreateCartInput!) { create_cart(input: $input) { ${CART} } }`,
    {
      input: {
        region_id: europe,
        email: 'promo@example.com',
        items: lines.map(([line, quantity]) => ({ variant_id: line.variant, quantity })),
        promo_codes: codes,
        shipping_address: {
          first_name: 'P',
          last_name: 'Q',
          address_1: 'x',
          city: 'Berlin',
          country_code: 'de',
          postal_code: '10115',
        },
      },
    },
    token,
  );
  return create_cart;
}
const readCart = async (id: string) =>
  (await ok<{ cart: Cart }>(`query($id: ID!) { cart(id: $id) { ${CART} } }`, { id })).cart;

/** Each line's adjustments as [code, amount] (amounts as numbers), in the order of the lines asked for. */
function adjustments(cart: Cart, ...lines: (typeof A)[]): [string, number][][] {
  return lines.map((line) =>
    cart.items
      .filter((item) => item.product_id === line.product)
      .flatMap((item) =>
        item.adjustments.map((adjustment): [string, number] => [adjustment.code, Number(adjustment.amount)]),
      ),
  );
}
const codes = (cart: Cart) => cart.promotions.map((promotion) => promotion.code).sort();

interface Rule {
  attribute: string;
  operator: string;
  values: string[];
}
interface Method {
  type: 'fixed' | 'percentage';
  target_type: 'items' | 'order' | 'shipping_methods';
  allocation?: 'each' | 'across' | 'once';
  value: string;
  currency_code?: string;
  max_quantity?: number;
  apply_to_quantity?: number;
  buy_rules_min_quantity?: number;
  target_rules?: Rule[];
  buy_rules?: Rule[];
}
async function promotion(
  code: string,
  application_method: Method,
  extra: {
    rules?: Rule[];
    type?: string;
    is_automatic?: boolean;
    status?: string;
    limit?: number;
    campaign?: unknown;
  } = {},
): Promise<string> {
  const { create_promotions } = await ok<{ create_promotions: { id: string }[] }>(
    `mutation($data: [PromotionCreateInput!]!) { create_promotions(data: $data) { id } }`,
    { data: [{ code, type: 'standard', status: 'active', application_method, ...extra }] },
  );
  return create_promotions[0].id;
}
function errorOf(response: GraphQLResponse) {
  return { code: response.errors?.[0]?.extensions?.code, message: response.errors?.[0]?.message };
}

describe('automatic promotions', () => {
  it('apply with no code on every refresh while active, and leave when made inactive', async () => {
    const id = await promotion(
      'promo-auto',
      {
        type: 'percentage',
        target_type: 'items',
        allocation: 'each',
        value: '10',
        max_quantity: 5,
        target_rules: [{ attribute: 'items.product.type_id', operator: 'in', values: [ids.type] }],
      },
      {
        is_automatic: true,
        rules: [{ attribute: 'items.product.id', operator: 'in', values: [A.product, B.product] }],
      },
    );
    // Medusa answered: A (2 × 30) [["promo-auto", 6]], B [], promotions ["promo-auto"], discount_total 6, total 74.
    const cart = await newCart([
      [A, 2],
      [B, 1],
    ]);
    expect(adjustments(cart, A, B)).toEqual([[['promo-auto', 6]], []]);
    expect(codes(cart)).toEqual(['promo-auto']);
    expect(Number(cart.total)).toBe(74);
    await ok(`mutation($id: ID!) { update_promotions(id: $id, data: { status: inactive }) { id } }`, { id });
    // Medusa answered, the promotion inactive: no adjustment, no promotion, total 80.
    await ok(`mutation($cart: ID!) { add_promotions(cart_id: $cart, promo_codes: []) { id } }`, { cart: cart.id });
    const after = await readCart(cart.id);
    expect(adjustments(after, A, B)).toEqual([[], []]);
    expect(codes(after)).toEqual([]);
    expect(Number(after.total)).toBe(80);
  });
});

describe('rules on items, every operator', () => {
  it('gte on the unit price, fixed each with max_quantity 2', async () => {
    await promotion('promo-gte', {
      type: 'fixed',
      target_type: 'items',
      allocation: 'each',
      value: '5',
      currency_code: 'eur',
      max_quantity: 2,
      target_rules: [{ attribute: 'items.unit_price', operator: 'gte', values: ['25'] }],
    });
    // Medusa answered: A ×3 [["promo-gte", 10]], B [].
    expect(
      adjustments(
        await newCart(
          [
            [A, 3],
            [B, 1],
          ],
          ['promo-gte'],
        ),
        A,
        B,
      ),
    ).toEqual([[['promo-gte', 10]], []]);
  });

  it('lt on the unit price, percentage each', async () => {
    await promotion('promo-lt', {
      type: 'percentage',
      target_type: 'items',
      allocation: 'each',
      value: '10',
      max_quantity: 10,
      target_rules: [{ attribute: 'items.unit_price', operator: 'lt', values: ['25'] }],
    });
    // Medusa answered: A [], B ×2 [["promo-lt", 4]], C ×3 (12.5) [["promo-lt", 3.75]].
    const cart = await newCart(
      [
        [A, 1],
        [B, 2],
        [C, 3],
      ],
      ['promo-lt'],
    );
    expect(adjustments(cart, A, B, C)).toEqual([[], [['promo-lt', 4]], [['promo-lt', 3.75]]]);
  });

  it("in on the product's tags, percentage across", async () => {
    await promotion('promo-tag', {
      type: 'percentage',
      target_type: 'items',
      allocation: 'across',
      value: '20',
      target_rules: [{ attribute: 'items.product.tags.id', operator: 'in', values: [ids.tag] }],
    });
    // Medusa answered: A ×2 [["promo-tag", 12]], B [].
    expect(
      adjustments(
        await newCart(
          [
            [A, 2],
            [B, 1],
          ],
          ['promo-tag'],
        ),
        A,
        B,
      ),
    ).toEqual([[['promo-tag', 12]], []]);
  });

  it("in on the product's categories, fixed each with max_quantity 1", async () => {
    await promotion('promo-cat', {
      type: 'fixed',
      target_type: 'items',
      allocation: 'each',
      value: '4',
      currency_code: 'eur',
      max_quantity: 1,
      target_rules: [{ attribute: 'items.product.categories.id', operator: 'in', values: [ids.category] }],
    });
    // Medusa answered: A ×3 [["promo-cat", 4]], B [].
    expect(
      adjustments(
        await newCart(
          [
            [A, 3],
            [B, 1],
          ],
          ['promo-cat'],
        ),
        A,
        B,
      ),
    ).toEqual([[['promo-cat', 4]], []]);
  });

  it("eq on the product's collection, fixed across", async () => {
    await promotion('promo-coll', {
      type: 'fixed',
      target_type: 'items',
      allocation: 'across',
      value: '7',
      currency_code: 'eur',
      target_rules: [{ attribute: 'items.product.collection_id', operator: 'eq', values: [ids.collection] }],
    });
    // Medusa answered: A [["promo-coll", 7]], B [].
    expect(
      adjustments(
        await newCart(
          [
            [A, 1],
            [B, 1],
          ],
          ['promo-coll'],
        ),
        A,
        B,
      ),
    ).toEqual([[['promo-coll', 7]], []]);
  });

  it('ne on the variant, percentage each', async () => {
    await promotion('promo-ne', {
      type: 'percentage',
      target_type: 'items',
      allocation: 'each',
      value: '50',
      max_quantity: 10,
      target_rules: [{ attribute: 'items.variant.id', operator: 'ne', values: [A.variant] }],
    });
    // Medusa answered: A [], B ×2 [["promo-ne", 20]].
    expect(
      adjustments(
        await newCart(
          [
            [A, 1],
            [B, 2],
          ],
          ['promo-ne'],
        ),
        A,
        B,
      ),
    ).toEqual([[], [['promo-ne', 20]]]);
  });
});

describe('allocation once', () => {
  it('discounts the cheapest units first, max_quantity units over all lines', async () => {
    await promotion('promo-once', {
      type: 'percentage',
      target_type: 'items',
      allocation: 'once',
      value: '50',
      max_quantity: 3,
    });
    // Medusa answered: A ×2 [], B ×2 [["promo-once", 10]], C ×2 [["promo-once", 12.5]].
    const cart = await newCart(
      [
        [A, 2],
        [B, 2],
        [C, 2],
      ],
      ['promo-once'],
    );
    expect(adjustments(cart, A, B, C)).toEqual([[], [['promo-once', 10]], [['promo-once', 12.5]]]);
  });
});

describe('rules on the cart and the order of several promotions', () => {
  it('applies the higher value first whatever the order of the codes; an order target is spread across', async () => {
    await promotion(
      'promo-order',
      { type: 'fixed', target_type: 'order', value: '15', currency_code: 'eur' },
      { rules: [{ attribute: 'currency_code', operator: 'in', values: ['eur'] }] },
    );
    await promotion('promo-pct10', { type: 'percentage', target_type: 'order', value: '10' });
    // Medusa answered (promo_codes [pct10, order]): A [["promo-order", 9], ["promo-pct10", 2.1]],
    // B [["promo-order", 6], ["promo-pct10", 1.4]], discount_total 18.5, total 31.5.
    const cart = await newCart(
      [
        [A, 1],
        [B, 1],
      ],
      ['promo-pct10', 'promo-order'],
    );
    expect(adjustments(cart, A, B)).toEqual([
      [
        ['promo-order', 9],
        ['promo-pct10', 2.1],
      ],
      [
        ['promo-order', 6],
        ['promo-pct10', 1.4],
      ],
    ]);
    expect(codes(cart)).toEqual(['promo-order', 'promo-pct10']);
    expect(Number(cart.total)).toBe(31.5);
  });

  it('a rule the cart does not meet (region) gives no adjustment and no error', async () => {
    await promotion(
      'promo-region',
      { type: 'percentage', target_type: 'order', value: '10' },
      { rules: [{ attribute: 'region_id', operator: 'eq', values: ['reg_none'] }] },
    );
    // Medusa answered: 200, no adjustment, promotions [].
    const cart = await newCart([[A, 1]], ['promo-region']);
    expect(adjustments(cart, A)).toEqual([[]]);
    expect(codes(cart)).toEqual([]);
  });

  it("a rule on the customer's groups holds for a member only", async () => {
    const group = (
      await ok<{ create_customer_groups: { id: string }[] }>(
        `mutation { create_customer_groups(data: [{ name: "promo-group" }]) { id } }`,
      )
    ).create_customer_groups[0].id;
    const customer = (
      await ok<{ create_customers: { id: string }[] }>(
        `mutation { create_customers(data: [{ email: "promo-member@example.com", has_account: true }]) { id } }`,
      )
    ).create_customers[0].id;
    await ok(
      `mutation($group: ID!, $customer: ID!) { add_customers_to_group(group_id: $group, customer_ids: [$customer]) { id } }`,
      {
        group,
        customer,
      },
    );
    await promotion(
      'promo-group',
      { type: 'percentage', target_type: 'order', value: '15' },
      { rules: [{ attribute: 'customer.groups.id', operator: 'in', values: [group] }] },
    );
    const token = await supergraph.tokenFor({ actor_type: 'customer', actor_id: customer });
    // Medusa answered (a cart of the member): A [["promo-group", 4.5]], B [["promo-group", 3]]; a guest's: none.
    expect(
      adjustments(
        await newCart(
          [
            [A, 1],
            [B, 1],
          ],
          ['promo-group'],
          token,
        ),
        A,
        B,
      ),
    ).toEqual([[['promo-group', 4.5]], [['promo-group', 3]]]);
    expect(
      adjustments(
        await newCart(
          [
            [A, 1],
            [B, 1],
          ],
          ['promo-group'],
        ),
        A,
        B,
      ),
    ).toEqual([[], []]);
  });
});

describe('automatic promotions where Medusa refreshes', () => {
  it("one on the customer's group appears when a member takes over a guest's cart", async () => {
    const group = (
      await ok<{ create_customer_groups: { id: string }[] }>(
        `mutation { create_customer_groups(data: [{ name: "promo-vip" }]) { id } }`,
      )
    ).create_customer_groups[0].id;
    const customer = (
      await ok<{ create_customers: { id: string }[] }>(
        `mutation { create_customers(data: [{ email: "promo-vip@example.com", has_account: true }]) { id } }`,
      )
    ).create_customers[0].id;
    await ok(
      `mutation($group: ID!, $customer: ID!) { add_customers_to_group(group_id: $group, customer_ids: [$customer]) { id } }`,
      { group, customer },
    );
    const id = await promotion(
      'promo-vip',
      { type: 'fixed', currency_code: 'eur', target_type: 'order', value: '5' },
      {
        is_automatic: true,
        rules: [
          { attribute: 'customer.groups.id', operator: 'in', values: [group] },
          { attribute: 'items.product.id', operator: 'in', values: [A.product, B.product] },
        ],
      },
    );
    // Medusa answered: the guest's cart (A, B) has no adjustment, total 50; after POST
    // /store/carts/:id/customer as the member: A [["promo-vip", 3]], B [["promo-vip", 2]], total 45.
    const cart = await newCart([
      [A, 1],
      [B, 1],
    ]);
    expect(adjustments(cart, A, B)).toEqual([[], []]);
    const token = await supergraph.tokenFor({ actor_type: 'customer', actor_id: customer });
    await ok(`mutation($cart: ID!) { transfer_cart_customer(cart_id: $cart) { id } }`, { cart: cart.id }, token);
    const after = await readCart(cart.id);
    expect(adjustments(after, A, B)).toEqual([[['promo-vip', 3]], [['promo-vip', 2]]]);
    expect(codes(after)).toEqual(['promo-vip']);
    expect(Number(after.total)).toBe(45);
    await ok(`mutation($id: ID!) { update_promotions(id: $id, data: { status: inactive }) { id } }`, { id });
  });
});

describe('buy-get', () => {
  const buyA = [{ attribute: 'items.product.id', operator: 'in', values: [] as string[] }];
  beforeAll(async () => {
    buyA[0].values = [A.product];
    await promotion(
      'promo-bxgy',
      {
        type: 'percentage',
        target_type: 'items',
        allocation: 'each',
        value: '100',
        max_quantity: 2,
        apply_to_quantity: 1,
        buy_rules_min_quantity: 2,
        buy_rules: buyA,
        target_rules: [{ attribute: 'items.product.id', operator: 'in', values: [B.product] }],
      },
      { type: 'buyget' },
    );
  });

  it('every 2 A give 1 B free, at most 2', async () => {
    // Medusa answered: A ×4 [], B ×3 [["promo-bxgy", 40]].
    expect(
      adjustments(
        await newCart(
          [
            [A, 4],
            [B, 3],
          ],
          ['promo-bxgy'],
        ),
        A,
        B,
      ),
    ).toEqual([[], [['promo-bxgy', 40]]]);
    // Medusa answered: A ×1, B ×3: no adjustment, promotions [].
    const short = await newCart(
      [
        [A, 1],
        [B, 3],
      ],
      ['promo-bxgy'],
    );
    expect(adjustments(short, A, B)).toEqual([[], []]);
    expect(codes(short)).toEqual([]);
  });

  it('buy and target the same product: units used on one side are not used on the other', async () => {
    await promotion(
      'promo-same',
      {
        type: 'fixed',
        currency_code: 'eur',
        target_type: 'items',
        allocation: 'each',
        value: '10',
        max_quantity: 3,
        apply_to_quantity: 1,
        buy_rules_min_quantity: 1,
        buy_rules: buyA,
        target_rules: buyA,
      },
      { type: 'buyget' },
    );
    // Medusa answered: A ×5 [["promo-same", 20]].
    expect(adjustments(await newCart([[A, 5]], ['promo-same']), A)).toEqual([[['promo-same', 20]]]);
  });

  it('comes before a standard promotion, which discounts what it left', async () => {
    // Medusa answered: A ×4 [["promo-pct10", 12]], B ×3 [["promo-bxgy", 40], ["promo-pct10", 2]].
    const cart = await newCart(
      [
        [A, 4],
        [B, 3],
      ],
      ['promo-pct10', 'promo-bxgy'],
    );
    expect(adjustments(cart, A, B)).toEqual([
      [['promo-pct10', 12]],
      [
        ['promo-bxgy', 40],
        ['promo-pct10', 2],
      ],
    ]);
  });
});

describe('shipping-method targets', () => {
  it('discount the shipping methods their rules hold for; a code that discounts nothing does not stay', async () => {
    const options = await ok<{
      cart_shipping_options: {
        shipping_option: { id: string; name: string; shipping_option_type_id: string };
        amount: string;
      }[];
    }>(
      `query($id: ID!) { cart_shipping_options(cart_id: $id) { shipping_option { id name shipping_option_type_id } amount } }`,
      { id: (await newCart([[A, 1]])).id },
    );
    const standard = options.cart_shipping_options.find(
      (option) => option.shipping_option.name === 'Standard Shipping',
    )!;
    await promotion('promo-ship', {
      type: 'fixed',
      currency_code: 'eur',
      target_type: 'shipping_methods',
      allocation: 'each',
      value: '3',
      max_quantity: 1,
      target_rules: [
        {
          attribute: 'shipping_methods.shipping_option.shipping_option_type_id',
          operator: 'in',
          values: [standard.shipping_option.shipping_option_type_id],
        },
      ],
    });
    await promotion('promo-shipno', {
      type: 'percentage',
      target_type: 'shipping_methods',
      allocation: 'each',
      value: '50',
      max_quantity: 1,
      target_rules: [
        {
          attribute: 'shipping_methods.shipping_option.shipping_option_type_id',
          operator: 'in',
          values: ['sotype_none'],
        },
      ],
    });
    await promotion('promo-shippct', {
      type: 'percentage',
      target_type: 'shipping_methods',
      allocation: 'across',
      value: '50',
    });
    // Medusa answered: a code for shipping on a cart without a shipping method gives nothing and is
    // not kept: promotions [] before and after the method is added.
    const cart = await newCart([[A, 1]], ['promo-ship']);
    expect(codes(cart)).toEqual([]);
    const addMethod = () =>
      ok(`mutation($cart: ID!, $option: ID!) { add_shipping_method(cart_id: $cart, option_id: $option) { id } }`, {
        cart: cart.id,
        option: standard.shipping_option.id,
      });
    await addMethod();
    expect(codes(await readCart(cart.id))).toEqual([]);
    // Medusa answered (POST /promotions [ship, shipno] after the method): shipping [["promo-ship", 3]], promotions ["promo-ship"].
    await ok(
      `mutation($cart: ID!) { add_promotions(cart_id: $cart, promo_codes: ["promo-ship", "promo-shipno"]) { id } }`,
      {
        cart: cart.id,
      },
    );
    let after = await readCart(cart.id);
    expect(
      after.shipping_methods.map((method) =>
        method.adjustments.map((adjustment) => [adjustment.code, Number(adjustment.amount)]),
      ),
    ).toEqual([[['promo-ship', 3]]]);
    expect(codes(after)).toEqual(['promo-ship']);
    // Medusa answered (50% across on its 10 EUR method): [["promo-shippct", 5]]; here on what promo-ship left of 8 EUR.
    // Both apply, the higher value (50) first: 50% of 8 is 4, then 3 of the 4 left.
    await ok(`mutation($cart: ID!) { add_promotions(cart_id: $cart, promo_codes: ["promo-shippct"]) { id } }`, {
      cart: cart.id,
    });
    after = await readCart(cart.id);
    expect(Number(after.shipping_methods[0].amount)).toBe(8);
    expect(
      after.shipping_methods[0].adjustments.map((adjustment) => [adjustment.code, Number(adjustment.amount)]),
    ).toEqual([
      ['promo-shippct', 4],
      ['promo-ship', 3],
    ]);
    // The method is replaced: its adjustments are computed again on the new one.
    await addMethod();
    after = await readCart(cart.id);
    expect(after.shipping_methods[0].adjustments.map((adjustment) => adjustment.code)).toEqual([
      'promo-shippct',
      'promo-ship',
    ]);
    expect(codes(after)).toEqual(['promo-ship', 'promo-shippct']);
    // The order made at completion copies the shipping-method adjustments, and counts them in its totals.
    const { create_payment_collection } = await ok<{ create_payment_collection: { id: string } }>(
      `mutation($cart: ID!) { create_payment_collection(cart_id: $cart) { id } }`,
      { cart: cart.id },
    );
    await ok(`mutation($id: ID!) { create_payment_session(payment_collection_id: $id) { id } }`, {
      id: create_payment_collection.id,
    });
    const { complete_cart } = await ok<{
      complete_cart: {
        order: {
          shipping_total: string;
          shipping_methods: { total: string; adjustments: { code: string; amount: string }[] }[];
        };
      };
    }>(
      `mutation($cart: ID!) { complete_cart(cart_id: $cart) { order { shipping_total shipping_methods { total adjustments { code amount } } } } }`,
      { cart: cart.id },
    );
    expect(
      complete_cart.order.shipping_methods.map((method) => [
        Number(method.total),
        method.adjustments.map((adjustment) => [adjustment.code, Number(adjustment.amount)]),
      ]),
    ).toEqual([
      [
        1,
        [
          ['promo-shippct', 4],
          ['promo-ship', 3],
        ],
      ],
    ]);
    expect(Number(complete_cart.order.shipping_total)).toBe(1);
  });
});

describe('limits, budgets, dates and refusals', () => {
  it('a spend budget is checked against each adjustment alone, as Medusa does', async () => {
    await promotion(
      'promo-spend',
      { type: 'fixed', currency_code: 'eur', target_type: 'items', allocation: 'each', value: '4', max_quantity: 1 },
      {
        campaign: {
          name: 'promo-spend',
          campaign_identifier: 'promo-spend',
          budget: { type: 'spend', limit: '5', currency_code: 'eur' },
        },
      },
    );
    // Medusa answered (budget spend, limit 5): A [["promo-spend", 4]], B [["promo-spend", 4]], discount_total 8.
    expect(
      adjustments(
        await newCart(
          [
            [A, 1],
            [B, 1],
          ],
          ['promo-spend'],
        ),
        A,
        B,
      ),
    ).toEqual([[['promo-spend', 4]], [['promo-spend', 4]]]);
  });

  it('an ended campaign or a draft promotion gives nothing and no error; an unknown code is refused', async () => {
    await promotion(
      'promo-ended',
      { type: 'percentage', target_type: 'order', value: '10' },
      {
        campaign: {
          name: 'promo-ended',
          campaign_identifier: 'promo-ended',
          starts_at: '2020-01-01T00:00:00Z',
          ends_at: '2021-01-01T00:00:00Z',
        },
      },
    );
    await promotion('promo-draft', { type: 'percentage', target_type: 'order', value: '10' }, { status: 'draft' });
    // Medusa answered: 200, no adjustment, promotions [] (both).
    for (const code of ['promo-ended', 'promo-draft']) {
      const cart = await newCart([[A, 1]], [code]);
      expect(adjustments(cart, A)).toEqual([[]]);
      expect(codes(cart)).toEqual([]);
    }
    // Medusa answered: 400 {"type":"invalid_data","message":"The promotion code promo-nope is invalid"}.
    const cart = await newCart([[A, 1]]);
    const refused = await supergraph.query(
      `mutation($cart: ID!) { add_promotions(cart_id: $cart, promo_codes: ["promo-nope"]) { id } }`,
      { cart: cart.id },
    );
    expect(errorOf(refused)).toEqual({ code: 'BAD_USER_INPUT', message: 'The promotion code promo-nope is invalid' });
  });

  it('a promotion at its usage limit and a spent usage budget give nothing once an order used them', async () => {
    await promotion('promo-limit1', { type: 'percentage', target_type: 'order', value: '10' }, { limit: 1 });
    await promotion(
      'promo-usage1',
      { type: 'fixed', currency_code: 'eur', target_type: 'order', value: '2' },
      {
        campaign: { name: 'promo-usage1', campaign_identifier: 'promo-usage1', budget: { type: 'usage', limit: '1' } },
      },
    );
    // Medusa answered before any order: A [["promo-limit1", 3], ["promo-usage1", 1.2]], B [["promo-limit1", 2], ["promo-usage1", 0.8]].
    const cart = await newCart(
      [
        [A, 1],
        [B, 1],
      ],
      ['promo-limit1', 'promo-usage1'],
    );
    expect(adjustments(cart, A, B)).toEqual([
      [
        ['promo-limit1', 3],
        ['promo-usage1', 1.2],
      ],
      [
        ['promo-limit1', 2],
        ['promo-usage1', 0.8],
      ],
    ]);
    await shipAndPay((query, variables, options) => supergraph.query(query, variables, options), cart.id);
    await ok(`mutation($cart: ID!) { complete_cart(cart_id: $cart) { order { id } } }`, { cart: cart.id });
    // Medusa answered after the order: the promotion's used 1, the budget's used 1.
    const counters = await ok<{
      promotions: { data: { code: string; used: number; campaign: { budget: { used: string } | null } | null }[] };
    }>(
      `{ promotions(filters: { code: ["promo-limit1", "promo-usage1"] }) { data { code used campaign { budget { used } } } } }`,
    );
    expect(
      counters.promotions.data.map((row) => [row.code, row.used, row.campaign?.budget?.used ?? null]).sort(),
    ).toEqual([
      ['promo-limit1', 1, null],
      ['promo-usage1', 0, '1'],
    ]);
    // Medusa answered a new cart with both codes: 200, no adjustment, promotions [] (on create and on POST /promotions).
    const next = await newCart(
      [
        [A, 1],
        [B, 1],
      ],
      ['promo-limit1', 'promo-usage1'],
    );
    expect(adjustments(next, A, B)).toEqual([[], []]);
    expect(codes(next)).toEqual([]);
  });
});

describe('the amounts Medusa stores', () => {
  it('are the numbers its workflow steps hand on: a fixed amount spread across, as the nearest double', async () => {
    await promotion('promo-across5', {
      type: 'fixed',
      target_type: 'items',
      allocation: 'across',
      value: '5',
      currency_code: 'eur',
    });
    const cart = await newCart(
      [
        [A, 1],
        [B, 2],
      ],
      ['promo-across5'],
    );
    // Medusa 2.21.2 answered POST /store/carts { items: [30 EUR × 1, 20 EUR × 2], promo_codes: [a
    // fixed 5 across the items] }: adjustments 2.142857142857143 and 2.857142857142857, discount_total 5;
    // its cart_line_item_adjustment.raw_amount {"value": "2.142857142857143"} and {"value": "2.857142857142857"}
    // (computed 30 / 70 × 5 = 2.14285714285714285715 and 40 / 70 × 5 = 2.85714285714285714285).
    const amounts = (line: typeof A) =>
      cart.items
        .filter((item) => item.product_id === line.product)
        .flatMap((item) => item.adjustments.map((a) => a.amount));
    expect([amounts(A), amounts(B)]).toEqual([['2.142857142857143'], ['2.857142857142857']]);
    expect(cart.discount_total).toBe('5');
    const rows = await supergraph.db.query<{ amount: string }>(
      `select amount::text from cart.cart_line_item_adjustment where code = 'promo-across5' and deleted_at is null order by amount`,
    );
    expect(rows.map((row) => row.amount)).toEqual(['2.142857142857143', '2.857142857142857']);
  });
});
