import { readStore, type Store } from './support/checkout';
import { cents } from './support/queries';
import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';

/**
 * An admin manages promotions and campaigns (the promotion module's writes, as Medusa's service
 * and admin routes make them), through the real gateway: what is made is what the storefront's
 * checkout applies; Medusa's refusals in its words; soft delete and restore; repeats; admin only.
 */

const CAMPAIGN = 'procamp_01JD0000000000000000000001';
const PROMOTION = 'promo_01JD0000000000000000000001';

const PROMOTION_FIELDS = `id code type status is_automatic campaign_id
  campaign { id campaign_identifier budget { type currency_code limit used } }
  application_method { type target_type allocation value currency_code max_quantity target_rules { id } }
  rules { id attribute operator values { value } }`;

interface Promotion {
  id: string;
  code: string;
  application_method: { value: string; target_rules: { id: string }[] };
  rules: { id: string; attribute: string; operator: string; values: { value: string }[] }[];
}

let supergraph: TestSupergraph;
let store: Store;

beforeAll(async () => {
  supergraph = await startTestSupergraph(0);
  store = await readStore(supergraph.query);
});
afterAll(() => supergraph?.stop());

async function ok<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await supergraph.query<Data>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const refusal = (response: GraphQLResponse) => ({
  message: response.errors?.[0]?.message,
  code: response.errors?.[0]?.extensions?.code,
  argument: response.errors?.[0]?.extensions?.argument,
});

const CREATE_CAMPAIGNS = `mutation ($data: [CampaignCreateInput!]!) {
  create_campaigns(data: $data) { id name campaign_identifier budget { type currency_code limit used } }
}`;
const CREATE_PROMOTIONS = `mutation ($data: [PromotionCreateInput!]!) { create_promotions(data: $data) { ${PROMOTION_FIELDS} } }`;

/** A 20% code on the items of eur carts, in the campaign. */
const ADMIN20 = {
  id: PROMOTION,
  code: 'ADMIN20',
  type: 'standard',
  status: 'active',
  campaign_id: CAMPAIGN,
  application_method: {
    type: 'percentage',
    target_type: 'items',
    allocation: 'across',
    value: '20',
    currency_code: 'eur',
  },
  rules: [{ attribute: 'currency_code', operator: 'in', values: ['eur'] }],
};

/** A guest's eur cart with one line of two units, and the codes it asks for applied. */
async function cartWith(codes: string[]) {
  const guest = { token: null };
  const created = await supergraph.query<{ create_cart: { id: string } }>(
    'mutation($input: CreateCartInput!) { create_cart(input: $input) { id } }',
    {
      input: {
        region_id: store.europe,
        email: 'spring@example.com',
        items: [{ variant_id: store.variants[0], quantity: 2 }],
      },
    },
    guest,
  );
  const cart = created.data!.create_cart.id;
  const applied = await supergraph.query<{
    add_promotions: {
      promotions: { code: string }[];
      items: { unit_price: string; quantity: number; adjustments: { code: string; amount: string }[] }[];
    };
  }>(
    `mutation($cart: ID!, $codes: [String!]!) { add_promotions(cart_id: $cart, promo_codes: $codes) {
      promotions { code } items { unit_price quantity adjustments { code amount } } } }`,
    { cart, codes },
    guest,
  );
  return applied;
}

const rowsOf = (table: string, column: string, ids: string[]) =>
  supergraph.db.query<{ id: string; deleted_at: Date | null }>(
    `select id, deleted_at from promotion.${table} where ${column} = any($1) order by id`,
    [ids],
  );

describe('admin writes to promotions and campaigns', () => {
  it('creates a campaign with its budget; a repeat with the same id creates nothing more', async () => {
    const data = [
      {
        id: CAMPAIGN,
        name: 'Spring sale',
        campaign_identifier: 'ADMIN-SPRING-2026',
        budget: { type: 'spend', currency_code: 'EUR', limit: '1000' },
      },
    ];
    const first = await ok<{ create_campaigns: unknown[] }>(CREATE_CAMPAIGNS, { data });
    expect(first.create_campaigns).toEqual([
      {
        id: CAMPAIGN,
        name: 'Spring sale',
        campaign_identifier: 'ADMIN-SPRING-2026',
        budget: { type: 'spend', currency_code: 'eur', limit: '1000', used: '0' },
      },
    ]);
    expect(await ok(CREATE_CAMPAIGNS, { data })).toEqual(first);
    expect(await rowsOf('promotion_campaign_budget', 'campaign_id', [CAMPAIGN])).toHaveLength(1);
  });

  it('creates a percentage code with its application method, rule and campaign; a repeat creates nothing more', async () => {
    const first = await ok<{ create_promotions: Promotion[] }>(CREATE_PROMOTIONS, { data: [ADMIN20] });
    expect(first.create_promotions).toEqual([
      {
        id: PROMOTION,
        code: 'ADMIN20',
        type: 'standard',
        status: 'active',
        is_automatic: false,
        campaign_id: CAMPAIGN,
        campaign: {
          id: CAMPAIGN,
          campaign_identifier: 'ADMIN-SPRING-2026',
          budget: { type: 'spend', currency_code: 'eur', limit: '1000', used: '0' },
        },
        application_method: {
          type: 'percentage',
          target_type: 'items',
          allocation: 'across',
          value: '20',
          currency_code: 'eur',
          max_quantity: null,
          target_rules: [],
        },
        rules: [
          {
            id: expect.stringMatching(/^prorul_/),
            attribute: 'currency_code',
            operator: 'in',
            values: [{ value: 'eur' }],
          },
        ],
      },
    ]);
    expect(await ok(CREATE_PROMOTIONS, { data: [ADMIN20] })).toEqual(first);
    expect(await rowsOf('promotion_application_method', 'promotion_id', [PROMOTION])).toHaveLength(1);
    const pivots = await supergraph.db.query(
      'select * from promotion.promotion_promotion_rule where promotion_id = $1',
      [PROMOTION],
    );
    expect(pivots).toEqual([{ promotion_id: PROMOTION, promotion_rule_id: first.create_promotions[0].rules[0].id }]);
  });

  it('creates a promotion in a new campaign, and a buyget promotion with its target and buy rules', async () => {
    const product = 'prod_01JD0000000000000000000001';
    const created = await ok<{
      create_promotions: {
        id: string;
        campaign: { id: string; budget: { type: string; limit: string } };
        application_method: { target_rules: { attribute: string }[]; buy_rules: { attribute: string }[] };
      }[];
    }>(
      `mutation ($data: [PromotionCreateInput!]!) { create_promotions(data: $data) {
        id campaign { id budget { type limit } }
        application_method { target_rules { attribute } buy_rules { attribute } } } }`,
      {
        data: [
          {
            code: 'ADMIN-NESTED',
            type: 'standard',
            campaign: {
              id: 'procamp_01JD0000000000000000000002',
              name: 'Nested',
              campaign_identifier: 'ADMIN-NESTED',
              budget: { type: 'usage', limit: '50' },
            },
            application_method: { type: 'percentage', target_type: 'order', value: '5' },
          },
          {
            code: 'ADMIN-BUY2GET1',
            type: 'buyget',
            application_method: {
              type: 'percentage',
              target_type: 'items',
              allocation: 'each',
              value: '100',
              max_quantity: 1,
              apply_to_quantity: 1,
              buy_rules_min_quantity: 2,
              target_rules: [{ attribute: 'items.product_id', operator: 'eq', values: [product] }],
              buy_rules: [{ attribute: 'items.product_id', operator: 'eq', values: [product] }],
            },
          },
        ],
      },
    );
    const [nested, buyget] = created.create_promotions;
    expect(nested.campaign).toEqual({
      id: 'procamp_01JD0000000000000000000002',
      budget: { type: 'usage', limit: '50' },
    });
    expect(buyget.campaign).toBeNull();
    expect(buyget.application_method).toEqual({
      target_rules: [{ attribute: 'items.product_id' }],
      buy_rules: [{ attribute: 'items.product_id' }],
    });
  });

  it('bounds what one call writes: at most 1,000 rules in all', async () => {
    const rules = Array.from({ length: 1001 }, () => ({ attribute: 'currency_code', operator: 'eq', values: ['eur'] }));
    const response = await supergraph.query(CREATE_PROMOTIONS, {
      data: [{ ...ADMIN20, id: undefined, code: 'ADMIN-HUGE', rules }],
    });
    expect(refusal(response)).toEqual({
      message: 'data may hold at most 1000 rules in all, got 1001',
      code: 'BAD_USER_INPUT',
      argument: 'data',
    });
  });

  it("the storefront's checkout applies the new code: 20% off the cart's items", async () => {
    const { data, errors } = await cartWith(['ADMIN20']);
    expect(errors).toBeUndefined();
    expect(data!.add_promotions.promotions).toEqual([{ code: 'ADMIN20' }]);
    const [item] = data!.add_promotions.items;
    expect(item.adjustments).toHaveLength(1);
    expect(item.adjustments[0].code).toBe('ADMIN20');
    expect(cents(item.adjustments[0].amount)).toBe((cents(item.unit_price) * item.quantity * 20) / 100);
  });

  const method = (changes: Record<string, unknown>) => ({ ...ADMIN20.application_method, ...changes });
  const refused: [string, Record<string, unknown>, { message: string; code: string; argument?: string }][] = [
    [
      'a percentage above 100',
      { application_method: method({ value: '120' }) },
      {
        message: 'Application Method value should be a percentage number between 0 and 100',
        code: 'BAD_USER_INPUT',
        argument: 'data[0].application_method.value',
      },
    ],
    [
      'a fixed amount without a currency',
      { campaign_id: null, application_method: method({ type: 'fixed', value: '5', currency_code: null }) },
      {
        message: 'application_method.currency_code is required when application_method.type is fixed',
        code: 'BAD_USER_INPUT',
        argument: 'data[0].application_method.currency_code',
      },
    ],
    [
      'items without an allocation',
      { application_method: method({ allocation: null }) },
      {
        message:
          "application_method.allocation should be either 'across OR each OR once' when application_method.target_type is either 'shipping_methods OR items'",
        code: 'BAD_USER_INPUT',
        argument: 'data[0].application_method.allocation',
      },
    ],
    [
      'buyget without buy rules',
      { type: 'buyget', campaign_id: null },
      {
        message: 'Buyget promotions require at least one buy rule and quantities to be defined',
        code: 'BAD_USER_INPUT',
        argument: 'data[0].application_method',
      },
    ],
    [
      'buyget without target rules',
      {
        type: 'buyget',
        campaign_id: null,
        application_method: method({
          buy_rules: [{ attribute: 'items.product_id', operator: 'in', values: ['prod_01JD0000000000000000000001'] }],
          apply_to_quantity: 1,
          buy_rules_min_quantity: 2,
        }),
      },
      { message: 'Target rules are required for buyget promotion type', code: 'BAD_USER_INPUT' },
    ],
    [
      'target rules on an order discount',
      {
        application_method: method({
          target_type: 'order',
          target_rules: [
            { attribute: 'items.product_id', operator: 'in', values: ['prod_01JD0000000000000000000001'] },
          ],
        }),
      },
      {
        message: 'Target rules for application method with target type (order) is not allowed',
        code: 'BAD_USER_INPUT',
      },
    ],
    [
      'both a campaign and a campaign_id',
      { campaign: { name: 'Other', campaign_identifier: 'OTHER' } },
      {
        message: "Provide either the 'campaign' or 'campaign_id' parameter; both cannot be used simultaneously.",
        code: 'BAD_USER_INPUT',
        argument: 'data[0].campaign',
      },
    ],
    [
      'an unknown campaign',
      { campaign_id: 'procamp_01JD0000000000000000000009' },
      {
        message: 'Could not find campaign with id - procamp_01JD0000000000000000000009',
        code: 'NOT_FOUND',
        argument: 'data[0].campaign_id',
      },
    ],
    [
      "a currency other than the spend budget's",
      { application_method: method({ type: 'fixed', value: '5', currency_code: 'usd' }) },
      { message: 'Currency between promotion and campaigns should match', code: 'BAD_USER_INPUT' },
    ],
    [
      'a usage limit on an automatic promotion',
      { is_automatic: true, limit: 10 },
      { message: 'Automatic promotions cannot have a usage limit', code: 'BAD_USER_INPUT', argument: 'data[0].limit' },
    ],
    [
      'a code already live',
      { code: 'ADMIN20' },
      { message: 'Promotion with code: ADMIN20, already exists.', code: 'CONFLICT' },
    ],
  ];

  it.each(refused)("refuses %s with Medusa's message, and writes nothing", async (_case, changes, expected) => {
    const data = [{ ...ADMIN20, id: 'promo_01JD0000000000000000000009', code: 'REFUSED', ...changes }];
    const response = await supergraph.query(CREATE_PROMOTIONS, { data });
    expect(refusal(response)).toMatchObject(expected);
    const written = await supergraph.db.query(
      "select id from promotion.promotion where code = 'REFUSED' or id = 'promo_01JD0000000000000000000009'",
    );
    expect(written).toEqual([]);
  });

  it("refuses a spend budget without a currency and a campaign identifier already live, with Medusa's messages", async () => {
    const noCurrency = await supergraph.query(CREATE_CAMPAIGNS, {
      data: [{ name: 'X', campaign_identifier: 'X', budget: { type: 'spend', limit: '10' } }],
    });
    expect(refusal(noCurrency)).toEqual({
      message: 'currency_code is required when budget type is spend',
      code: 'BAD_USER_INPUT',
      argument: 'data[0].budget.currency_code',
    });
    const taken = await supergraph.query(CREATE_CAMPAIGNS, {
      data: [{ name: 'Again', campaign_identifier: 'ADMIN-SPRING-2026' }],
    });
    expect(refusal(taken)).toMatchObject({
      message: 'Promotion campaign with campaign_identifier: ADMIN-SPRING-2026, already exists.',
      code: 'CONFLICT',
    });
  });

  it('answers hostile input with BAD_USER_INPUT naming the field, never a crash', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [
        CREATE_CAMPAIGNS,
        { data: [{ name: 'N', campaign_identifier: 'N', budget: { type: 'usage', limit: '-1' } }] },
        'data[0].budget.limit',
      ],
      [
        CREATE_CAMPAIGNS,
        {
          data: [
            { name: 'N', campaign_identifier: 'N', starts_at: '2026-05-01T00:00:00Z', ends_at: '2026-04-01T00:00:00Z' },
          ],
        },
        'data[0].ends_at',
      ],
      [
        CREATE_PROMOTIONS,
        { data: [{ ...ADMIN20, code: 'H', application_method: method({ currency_code: 'euro' }) }] },
        'data[0].application_method.currency_code',
      ],
      [
        CREATE_PROMOTIONS,
        { data: [{ ...ADMIN20, code: 'H', application_method: method({ allocation: 'each', max_quantity: -2 }) }] },
        'data[0].application_method.max_quantity',
      ],
      [CREATE_PROMOTIONS, { data: [{ ...ADMIN20, id: 'promo_1', code: 'H' }] }, 'data[0].id'],
      [
        CREATE_PROMOTIONS,
        { data: [{ ...ADMIN20, code: 'H', rules: [{ attribute: ' ', operator: 'eq', values: ['x'] }] }] },
        'data[0].rules[0].attribute',
      ],
      ['mutation { soft_delete_promotions(ids: ["procamp_01JD0000000000000000000001"]) }', {}, 'ids'],
      [`mutation { update_promotions(id: "${PROMOTION}", data: { code: null }) { id } }`, {}, 'data.code'],
      [
        `mutation { update_campaigns(id: "${CAMPAIGN}", data: { ends_at: "2000-01-01T00:00:00Z", starts_at: "2001-01-01T00:00:00Z" }) { id } }`,
        {},
        'data.ends_at',
      ],
    ];
    for (const [query, variables, argument] of cases) {
      const response = await supergraph.query(query, variables);
      expect({ query, ...refusal(response) }).toMatchObject({ query, code: 'BAD_USER_INPUT', argument });
    }
  });

  it('updates a promotion and its application method, checked as Medusa checks them', async () => {
    const updated = await ok<{ update_promotions: Promotion }>(
      `mutation { update_promotions(id: "${PROMOTION}", data: { application_method: { value: "25" } }) { ${PROMOTION_FIELDS} } }`,
    );
    expect(updated.update_promotions.application_method.value).toBe('25');
    const tooMuch = await supergraph.query(
      `mutation { update_promotions(id: "${PROMOTION}", data: { application_method: { value: "0" } }) { id } }`,
    );
    expect(refusal(tooMuch)).toEqual({
      message: 'Application Method value should be a percentage number between 0 and 100',
      code: 'BAD_USER_INPUT',
      argument: 'data.application_method.value',
    });
    const unknown = await supergraph.query(
      'mutation { update_promotions(id: "promo_01JD0000000000000000000009", data: { status: inactive }) { id } }',
    );
    expect(refusal(unknown).code).toBe('NOT_FOUND');
    await ok(
      `mutation { update_promotions(id: "${PROMOTION}", data: { application_method: { value: "20" } }) { id } }`,
    );
  });

  it("updates a campaign and its budget's limit", async () => {
    const updated = await ok<{ update_campaigns: unknown }>(
      `mutation { update_campaigns(id: "${CAMPAIGN}", data: { description: "Spring", budget: { limit: "2000" } }) {
        description budget { limit } } }`,
    );
    expect(updated.update_campaigns).toEqual({ description: 'Spring', budget: { limit: '2000' } });
  });

  it('adds and removes rules; adding or removing again changes nothing', async () => {
    const add = `mutation { add_promotion_rules(id: "${PROMOTION}", rules: [{ id: "prorul_01JD0000000000000000000001",
      attribute: "customer.groups.id", operator: in, values: ["cusgroup_01JD0000000000000000000001"] }]) { id attribute } }`;
    const added = await ok<{ add_promotion_rules: { id: string; attribute: string }[] }>(add);
    const [rule] = added.add_promotion_rules;
    expect(rule).toEqual({ id: 'prorul_01JD0000000000000000000001', attribute: 'customer.groups.id' });
    expect(await ok(add)).toEqual(added);
    const links = await supergraph.db.query(
      'select * from promotion.promotion_promotion_rule where promotion_rule_id = $1',
      [rule.id],
    );
    expect(links).toHaveLength(1);
    const buy = await supergraph.query(
      `mutation { add_promotion_buy_rules(id: "${PROMOTION}", rules: [{ attribute: "items.product_id", operator: eq, values: ["x"] }]) { id } }`,
    );
    expect(refusal(buy)).toMatchObject({
      message: "Can't add buy rules to a standard promotion",
      code: 'BAD_USER_INPUT',
    });
    const remove = `mutation { remove_promotion_rules(id: "${PROMOTION}", rule_ids: ["${rule.id}"]) }`;
    expect(await ok(remove)).toEqual({ remove_promotion_rules: [rule.id] });
    expect(await ok(remove)).toEqual({ remove_promotion_rules: [] });
    expect(await supergraph.db.query('select id from promotion.promotion_rule where id = $1', [rule.id])).toEqual([]);
    const { promotion } = await ok<{ promotion: Promotion }>(
      `{ promotion(id: "${PROMOTION}") { ${PROMOTION_FIELDS} } }`,
    );
    expect(promotion.rules.map((r) => r.attribute)).toEqual(['currency_code']);
  });

  it('soft delete makes the code unusable, with its application method and rules; restore brings it back', async () => {
    const remove = `mutation { soft_delete_promotions(ids: ["${PROMOTION}"]) }`;
    expect(await ok(remove)).toEqual({ soft_delete_promotions: [PROMOTION] });
    expect(await ok(remove)).toEqual({ soft_delete_promotions: [] });
    expect((await rowsOf('promotion', 'id', [PROMOTION]))[0].deleted_at).not.toBeNull();
    expect((await rowsOf('promotion_application_method', 'promotion_id', [PROMOTION]))[0].deleted_at).not.toBeNull();
    // As Medusa 2.21, the rules stay.
    const ruleRows = await supergraph.db.query<{ deleted_at: Date | null }>(
      `select r.deleted_at from promotion.promotion_rule r
       join promotion.promotion_promotion_rule p on p.promotion_rule_id = r.id where p.promotion_id = $1`,
      [PROMOTION],
    );
    expect(ruleRows).toEqual([{ deleted_at: null }]);

    const unusable = await cartWith(['ADMIN20']);
    expect(refusal(unusable)).toMatchObject({
      message: 'The promotion code ADMIN20 is invalid',
      code: 'BAD_USER_INPUT',
    });
    const reused = await supergraph.query(CREATE_PROMOTIONS, { data: [ADMIN20] });
    expect(refusal(reused)).toMatchObject({ code: 'CONFLICT' });

    const restore = `mutation { restore_promotions(ids: ["${PROMOTION}"]) }`;
    expect(await ok(restore)).toEqual({ restore_promotions: [PROMOTION] });
    expect(await ok(restore)).toEqual({ restore_promotions: [] });
    // Back with what was deleted with it.
    const { promotion } = await ok<{ promotion: Promotion }>(
      `{ promotion(id: "${PROMOTION}") { ${PROMOTION_FIELDS} } }`,
    );
    expect(promotion.application_method.value).toBe('20');
    expect(promotion.rules.map((r) => r.attribute)).toEqual(['currency_code']);
    const usable = await cartWith(['ADMIN20']);
    expect(usable.errors).toBeUndefined();
    expect(usable.data!.add_promotions.promotions).toEqual([{ code: 'ADMIN20' }]);
  });

  it('soft-deletes a campaign with its budget, and restores both', async () => {
    expect(await ok(`mutation { soft_delete_campaigns(ids: ["${CAMPAIGN}"]) }`)).toEqual({
      soft_delete_campaigns: [CAMPAIGN],
    });
    expect((await rowsOf('promotion_campaign_budget', 'campaign_id', [CAMPAIGN]))[0].deleted_at).not.toBeNull();
    expect(await ok(`mutation { restore_campaigns(ids: ["${CAMPAIGN}"]) }`)).toEqual({ restore_campaigns: [CAMPAIGN] });
    const { campaign } = await ok<{ campaign: unknown }>(`{ campaign(id: "${CAMPAIGN}") { id budget { limit } } }`);
    expect(campaign).toEqual({ id: CAMPAIGN, budget: { limit: '2000' } });
  });

  it('is for admin users only: a guest and a customer are refused and nothing is written', async () => {
    const data = [{ ...ADMIN20, id: 'promo_01JD0000000000000000000008', code: 'SNEAKY', campaign_id: null }];
    const guest = await supergraph.query(CREATE_PROMOTIONS, { data }, { token: null });
    expect(guest.status).toBe(401);
    expect(refusal(guest).code).toBe('UNAUTHENTICATED');
    const customer = await supergraph.query(
      CREATE_PROMOTIONS,
      { data },
      { token: await supergraph.tokenFor({ actor_type: 'customer', actor_id: 'cus_01JD0000000000000000000001' }) },
    );
    expect(customer.status).toBe(403);
    expect(refusal(customer).code).toBe('FORBIDDEN');
    expect(await rowsOf('promotion', 'id', ['promo_01JD0000000000000000000008'])).toEqual([]);
  });
});
