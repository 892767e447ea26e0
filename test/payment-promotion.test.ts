import { campaigns, products, promotionCatalog, promotions, refundReasons } from '../seed/catalog';
import { cartPlan, demoCaptureId } from '../seed/carts';
import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';

/**
 * The payment and promotion modules through the gateway: payment collections with their
 * providers, sessions, payments, captures and refunds; promotions with their application method,
 * rules, campaign and budget; and the lists' filters, pagination, soft-delete handling and errors.
 */
const CARTS = 24;
let supergraph: TestSupergraph;
beforeAll(async () => {
  supergraph = await startTestSupergraph(CARTS);
});
afterAll(() => supergraph?.stop());

async function data<Data>(query: string, variables?: Record<string, unknown>): Promise<Data> {
  const response = await supergraph.query<Data>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

const completed = Array.from({ length: CARTS }, (_, index) => index).filter((index) => cartPlan(index).completed);
const withCollection = Array.from({ length: CARTS }, (_, index) => index).filter(
  (index) => cartPlan(index).hasPaymentCollection,
);

interface DemoCart {
  id: string;
  currency_code: string;
  completed_at: string | null;
  payment_collection: { id: string; amount: string } | null;
  order: { transactions: { reference: string; reference_id: string; amount: string }[] } | null;
  promotions: { code: string; rules: { attribute: string; operator: string; values: { value: string }[] }[] }[];
}
let carts: DemoCart[];
beforeAll(async () => {
  carts = (
    await data<{ carts: { data: DemoCart[] } }>(
      `query($take: Int!) { carts(pagination: { take: $take }) { data {
        id currency_code completed_at
        payment_collection { id amount }
        order { transactions { reference reference_id amount } }
        promotions { code rules { attribute operator values { value } } }
      } } }`,
      { take: CARTS },
    )
  ).carts.data;
  expect(carts).toHaveLength(CARTS);
});

describe("payment: the demo store's collections", () => {
  interface Collection {
    id: string;
    amount: string;
    currency_code: string;
    status: string;
    authorized_amount: string | null;
    captured_amount: string | null;
    refunded_amount: string | null;
    completed_at: string | null;
    payment_providers: { id: string; is_enabled: boolean }[];
    payment_sessions: { id: string; status: string; amount: string; payment: { id: string } | null }[];
    payments: {
      id: string;
      amount: string;
      currency_code: string;
      provider_id: string;
      captured_at: string | null;
      canceled_at: string | null;
      payment_collection: { id: string };
      payment_session: { id: string; status: string };
      captures: { id: string; amount: string; payment: { id: string } }[];
      refunds: { id: string }[];
    }[];
  }
  const COLLECTION = `id amount currency_code status authorized_amount captured_amount refunded_amount completed_at
    payment_providers { id is_enabled }
    payment_sessions { id status amount payment { id } }
    payments {
      id amount currency_code provider_id captured_at canceled_at
      payment_collection { id } payment_session { id status }
      captures { id amount payment { id } } refunds { id }
    }`;

  it("authorizes and captures every completed cart's collection in full, with one payment and one capture", async () => {
    for (const index of withCollection) {
      const cart = carts[index];
      const { payment_collection: collection } = await data<{ payment_collection: Collection }>(
        `query($id: ID!) { payment_collection(id: $id) { ${COLLECTION} } }`,
        { id: cart.payment_collection!.id },
      );
      expect(collection.amount).toBe(cart.payment_collection!.amount);
      expect(collection.currency_code).toBe(cart.currency_code);
      expect(collection.payment_providers).toEqual([{ id: 'pp_system_default', is_enabled: true }]);
      expect(collection.payment_sessions).toHaveLength(1);
      const [session] = collection.payment_sessions;
      expect(session.amount).toBe(collection.amount);
      if (!cartPlan(index).completed) {
        expect(collection).toMatchObject({
          status: 'not_paid',
          authorized_amount: null,
          captured_amount: null,
          refunded_amount: null,
          payments: [],
        });
        expect(session).toMatchObject({ status: 'pending', payment: null });
        continue;
      }
      // Medusa's payment module: the authorized session made a payment; capturing it in full
      // sets captured_amount and the payment's captured_at, and the status stays `authorized`.
      expect(collection).toMatchObject({
        status: 'authorized',
        authorized_amount: collection.amount,
        captured_amount: collection.amount,
        refunded_amount: '0',
        completed_at: null,
      });
      expect(collection.payments).toHaveLength(1);
      const [payment] = collection.payments;
      expect(payment.id).toMatch(/^pay_[0-9A-Z]{26}$/);
      expect(payment).toMatchObject({
        amount: collection.amount,
        currency_code: collection.currency_code,
        provider_id: 'pp_system_default',
        captured_at: cart.completed_at,
        canceled_at: null,
        payment_collection: { id: collection.id },
        payment_session: { id: session.id, status: 'authorized' },
        refunds: [],
      });
      expect(session.payment).toEqual({ id: payment.id });
      expect(payment.captures).toEqual([
        { id: demoCaptureId(index), amount: collection.amount, payment: { id: payment.id } },
      ]);
      // The order's `capture` transaction refers to this capture, for the same amount.
      const capture = cart.order!.transactions.find((transaction) => transaction.reference === 'capture')!;
      expect(capture.reference_id).toBe(demoCaptureId(index));
      expect(Number(capture.amount)).toBe(Number(payment.captures[0].amount));
    }
  });

  it('reads payments, captures, sessions and providers by id', async () => {
    const result = await data<{
      capture: { amount: string; payment: { id: string; payment_collection: { id: string } } };
      payment_provider: { id: string; is_enabled: boolean };
      missing: null;
    }>(
      `query($capture: ID!) {
        capture(id: $capture) { amount payment { id payment_collection { id } } }
        payment_provider(id: "pp_stripe_stripe") { id is_enabled }
        missing: payment_provider(id: "pp_adyen_adyen") { id }
      }`,
      { capture: demoCaptureId(0) },
    );
    expect(result.capture.payment.payment_collection.id).toBe(carts[0].payment_collection!.id);
    expect(result.capture.amount).toBe(carts[0].payment_collection!.amount);
    expect(result.payment_provider).toEqual({ id: 'pp_stripe_stripe', is_enabled: false });
    expect(result.missing).toBeNull();
    const { payment } = await data<{ payment: { id: string; payment_session: { payment: { id: string } } } }>(
      `query($id: ID!) { payment(id: $id) { id payment_session { payment { id } } } }`,
      { id: result.capture.payment.id },
    );
    expect(payment.payment_session.payment.id).toBe(payment.id);
  });

  it('gives refunds with their reason, and the reason its refunds', async () => {
    const { capture } = await data<{ capture: { payment: { id: string } } }>(
      `query($id: ID!) { capture(id: $id) { payment { id } } }`,
      { id: demoCaptureId(4) },
    );
    const refundId = 'ref_01KDVDNA00AAAAAAAAAAAAAAAA';
    const reason = refundReasons[0];
    await supergraph.db.query(
      `insert into payment.refund (id, amount, payment_id, refund_reason_id, note, created_by) values ($1, '2.50', $2, $3, 'Parcel was late', 'user_admin')`,
      [refundId, capture.payment.id, reason.id],
    );
    try {
      const query = `query($payment: ID!, $reason: ID!, $refund: ID!, $with_deleted: Boolean) {
        payment(id: $payment) { refunds { id amount note created_by refund_reason { code label } } }
        refund_reason(id: $reason) { refunds { id payment { id } } }
        refund(id: $refund, with_deleted: $with_deleted) { id refund_reason_id }
      }`;
      const variables = { payment: capture.payment.id, reason: reason.id, refund: refundId };
      const live = await data<{
        payment: { refunds: unknown[] };
        refund_reason: { refunds: unknown[] };
        refund: { id: string; refund_reason_id: string } | null;
      }>(query, variables);
      expect(live.payment.refunds).toEqual([
        {
          id: refundId,
          amount: '2.50',
          note: 'Parcel was late',
          created_by: 'user_admin',
          refund_reason: { code: reason.code, label: reason.label },
        },
      ]);
      expect(live.refund_reason.refunds).toEqual([{ id: refundId, payment: { id: capture.payment.id } }]);
      expect(live.refund).toEqual({ id: refundId, refund_reason_id: reason.id });

      await supergraph.db.query('update payment.refund set deleted_at = now() where id = $1', [refundId]);
      const hidden = await data<{ payment: { refunds: unknown[] }; refund: null }>(query, variables);
      expect(hidden.payment.refunds).toEqual([]);
      expect(hidden.refund).toBeNull();
      const shown = await data<{ refund: { id: string } }>(query, { ...variables, with_deleted: true });
      expect(shown.refund).toEqual({ id: refundId, refund_reason_id: reason.id });
    } finally {
      await supergraph.db.query('delete from payment.refund where id = $1', [refundId]);
    }
  });
});

describe('payment: list filters and pagination', () => {
  type CollectionPage = {
    payment_collections: {
      data: { id: string; amount: string }[];
      metadata: { count: number; skip: number; take: number };
    };
  };
  const COLLECTIONS = `query($filters: PaymentCollectionFilters, $pagination: Pagination, $with_deleted: Boolean) {
    payment_collections(filters: $filters, pagination: $pagination, with_deleted: $with_deleted) {
      data { id amount } metadata { count skip take }
    }
  }`;
  const collections = async (variables: Record<string, unknown>) =>
    (await data<CollectionPage>(COLLECTIONS, variables)).payment_collections;
  const collectionIdOf = (index: number) => carts[index].payment_collection!.id;
  const ids = (page: { data: { id: string }[] }) => page.data.map((row) => row.id).sort();

  it('filters collections by ids, status, currency, an amount range and a date range', async () => {
    expect(ids(await collections({ filters: { id: [collectionIdOf(0), collectionIdOf(2)] } }))).toEqual(
      [collectionIdOf(0), collectionIdOf(2)].sort(),
    );
    expect(ids(await collections({ filters: { status: ['authorized'] }, pagination: { take: 200 } }))).toEqual(
      completed.map(collectionIdOf).sort(),
    );
    expect(
      ids(await collections({ filters: { status: ['not_paid', 'awaiting'] }, pagination: { take: 200 } })),
    ).toEqual(
      withCollection
        .filter((index) => !cartPlan(index).completed)
        .map(collectionIdOf)
        .sort(),
    );
    const inEuros = withCollection.filter((index) => carts[index].currency_code === 'eur');
    expect(inEuros.length).toBeGreaterThan(0);
    expect(ids(await collections({ filters: { currency_code: ['eur'] }, pagination: { take: 200 } }))).toEqual(
      inEuros.map(collectionIdOf).sort(),
    );

    // Amounts are exact decimals (totals with tax can have more than two places): compare as numbers.
    const amounts = withCollection
      .map((index) => carts[index].payment_collection!.amount)
      .sort((a, b) => Number(a) - Number(b));
    const bound = amounts[Math.floor(amounts.length / 2)];
    const atLeast = await collections({ filters: { amount: { gte: bound } }, pagination: { take: 200 } });
    expect(atLeast.metadata.count).toBe(amounts.filter((amount) => Number(amount) >= Number(bound)).length);
    for (const row of atLeast.data) expect(Number(row.amount)).toBeGreaterThanOrEqual(Number(bound));
    const exactly = await collections({ filters: { amount: { eq: bound } }, pagination: { take: 200 } });
    expect(exactly.metadata.count).toBe(amounts.filter((amount) => amount === bound).length);
    expect(exactly.data.map((row) => row.amount)).toContain(bound);
    const between = await collections({ filters: { amount: { gt: bound, lte: '100000' } }, pagination: { take: 200 } });
    expect(between.metadata.count).toBe(amounts.filter((amount) => Number(amount) > Number(bound)).length);

    const firstCreated = (
      await data<{ payment_collection: { created_at: string } }>(
        `query($id: ID!) { payment_collection(id: $id) { created_at } }`,
        { id: collectionIdOf(0) },
      )
    ).payment_collection.created_at;
    expect((await collections({ filters: { created_at: { lte: firstCreated } } })).metadata.count).toBe(1);
    expect((await collections({ filters: { created_at: { gt: firstCreated } } })).metadata.count).toBe(
      withCollection.length - 1,
    );
    // Capturing does not complete a collection in Medusa: no demo collection has completed_at.
    expect((await collections({ filters: { completed_at: { gte: '2000-01-01T00:00:00Z' } } })).metadata.count).toBe(0);
  });

  it('pages, sorts by amount both ways and counts every match', async () => {
    const total = withCollection.length;
    const ascending = await collections({ pagination: { order: 'amount', take: 200 } });
    const values = ascending.data.map((row) => Number(row.amount));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(new Set(values).size).toBeGreaterThan(1);
    const descending = await collections({ pagination: { order: '-amount', take: 200 } });
    expect(descending.data.map((row) => Number(row.amount))).toEqual([...values].sort((a, b) => b - a));
    const page = await collections({ pagination: { skip: 2, take: 3 } });
    expect(page.metadata).toEqual({ count: total, skip: 2, take: 3 });
    expect(page.data.map((row) => row.id)).toEqual(withCollection.slice(2, 5).map(collectionIdOf));
    expect(await collections({ pagination: { skip: total, take: 5 } })).toEqual({
      data: [],
      metadata: { count: total, skip: total, take: 5 },
    });
    expect((await collections({ pagination: { take: 200 } })).data).toHaveLength(total);
  });

  it('filters payments by collection, provider, captured_at and amount, and lists providers and refund reasons', async () => {
    const captureTimes = completed.map((index) => carts[index].completed_at!).sort();
    const bound = captureTimes[Math.floor(captureTimes.length / 2)];
    const result = await data<{
      byCollection: { data: { payment_collection_id: string }[] };
      system: { metadata: { count: number } };
      stripe: { metadata: { count: number } };
      later: { data: { captured_at: string }[]; metadata: { count: number } };
      canceled: { metadata: { count: number } };
      cheap: { data: { amount: string }[] };
      newest: { data: { captured_at: string }[] };
      payment_providers: { data: { id: string; is_enabled: boolean }[] };
      enabled: { data: { id: string }[] };
      refund_reasons: { data: { code: string }[]; metadata: { count: number } };
      arrived: { data: { code: string }[] };
      byCode: { data: { label: string }[] };
    }>(
      `query($collection: ID!, $bound: DateTime!) {
        byCollection: payments(filters: { payment_collection_id: [$collection] }) { data { payment_collection_id } }
        system: payments(filters: { provider_id: ["pp_system_default"] }) { metadata { count } }
        stripe: payments(filters: { provider_id: ["pp_stripe_stripe"] }) { metadata { count } }
        later: payments(filters: { captured_at: { gte: $bound } }) { data { captured_at } metadata { count } }
        canceled: payments(filters: { canceled_at: { lte: "2100-01-01T00:00:00Z" } }) { metadata { count } }
        cheap: payments(filters: { amount: { lt: "0.01" } }) { data { amount } }
        newest: payments(pagination: { order: "-captured_at", take: 1 }) { data { captured_at } }
        payment_providers { data { id is_enabled } }
        enabled: payment_providers(filters: { is_enabled: true }) { data { id } }
        refund_reasons(pagination: { order: "code" }) { data { code } metadata { count } }
        arrived: refund_reasons(filters: { q: "ARRIVED" }, pagination: { order: "-code" }) { data { code } }
        byCode: refund_reasons(filters: { code: ["damaged"] }) { data { label } }
      }`,
      { collection: collectionIdOf(4), bound },
    );
    expect(result.byCollection.data).toEqual([{ payment_collection_id: collectionIdOf(4) }]);
    expect(result.system.metadata.count).toBe(completed.length);
    expect(result.stripe.metadata.count).toBe(0);
    expect(result.later.metadata.count).toBe(captureTimes.filter((time) => time >= bound).length);
    for (const payment of result.later.data) expect(payment.captured_at >= bound).toBe(true);
    expect(result.canceled.metadata.count).toBe(0);
    expect(result.cheap.data).toEqual([]);
    expect(result.newest.data).toEqual([{ captured_at: captureTimes[captureTimes.length - 1] }]);
    expect(result.payment_providers.data).toEqual([
      { id: 'pp_stripe_stripe', is_enabled: false },
      { id: 'pp_system_default', is_enabled: true },
    ]);
    expect(result.enabled.data).toEqual([{ id: 'pp_system_default' }]);
    expect(result.refund_reasons.data.map((reason) => reason.code)).toEqual(
      refundReasons.map((reason) => reason.code).sort(),
    );
    expect(result.refund_reasons.metadata.count).toBe(refundReasons.length);
    expect(result.arrived.data).toEqual([{ code: 'late_delivery' }, { code: 'damaged' }]);
    expect(result.byCode.data).toEqual([{ label: 'Damaged item' }]);
  });

  it('hides a soft-deleted collection unless with_deleted is true, and in relations', async () => {
    const collectionId = collectionIdOf(2);
    const sessionOf2 = (
      await data<{ payment_collection: { payment_sessions: { id: string }[] } }>(
        `query($id: ID!) { payment_collection(id: $id) { payment_sessions { id } } }`,
        { id: collectionId },
      )
    ).payment_collection.payment_sessions[0].id;
    await supergraph.db.query('update payment.payment_collection set deleted_at = now() where id = $1', [collectionId]);
    try {
      expect(ids(await collections({ pagination: { take: 200 } }))).not.toContain(collectionId);
      const all = await collections({ pagination: { take: 200 }, with_deleted: true });
      expect(ids(all)).toContain(collectionId);
      expect(all.metadata.count).toBe(withCollection.length);
      const byId = `query($id: ID!, $with_deleted: Boolean) { payment_collection(id: $id, with_deleted: $with_deleted) { id deleted_at } }`;
      expect((await data<{ payment_collection: null }>(byId, { id: collectionId })).payment_collection).toBeNull();
      const deleted = (
        await data<{ payment_collection: { deleted_at: string } }>(byId, { id: collectionId, with_deleted: true })
      ).payment_collection;
      expect(deleted.deleted_at).toEqual(expect.any(String));
      // Relations hide it too: its session no longer reaches it.
      const { payment_session } = await data<{ payment_session: { payment_collection: null } }>(
        `query($id: ID!) { payment_session(id: $id) { payment_collection { id } } }`,
        { id: sessionOf2 },
      );
      expect(payment_session.payment_collection).toBeNull();
    } finally {
      await supergraph.db.query('update payment.payment_collection set deleted_at = null where id = $1', [
        collectionId,
      ]);
    }
  });
});

describe("promotion: the demo store's promotions", () => {
  interface Rule {
    attribute: string;
    operator: string;
    description: string | null;
    values: { value: string; promotion_rule_id: string; promotion_rule: { attribute: string } }[];
  }
  interface DemoPromotion {
    id: string;
    code: string;
    type: string;
    status: string;
    is_automatic: boolean;
    limit: number | null;
    used: number;
    campaign_id: string | null;
    campaign: { id: string; campaign_identifier: string } | null;
    rules: Rule[];
    application_method: {
      type: string;
      value: string;
      currency_code: string | null;
      target_type: string;
      allocation: string;
      max_quantity: number | null;
      apply_to_quantity: number | null;
      buy_rules_min_quantity: number | null;
      promotion: { id: string };
      target_rules: Rule[];
      buy_rules: Rule[];
    };
  }
  const RULE = 'attribute operator description values { value promotion_rule_id promotion_rule { attribute } }';
  let all: DemoPromotion[];
  beforeAll(async () => {
    all = (
      await data<{ promotions: { data: DemoPromotion[] } }>(`{ promotions(pagination: { take: 200 }) { data {
        id code type status is_automatic limit used campaign_id campaign { id campaign_identifier }
        rules { ${RULE} }
        application_method {
          type value currency_code target_type allocation max_quantity apply_to_quantity buy_rules_min_quantity
          promotion { id } target_rules { ${RULE} } buy_rules { ${RULE} }
        }
      } } }`)
    ).promotions.data;
  });
  const byCode = (code: string) => all.find((promotion) => promotion.code === code)!;
  const shape = (rules: Rule[]) =>
    rules.map((rule) => ({
      attribute: rule.attribute,
      operator: rule.operator,
      values: rule.values.map((value) => value.value),
    }));

  it('keeps WELCOME10 and SUMMER15 as the carts use them, with a currency rule', () => {
    expect(all.map((promotion) => promotion.code).sort()).toEqual(
      promotionCatalog.map((promotion) => promotion.code).sort(),
    );
    for (const seeded of promotions) {
      const promotion = byCode(seeded.code);
      expect(promotion).toMatchObject({
        id: seeded.id,
        type: 'standard',
        status: 'active',
        is_automatic: false,
        campaign: null,
      });
      expect(promotion.application_method).toMatchObject({
        type: 'percentage',
        value: String(seeded.percent),
        target_type: 'items',
        allocation: 'each',
        promotion: { id: seeded.id },
        target_rules: [],
        buy_rules: [],
      });
      expect(shape(promotion.rules)).toEqual([{ attribute: 'currency_code', operator: 'in', values: ['eur', 'usd'] }]);
      for (const value of promotion.rules[0].values) {
        expect(value.promotion_rule).toEqual({ attribute: 'currency_code' });
        expect(value.promotion_rule_id).toMatch(/^prorul_/);
      }
    }
  });

  it('applies promotions only to carts their rules accept', () => {
    let checked = 0;
    carts.forEach((cart, index) => {
      expect(cart.promotions.map((promotion) => promotion.code)).toEqual(
        cartPlan(index).promotion ? [cartPlan(index).promotion!.code] : [],
      );
      for (const promotion of cart.promotions) {
        const currency = promotion.rules.find((rule) => rule.attribute === 'currency_code')!;
        expect(currency.values.map((value) => value.value)).toContain(cart.currency_code);
        checked += 1;
      }
    });
    expect(checked).toBe(CARTS / 3);
  });

  it('has a fixed-amount promotion, target rules, buy rules and an automatic one', () => {
    expect(byCode('FLAT5')).toMatchObject({
      limit: 500,
      used: 0,
      campaign: null,
      application_method: {
        type: 'fixed',
        value: '5',
        currency_code: 'eur',
        target_type: 'items',
        allocation: 'across',
        max_quantity: null,
      },
    });
    expect(shape(byCode('FLAT5').rules)).toEqual([{ attribute: 'currency_code', operator: 'eq', values: ['eur'] }]);
    const sneakers = products.find((product) => product.handle === 'sneakers')!;
    expect(shape(byCode('SNEAKERS20').application_method.target_rules)).toEqual([
      { attribute: 'items.product_id', operator: 'in', values: [sneakers.id] },
    ]);
    const buyGet = byCode('BUY2CAPS');
    expect(buyGet).toMatchObject({
      type: 'buyget',
      application_method: {
        type: 'percentage',
        value: '100',
        apply_to_quantity: 1,
        buy_rules_min_quantity: 2,
        max_quantity: 1,
      },
    });
    expect(shape(buyGet.application_method.buy_rules)).toEqual([
      {
        attribute: 'items.product_id',
        operator: 'in',
        values: [products.find((product) => product.handle === 'cap')!.id],
      },
    ]);
    expect(shape(buyGet.application_method.target_rules)).toEqual([
      {
        attribute: 'items.product_id',
        operator: 'in',
        values: [products.find((product) => product.handle === 'tote-bag')!.id],
      },
    ]);
    expect(byCode('FREESHIPPING')).toMatchObject({
      is_automatic: true,
      application_method: { target_type: 'shipping_methods', type: 'percentage', value: '100' },
    });
  });

  it('groups three promotions in a campaign with a usage budget', async () => {
    const [spring] = campaigns;
    for (const code of ['SNEAKERS20', 'FREESHIPPING', 'BUY2CAPS']) {
      expect(byCode(code).campaign).toEqual({ id: spring.id, campaign_identifier: 'SPRING-2026' });
    }
    const { campaign } = await data<{
      campaign: {
        name: string;
        starts_at: string;
        ends_at: string;
        budget: {
          id: string;
          type: string;
          currency_code: string | null;
          limit: string;
          used: string;
          attribute: string | null;
          campaign_id: string;
          campaign: { id: string };
        };
        promotions: { code: string }[];
      };
    }>(
      `query($id: ID!) { campaign(id: $id) {
        name starts_at ends_at
        budget { id type currency_code limit used attribute campaign_id campaign { id } }
        promotions { code }
      } }`,
      { id: spring.id },
    );
    expect(campaign).toMatchObject({
      name: 'Spring Launch 2026',
      starts_at: '2026-03-01T00:00:00.000Z',
      ends_at: '2026-05-31T23:59:59.000Z',
      budget: {
        id: spring.budget.id,
        type: 'usage',
        currency_code: null,
        limit: '1000',
        used: '0',
        attribute: null,
        campaign_id: spring.id,
        campaign: { id: spring.id },
      },
    });
    expect(campaign.promotions.map((promotion) => promotion.code).sort()).toEqual([
      'BUY2CAPS',
      'FREESHIPPING',
      'SNEAKERS20',
    ]);
    // The demo carts were completed before the campaign started, so none of its promotions is on one.
    for (const cart of carts) if (cart.completed_at) expect(cart.completed_at < campaign.starts_at).toBe(true);
  });
});

describe('promotion: list filters and pagination', () => {
  type PromotionPage = {
    promotions: { data: { code: string }[]; metadata: { count: number; skip: number; take: number } };
  };
  const PROMOTIONS = `query($filters: PromotionFilters, $pagination: Pagination, $with_deleted: Boolean) {
    promotions(filters: $filters, pagination: $pagination, with_deleted: $with_deleted) { data { code } metadata { count skip take } }
  }`;
  const codes = async (variables: Record<string, unknown>) =>
    (await data<PromotionPage>(PROMOTIONS, variables)).promotions.data.map((row) => row.code);
  const page = async (variables: Record<string, unknown>) =>
    (await data<PromotionPage>(PROMOTIONS, variables)).promotions;
  const TOTAL = promotionCatalog.length;
  const SPRING = campaigns[0].id;

  it('filters promotions by ids, codes, status, type, automatic, campaign, q and dates', async () => {
    const welcome = promotions[0];
    expect(await codes({ filters: { id: [welcome.id] } })).toEqual(['WELCOME10']);
    expect(await codes({ filters: { code: ['FLAT5', 'NOPE'] } })).toEqual(['FLAT5']);
    expect((await page({ filters: { status: ['active'] } })).metadata.count).toBe(TOTAL);
    expect(await codes({ filters: { status: ['draft', 'inactive'] } })).toEqual([]);
    expect(await codes({ filters: { type: ['buyget'] } })).toEqual(['BUY2CAPS']);
    expect(await codes({ filters: { is_automatic: true } })).toEqual(['FREESHIPPING']);
    expect(await codes({ filters: { campaign_id: [SPRING] }, pagination: { order: 'code' } })).toEqual([
      'BUY2CAPS',
      'FREESHIPPING',
      'SNEAKERS20',
    ]);
    expect(await codes({ filters: { q: 'summer' } })).toEqual(['SUMMER15']);
    expect(
      (await page({ filters: { created_at: { lte: '2025-12-01T00:00:00Z', gte: '2025-12-01T00:00:00Z' } } })).metadata
        .count,
    ).toBe(TOTAL);
    expect((await page({ filters: { updated_at: { gt: '2025-12-01T00:00:00Z' } } })).metadata.count).toBe(0);
  });

  it('pages and sorts promotions by code both ways', async () => {
    const sorted = promotionCatalog.map((promotion) => promotion.code).sort();
    expect(await codes({ pagination: { order: 'code' } })).toEqual(sorted);
    expect(await codes({ pagination: { order: '-code' } })).toEqual([...sorted].reverse());
    expect(await page({ pagination: { order: 'code', skip: 2, take: 2 } })).toEqual({
      data: sorted.slice(2, 4).map((code) => ({ code })),
      metadata: { count: TOTAL, skip: 2, take: 2 },
    });
    expect(await page({ pagination: { skip: TOTAL } })).toEqual({
      data: [],
      metadata: { count: TOTAL, skip: TOTAL, take: 20 },
    });
    expect((await page({ pagination: { take: 200 } })).data).toHaveLength(TOTAL);
  });

  it('filters campaigns by identifier, date ranges and q', async () => {
    const result = await data<{
      byIdentifier: { data: { name: string }[] };
      startsInMarch: { data: { campaign_identifier: string }[] };
      endedBefore: { data: unknown[]; metadata: { count: number } };
      search: { data: { name: string }[] };
      searchIdentifier: { data: { name: string }[] };
      none: { data: unknown[] };
    }>(`{
      byIdentifier: campaigns(filters: { campaign_identifier: ["SPRING-2026"] }) { data { name } }
      startsInMarch: campaigns(filters: { starts_at: { gte: "2026-03-01T00:00:00Z", lt: "2026-04-01T00:00:00Z" } }) { data { campaign_identifier } }
      endedBefore: campaigns(filters: { ends_at: { lt: "2026-05-31T00:00:00Z" } }) { data { name } metadata { count } }
      search: campaigns(filters: { q: "launch" }, pagination: { order: "-starts_at" }) { data { name } }
      searchIdentifier: campaigns(filters: { q: "spring-2026" }) { data { name } }
      none: campaigns(filters: { q: "winter" }) { data { name } }
    }`);
    expect(result.byIdentifier.data).toEqual([{ name: 'Spring Launch 2026' }]);
    expect(result.startsInMarch.data).toEqual([{ campaign_identifier: 'SPRING-2026' }]);
    expect(result.endedBefore.metadata.count).toBe(0);
    expect(result.search.data).toEqual([{ name: 'Spring Launch 2026' }]);
    expect(result.searchIdentifier.data).toEqual([{ name: 'Spring Launch 2026' }]);
    expect(result.none.data).toEqual([]);
  });

  it('hides soft-deleted promotions, campaigns and rule values unless asked', async () => {
    const flat5 = promotionCatalog.find((promotion) => promotion.code === 'FLAT5')!;
    const value = promotionCatalog[0].rules[0].values[1];
    await supergraph.db.query('update promotion.promotion set deleted_at = now() where id = $1', [flat5.id]);
    await supergraph.db.query('update promotion.promotion_campaign set deleted_at = now() where id = $1', [SPRING]);
    await supergraph.db.query('update promotion.promotion_rule_value set deleted_at = now() where id = $1', [value.id]);
    try {
      expect(await codes({ pagination: { take: 200 } })).not.toContain('FLAT5');
      expect((await page({ with_deleted: true })).metadata.count).toBe(TOTAL);
      expect(await codes({ filters: { code: ['FLAT5'] }, with_deleted: true })).toEqual(['FLAT5']);
      const query = `query($promotion: ID!, $campaign: ID!, $with_deleted: Boolean) {
        promotion(id: $promotion, with_deleted: $with_deleted) { code }
        campaign(id: $campaign, with_deleted: $with_deleted) { campaign_identifier promotions { code } }
        campaigns(with_deleted: $with_deleted) { metadata { count } }
        sneakers: promotions(filters: { code: ["SNEAKERS20", "WELCOME10"] }, pagination: { order: "code" }) {
          data { code campaign { id } rules { values { value } } }
        }
      }`;
      const live = await data<{
        promotion: null;
        campaign: null;
        campaigns: { metadata: { count: number } };
        sneakers: { data: { code: string; campaign: null; rules: { values: { value: string }[] }[] }[] };
      }>(query, { promotion: flat5.id, campaign: SPRING });
      expect(live.promotion).toBeNull();
      expect(live.campaign).toBeNull();
      expect(live.campaigns.metadata.count).toBe(0);
      // Relations hide the deleted campaign and rule value.
      expect(live.sneakers.data).toEqual([
        { code: 'SNEAKERS20', campaign: null, rules: [{ values: [{ value: 'eur' }, { value: 'usd' }] }] },
        { code: 'WELCOME10', campaign: null, rules: [{ values: [{ value: 'eur' }] }] },
      ]);
      const deleted = await data<{
        promotion: { code: string };
        campaign: { campaign_identifier: string; promotions: { code: string }[] };
        campaigns: { metadata: { count: number } };
      }>(query, { promotion: flat5.id, campaign: SPRING, with_deleted: true });
      expect(deleted.promotion).toEqual({ code: 'FLAT5' });
      expect(deleted.campaign.campaign_identifier).toBe('SPRING-2026');
      expect(deleted.campaign.promotions).toHaveLength(3);
      expect(deleted.campaigns.metadata.count).toBe(1);
    } finally {
      await supergraph.db.query('update promotion.promotion set deleted_at = null where id = $1', [flat5.id]);
      await supergraph.db.query('update promotion.promotion_campaign set deleted_at = null where id = $1', [SPRING]);
      await supergraph.db.query('update promotion.promotion_rule_value set deleted_at = null where id = $1', [
        value.id,
      ]);
    }
  });
});

describe('no N+1', () => {
  it('costs one statement per relation, whatever the number of parents', async () => {
    const payments = await supergraph.count(() =>
      data(`{ payment_collections(pagination: { take: 200 }) { data {
        payment_providers { id } payment_sessions { payment { id } }
        payments { payment_session { id } captures { id } refunds { refund_reason { id } } }
      } } }`),
    );
    // collections, providers, sessions, payments by session, payments, sessions by id, captures, refunds
    // (no refund: no reason to load).
    expect(payments.statements).toBe(8);
    const promotionsCost = await supergraph.count(() =>
      data(`{ promotions(pagination: { take: 200 }) { data {
        campaign { budget { id } promotions { id } } rules { values { id } }
        application_method { target_rules { values { id } } buy_rules { id } }
      } } }`),
    );
    // promotions, campaigns, budgets, campaign promotions, rules, methods, target rules, buy rules,
    // and rule values twice: once per depth they are asked at (rules.values, target_rules.values).
    expect(promotionsCost.statements).toBe(10);
  });
});

describe('bad input', () => {
  it('refuses unknown sort fields', async () => {
    for (const query of [
      '{ promotions(pagination: { order: "percent" }) { data { id } } }',
      '{ campaigns(pagination: { order: "-budget" }) { data { id } } }',
      '{ payment_collections(pagination: { order: "email" }) { data { id } } }',
      '{ payments(pagination: { order: "status" }) { data { id } } }',
    ]) {
      const response = await supergraph.query(query);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].message).toMatch(/Unknown sort field/);
    }
  });

  it('refuses malformed ids', async () => {
    for (const [query, expected] of [
      ['{ campaign(id: "promo_01KDVDNA00ZZZZZZZZZZZZZZZZ") { id } }', 'procamp_'],
      ['{ promotions(filters: { campaign_id: ["SPRING-2026"] }) { data { id } } }', 'procamp_'],
      [
        '{ payments(filters: { payment_collection_id: ["pay_01KDVDNA00ZZZZZZZZZZZZZZZZ"] }) { data { id } } }',
        'pay_col_',
      ],
      ['{ capture(id: "capt_1") { id } }', 'capt_'],
    ]) {
      const response = await supergraph.query(query);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].message).toContain(`expected "${expected}"`);
    }
  });

  it('refuses a malformed date or amount in a variable', async () => {
    const dates = await supergraph.query('query($f: CampaignFilters) { campaigns(filters: $f) { data { id } } }', {
      f: { starts_at: { gte: '1st of March' } },
    });
    expect(errorCode(dates)).toBe('BAD_USER_INPUT');
    const amounts = await supergraph.query(
      'query($f: PaymentCollectionFilters) { payment_collections(filters: $f) { data { id } } }',
      {
        f: { amount: { gte: 'ten euros' } },
      },
    );
    expect(errorCode(amounts)).toBe('BAD_USER_INPUT');
  });
});
