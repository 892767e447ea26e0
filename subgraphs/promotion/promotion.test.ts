import { promotionSubgraph } from '.';
import { generateId } from '../../kit/ids';
import { campaigns, promotionCatalog } from '../../seed/catalog';
import { startInProcessSubgraph, type InProcessSubgraph } from '../../test/support/subgraph';

const [spring] = campaigns;
const byCode = (code: string) => promotionCatalog.find((promotion) => promotion.code === code)!;

interface ListedPromotion {
  code: string;
  status: string;
  campaign: { campaign_identifier: string; budget: { type: string; limit: string; used: string } | null } | null;
  application_method: {
    type: string;
    target_rules: { attribute: string }[];
    buy_rules: { attribute: string }[];
  } | null;
  rules: { attribute: string; values: { value: string }[] }[];
}

/** The promotion subgraph on its own: its queries, entity representations and usage ledger, in-process. */
describe('promotion subgraph', () => {
  let subgraph: InProcessSubgraph;
  beforeAll(async () => {
    subgraph = await startInProcessSubgraph(promotionSubgraph);
  });
  afterAll(() => subgraph.stop());

  it("lists a campaign's active promotions by code descending, with their relations, one statement per level", async () => {
    const before = subgraph.statements();
    const { data, errors } = await subgraph.execute<{ promotions: { data: ListedPromotion[] } }>(
      `{ promotions(filters: { campaign_id: ["${spring.id}"], status: [active] }, pagination: { order: "-code" }) { data {
           code status
           campaign { campaign_identifier budget { type limit used } }
           application_method { type target_rules { attribute } buy_rules { attribute } }
           rules { attribute values { value } } } } }`,
    );
    expect(errors).toBeUndefined();
    const promotions = data!.promotions.data;
    expect(promotions.map((promotion) => promotion.code)).toEqual(['SNEAKERS20', 'FREESHIPPING', 'BUY2CAPS']);
    for (const promotion of promotions) {
      expect(promotion.status).toBe('active');
      expect(promotion.campaign).toEqual({
        campaign_identifier: 'SPRING-2026',
        budget: { type: 'usage', limit: '1000', used: '0' },
      });
      expect(promotion.rules.length).toBeGreaterThan(0);
    }
    const buy2caps = promotions[2];
    expect(buy2caps.application_method).toEqual({
      type: 'percentage',
      target_rules: [{ attribute: 'items.product_id' }],
      buy_rules: [{ attribute: 'items.product_id' }],
    });
    expect(promotions[0].rules).toEqual([{ attribute: 'currency_code', values: [{ value: 'eur' }, { value: 'usd' }] }]);
    // The page; then campaigns, application methods and rules; then budgets, target rules, buy rules and rule values.
    expect(subgraph.statements() - before).toBe(8);
  });

  it('lists campaigns by a search and a start date, with their promotions', async () => {
    const { data, errors } = await subgraph.execute<{
      campaigns: { data: { id: string; name: string; promotions: { code: string }[] }[] };
    }>(
      `{ campaigns(filters: { q: "spring", starts_at: { gte: "2026-01-01T00:00:00Z" } }, pagination: { order: "-starts_at" }) {
           data { id name promotions { code } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.campaigns.data.map((campaign) => campaign.id)).toEqual([spring.id]);
    expect(data!.campaigns.data[0].promotions.map((promotion) => promotion.code).sort()).toEqual([
      'BUY2CAPS',
      'FREESHIPPING',
      'SNEAKERS20',
    ]);
    const none = await subgraph.execute<{ campaigns: { data: unknown[] } }>(
      '{ campaigns(filters: { starts_at: { gt: "2026-03-01T00:00:00Z" } }) { data { id } } }',
    );
    expect(none.data!.campaigns.data).toEqual([]);
  });

  it('reads a promotion by id, a soft-deleted one only with with_deleted', async () => {
    const flat5 = byCode('FLAT5');
    const query =
      'query ($id: ID!, $with_deleted: Boolean) { promotion(id: $id, with_deleted: $with_deleted) { id code deleted_at } }';
    const live = await subgraph.execute<{ promotion: unknown }>(query, { id: flat5.id });
    expect(live.errors).toBeUndefined();
    expect(live.data!.promotion).toEqual({ id: flat5.id, code: 'FLAT5', deleted_at: null });

    await subgraph.db.query('update promotion.promotion set deleted_at = now() where id = $1', [flat5.id]);
    try {
      const hidden = await subgraph.execute<{ promotion: unknown }>(query, { id: flat5.id });
      expect(hidden.errors).toBeUndefined();
      expect(hidden.data!.promotion).toBeNull();
      const shown = await subgraph.execute<{ promotion: unknown }>(query, { id: flat5.id, with_deleted: true });
      expect(shown.errors).toBeUndefined();
      expect(shown.data!.promotion).toEqual({ id: flat5.id, code: 'FLAT5', deleted_at: expect.any(String) });
    } finally {
      await subgraph.db.query('update promotion.promotion set deleted_at = null where id = $1', [flat5.id]);
    }
  });

  it('answers entity representations of every entity type, null for an unknown one', async () => {
    const sneakers = byCode('SNEAKERS20');
    const rule = sneakers.targetRules[0];
    const { data, errors } = await subgraph.execute<{ _entities: (Record<string, unknown> | null)[] }>(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
         ... on Promotion { code }
         ... on ApplicationMethod { amount: value promotion { code } }
         ... on Campaign { campaign_identifier }
         ... on CampaignBudget { type campaign { id } }
         ... on PromotionRule { attribute operator values { value } }
         ... on PromotionRuleValue { value promotion_rule { id } } } }`,
      {
        representations: [
          { __typename: 'Promotion', id: sneakers.id },
          { __typename: 'ApplicationMethod', id: sneakers.method.id },
          { __typename: 'Campaign', id: spring.id },
          { __typename: 'CampaignBudget', id: spring.budget.id },
          { __typename: 'PromotionRule', id: rule.id },
          { __typename: 'PromotionRuleValue', id: rule.values[0].id },
          { __typename: 'Promotion', id: generateId('promo') },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      { code: 'SNEAKERS20' },
      { amount: '20', promotion: { code: 'SNEAKERS20' } },
      { campaign_identifier: 'SPRING-2026' },
      { type: 'usage', campaign: { id: spring.id } },
      { attribute: 'items.product_id', operator: 'in', values: [{ value: rule.values[0].value }] },
      { value: rule.values[0].value, promotion_rule: { id: rule.id } },
      null,
    ]);
  });

  it('counts a usage once in its ledger, however often it is registered', async () => {
    const flat5 = byCode('FLAT5');
    const order = generateId('order');
    const register = `mutation ($reference_id: ID!) { promotion_usage_register(reference_id: $reference_id, actions: [{ code: "FLAT5", amount: "5" }]) {
      counted { promotion_id promotion_used } usages { promotion_id code amount } } }`;
    const first = await subgraph.execute<{ promotion_usage_register: { counted: unknown[]; usages: unknown[] } }>(
      register,
      { reference_id: order },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.promotion_usage_register.counted).toEqual([{ promotion_id: flat5.id, promotion_used: 1 }]);
    const again = await subgraph.execute<{ promotion_usage_register: { counted: unknown[]; usages: unknown[] } }>(
      register,
      { reference_id: order },
    );
    expect(again.data!.promotion_usage_register).toEqual({
      counted: [],
      usages: [{ promotion_id: flat5.id, code: 'FLAT5', amount: '5' }],
    });
    const { data } = await subgraph.execute<{ promotion: { used: number } }>(
      `{ promotion(id: "${flat5.id}") { used } }`,
    );
    expect(data!.promotion.used).toBe(1);
  });

  it.each([
    ['promotions', 'campaign_id', 'filters.campaign_id'],
    ['promotions', 'id', 'filters.id'],
    ['campaigns', 'id', 'filters.id'],
  ])('%s refuses a %s of another kind, naming the filter', async (list, filter, argument) => {
    const { data, errors } = await subgraph.execute(
      `{ ${list}(filters: { ${filter}: ["${generateId('cart')}"] }) { data { id } } }`,
    );
    expect(data).toBeNull();
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toContain(argument);
  });

  it.each([
    ['promotions', 'is_automatic', 'sortable: id, code, status, type, created_at, updated_at'],
    ['campaigns', 'description', 'sortable: id, name, campaign_identifier, starts_at, ends_at, created_at, updated_at'],
  ])('%s refuses sorting by %s, naming the sortable fields', async (list, field, sortable) => {
    const { errors } = await subgraph.execute(`{ ${list}(pagination: { order: "${field}" }) { data { id } } }`);
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].extensions?.argument).toBe('pagination.order');
    expect(errors?.[0].message).toContain(sortable);
  });
});
