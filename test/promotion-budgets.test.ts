import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';
import { shipAndPay } from './support/checkout';

/**
 * Per-customer campaign budgets through the real gateway, as Medusa 2.21.2 checks and counts them:
 * a `use_by_attribute` budget is checked when a promotion is applied against the uses so far of
 * the cart's customer (`customer_id`) or email (`customer_email`), counted per value when the cart
 * is completed (table `promotion.promotion_campaign_budget_usage`) and taken back on undo; a
 * `spend_by_attribute` budget is neither checked nor counted.
 *
 * What Medusa 2.21.2 answered (at :9000, objects named `budget-…`): a campaign made with
 * POST /admin/campaigns { budget: { type, limit: 1, attribute: "customer_id" } }, a promotion
 * POST /admin/promotions { code, type: "standard", status: "active", campaign_id,
 * application_method: { type: "percentage", target_type: "order", allocation: "across", value: 10 } },
 * guest carts POST /store/carts { region_id, sales_channel_id, email, items: [7.49 EUR × 1] } then
 * POST /store/carts/:id/promotions { promo_codes: [code] }, completed with a shipping method, a
 * payment collection, a `pp_system_default` session and POST /store/carts/:id/complete.
 */
let supergraph: TestSupergraph;
let europe: string;
let variant: string;

beforeAll(async () => {
  supergraph = await startTestSupergraph(0);
  const base = await ok<{
    regions: { data: { id: string; name: string }[] };
    sales_channels: { data: { id: string; name: string }[] };
    shipping_profiles: { data: { id: string; type: string }[] };
  }>(`{ regions { data { id name } } sales_channels { data { id name } } shipping_profiles { data { id type } } }`);
  europe = base.regions.data.find((region) => region.name === 'Europe')!.id;
  const salesChannel = base.sales_channels.data.find((channel) => channel.name === 'Default Sales Channel')!.id;
  const profile = base.shipping_profiles.data.find((row) => row.type === 'default')!.id;
  const { admin_create_products } = await ok<{ admin_create_products: { variants: { id: string }[] }[] }>(
    `mutation($data: [AdminCreateProductInput!]!) { admin_create_products(data: $data) { variants { id } } }`,
    {
      data: [
        {
          title: 'budget-mug',
          status: 'published',
          sales_channels: [{ id: salesChannel }],
          shipping_profile_id: profile,
          options: [{ title: 'Default', values: ['Default'] }],
          variants: [
            {
              title: 'Default',
              manage_inventory: false,
              options: { Default: 'Default' },
              prices: [{ currency_code: 'eur', amount: '20' }],
            },
          ],
        },
      ],
    },
  );
  variant = admin_create_products[0].variants[0].id;
});
afterAll(() => supergraph?.stop());

async function ok<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await supergraph.query<Data>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}
const errorOf = (response: GraphQLResponse) => ({
  code: response.errors?.[0]?.extensions?.code,
  message: response.errors?.[0]?.message,
});

interface Cart {
  id: string;
  customer_id: string | null;
  discount_total: string;
  promotions: { code: string }[];
}
const CART = 'id customer_id discount_total promotions { code }';

/** A campaign with a per-customer budget (limit 1) and its 10% promotion `code`; the budget's id. */
async function budgetPromotion(code: string, type: string, attribute = 'customer_id'): Promise<string> {
  const { create_promotions } = await ok<{ create_promotions: { campaign: { budget: { id: string } } }[] }>(
    `mutation($data: [PromotionCreateInput!]!) { create_promotions(data: $data) { campaign { budget { id } } } }`,
    {
      data: [
        {
          code,
          type: 'standard',
          status: 'active',
          application_method: { type: 'percentage', target_type: 'order', allocation: 'across', value: '10' },
          campaign: {
            name: code,
            campaign_identifier: code,
            budget: { type, limit: '1', attribute, ...(type === 'spend_by_attribute' ? { currency_code: 'eur' } : {}) },
          },
        },
      ],
    },
  );
  return create_promotions[0].campaign.budget.id;
}

const cartInput = (email: string | null, codes: string[]) => ({
  region_id: europe,
  ...(email ? { email } : {}),
  items: [{ variant_id: variant, quantity: 1 }],
  promo_codes: codes,
  shipping_address: {
    first_name: 'B',
    last_name: 'Q',
    address_1: 'x',
    city: 'Berlin',
    country_code: 'de',
    postal_code: '10115',
  },
});
/** A guest cart of one 20 EUR item with `code` added after it was made (as POST /store/carts/:id/promotions). */
async function cartWith(email: string, code: string): Promise<Cart> {
  const { create_cart } = await ok<{ create_cart: { id: string } }>(
    `mutation($input: CreateCartInput!) { create_cart(input: $input) { id } }`,
    { input: cartInput(email, []) },
  );
  const { add_promotions } = await ok<{ add_promotions: Cart }>(
    `mutation($cart: ID!, $code: String!) { add_promotions(cart_id: $cart, promo_codes: [$code]) { ${CART} } }`,
    { cart: create_cart.id, code },
  );
  return add_promotions;
}

async function complete(cart: Cart): Promise<string> {
  await shipAndPay((query, variables, options) => supergraph.query(query, variables, options), cart.id);
  const { complete_cart } = await ok<{ complete_cart: { order: { id: string } } }>(
    `mutation($cart: ID!) { complete_cart(cart_id: $cart) { order { id } } }`,
    { cart: cart.id },
  );
  return complete_cart.order.id;
}

const usageRows = (budget: string) =>
  supergraph.db.query<{ attribute_value: string; used: string }>(
    'select attribute_value, used::text from promotion.promotion_campaign_budget_usage where budget_id = $1 order by attribute_value',
    [budget],
  );
const budgetUsed = async (budget: string) =>
  (
    await supergraph.db.query<{ used: string }>(
      'select used::text from promotion.promotion_campaign_budget where id = $1',
      [budget],
    )
  )[0].used;

describe('use_by_attribute budgets', () => {
  it("limit each customer's uses, counted at completion, while another customer still gets the discount", async () => {
    const budget = await budgetPromotion('budget-once', 'use_by_attribute');
    // Medusa 2.21.2 answered (first cart of budget-a): discount_total 0.749 (10% of 7.49), promotions ["BUDGET-U1"].
    const first = await cartWith('budget-a@example.com', 'budget-once');
    expect(first.customer_id).toMatch(/^cus_/);
    expect(Number(first.discount_total)).toBe(2);
    expect(first.promotions).toEqual([{ code: 'budget-once' }]);
    expect(await usageRows(budget)).toEqual([]);
    await complete(first);
    // Medusa 2.21.2 kept: promotion_campaign_budget used 1, one promotion_campaign_budget_usage (the customer's id, used 1).
    expect(await usageRows(budget)).toEqual([{ attribute_value: first.customer_id, used: '1' }]);
    expect(await budgetUsed(budget)).toBe('1');
    const read = await ok<{
      campaign_budget_usages: { data: { attribute_value: string; used: string; budget: { id: string } }[] };
    }>(
      `query($budget: ID!) { campaign_budget_usages(filters: { budget_id: [$budget] }) { data { attribute_value used budget { id } } } }`,
      { budget },
    );
    expect(read.campaign_budget_usages.data).toEqual([
      { attribute_value: first.customer_id, used: '1', budget: { id: budget } },
    ]);
    // Medusa 2.21.2 answered (second cart of the same guest, POST /store/carts/:id/promotions): 200,
    // discount_total 0, promotions [] (its computeActions says campaign_budget_exceeded).
    const again = await cartWith('budget-a@example.com', 'budget-once');
    expect(again.customer_id).toBe(first.customer_id);
    expect(Number(again.discount_total)).toBe(0);
    expect(again.promotions).toEqual([]);
    // Medusa 2.21.2 answered (another guest, budget-b): discount_total 0.749, promotions ["BUDGET-U1"].
    const other = await cartWith('budget-b@example.com', 'budget-once');
    expect(Number(other.discount_total)).toBe(2);
    expect(other.promotions).toEqual([{ code: 'budget-once' }]);
    await complete(other);
    expect(await usageRows(budget)).toEqual(
      [
        { attribute_value: first.customer_id, used: '1' },
        { attribute_value: other.customer_id, used: '1' },
      ].sort((a, b) => a.attribute_value!.localeCompare(b.attribute_value!)),
    );
    expect(await budgetUsed(budget)).toBe('2');
  });

  it('refuse a cart with no value of the attribute, with Medusa\u2019s message', async () => {
    await budgetPromotion('budget-noemail', 'use_by_attribute');
    // Medusa 2.21.2 answered (a cart with no email, POST /store/carts/:id/promotions): 400
    // {"type":"invalid_data","message":"Attribute value for \"customer_id\" is required by promotion campaing budget"}.
    const response = await supergraph.query(
      `mutation($input: CreateCartInput!) { create_cart(input: $input) { id } }`,
      { input: cartInput(null, ['budget-noemail']) },
    );
    expect(errorOf(response)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Attribute value for "customer_id" is required by promotion campaing budget',
    });
  });

  it('count per email for `customer_email`, once per order however often registered, and revert exactly that', async () => {
    const budget = await budgetPromotion('budget-email', 'use_by_attribute', 'customer_email');
    const cart = await cartWith('budget-c@example.com', 'budget-email');
    expect(Number(cart.discount_total)).toBe(2);
    const order = await complete(cart);
    expect(await usageRows(budget)).toEqual([{ attribute_value: 'budget-c@example.com', used: '1' }]);
    const register = `mutation($order: ID!) {
      promotion_usage_register(reference_id: $order, actions: [{ code: "budget-email", amount: "2" }],
        context: { customer_email: "budget-c@example.com" }) { counted { code } usages { code attribute_value } } }`;
    // A repeat for the same order counts nothing again.
    const repeat = await supergraph.querySubgraph<{
      promotion_usage_register: { counted: unknown[]; usages: unknown[] };
    }>('promotion', register, { order });
    expect(repeat.errors).toBeUndefined();
    expect(repeat.data!.promotion_usage_register).toEqual({
      counted: [],
      usages: [{ code: 'budget-email', attribute_value: 'budget-c@example.com' }],
    });
    expect(await usageRows(budget)).toEqual([{ attribute_value: 'budget-c@example.com', used: '1' }]);
    // The same email is refused the discount on its next cart.
    expect((await cartWith('budget-c@example.com', 'budget-email')).promotions).toEqual([]);
    // The undo takes back what was counted: the row gone (as Medusa's revert deletes it at 1), the budget at 0.
    const revert = `mutation($order: ID!) { promotion_usage_revert(reference_id: $order) { attribute_value } }`;
    const reverted = await supergraph.querySubgraph('promotion', revert, { order });
    expect(reverted.data).toEqual({ promotion_usage_revert: [{ attribute_value: 'budget-c@example.com' }] });
    expect(await usageRows(budget)).toEqual([]);
    expect(await budgetUsed(budget)).toBe('0');
    expect((await supergraph.querySubgraph('promotion', revert, { order })).data).toEqual({
      promotion_usage_revert: [],
    });
    expect(Number((await cartWith('budget-c@example.com', 'budget-email')).discount_total)).toBe(2);
    // Registered again past the limit: Medusa's registerUsage refuses (NOT_ALLOWED, its message).
    const other = await supergraph.querySubgraph('promotion', register, { order });
    expect(other.errors).toBeUndefined();
    const second = await supergraph.querySubgraph('promotion', register, {
      order: order.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A')),
    });
    expect(errorOf(second)).toEqual({ code: 'NOT_ALLOWED', message: 'Promotion usage exceeds the budget limit.' });
    expect(await usageRows(budget)).toEqual([{ attribute_value: 'budget-c@example.com', used: '1' }]);
  });
});

describe('spend_by_attribute budgets', () => {
  it('are neither checked nor counted, as in Medusa 2.21.2', async () => {
    const budget = await budgetPromotion('budget-spend', 'spend_by_attribute');
    // Medusa 2.21.2 answered (budget spend_by_attribute, limit 1, currency eur, attribute customer_id):
    // the same guest's two carts each got discount_total 0.749 and completed (1.498 > 1), a third
    // guest's too; its budget's used stayed 0 and no promotion_campaign_budget_usage row was made.
    const first = await cartWith('budget-d@example.com', 'budget-spend');
    expect(Number(first.discount_total)).toBe(2);
    await complete(first);
    const second = await cartWith('budget-d@example.com', 'budget-spend');
    expect(Number(second.discount_total)).toBe(2);
    await complete(second);
    expect(Number((await cartWith('budget-e@example.com', 'budget-spend')).discount_total)).toBe(2);
    expect(await usageRows(budget)).toEqual([]);
    expect(await budgetUsed(budget)).toBe('0');
  });
});
