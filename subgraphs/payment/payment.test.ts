import { paymentSubgraph } from '.';
import { startInProcessSubgraph, type InProcessSubgraph } from '../../test/support/subgraph';

interface Collection {
  id: string;
  status: string;
  amount: string;
  currency_code: string;
  payment_providers: { id: string }[];
  payment_sessions: { id: string; status: string }[];
  payments: { id: string; captures: { amount: string }[] }[];
}

/** The payment subgraph on its own: its queries and entity representations, in-process. */
describe('payment subgraph', () => {
  let subgraph: InProcessSubgraph;
  // Carts 0, 2, 4, … have a payment collection; 0, 4, … are completed (authorized and captured).
  beforeAll(async () => {
    subgraph = await startInProcessSubgraph(paymentSubgraph, { carts: 12 });
  });
  afterAll(() => subgraph.stop());

  const collections = async (filters: Record<string, unknown>, order?: string) => {
    const { data, errors } = await subgraph.execute<{
      payment_collections: { data: Collection[]; metadata: { count: number } };
    }>(
      `query ($filters: PaymentCollectionFilters, $order: String) {
         payment_collections(filters: $filters, pagination: { order: $order }) {
           data { id status amount currency_code payment_providers { id } payment_sessions { id status } payments { id captures { amount } } }
           metadata { count }
         } }`,
      { filters, order },
    );
    expect(errors).toBeUndefined();
    return data!.payment_collections;
  };

  it('lists collections with their providers, sessions, payments and captures, filtered and sorted, in one statement per relation', async () => {
    const before = subgraph.statements();
    const { data, metadata } = await collections({ status: ['authorized'] }, '-amount');
    // The page and its count, then providers, sessions, payments and captures: one statement each.
    expect(subgraph.statements() - before).toBe(6);
    expect(data.map((collection) => collection.status)).toEqual(['authorized', 'authorized', 'authorized']);
    expect(metadata.count).toBe(3);
    const amounts = data.map((collection) => Number(collection.amount));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    for (const collection of data) {
      expect(collection.payment_providers).toEqual([{ id: 'pp_system_default' }]);
      expect(collection.payment_sessions).toEqual([{ id: expect.stringMatching(/^payses_/), status: 'authorized' }]);
      expect(collection.payments).toEqual([
        { id: expect.stringMatching(/^pay_/), captures: [{ amount: collection.amount }] },
      ]);
    }
  });

  it('filters collections by an amount range and payments by their collection', async () => {
    const all = await collections({});
    expect(all.metadata.count).toBe(6);
    const amounts = [...new Set(all.data.map((collection) => Number(collection.amount)))].sort((a, b) => a - b);
    const bound = String(amounts[1]);
    const atMost = await collections({ amount: { lte: bound } });
    const expected = all.data
      .filter((collection) => Number(collection.amount) <= amounts[1])
      .map((collection) => collection.id);
    expect(expected.length).toBeLessThan(all.data.length);
    expect(atMost.data.map((collection) => collection.id)).toEqual(expected);

    const paid = all.data.find((collection) => collection.payments.length > 0)!;
    const { data, errors } = await subgraph.execute<{
      payments: { data: { id: string; payment_collection: { id: string } }[] };
    }>(
      `query ($ids: [ID!]) { payments(filters: { payment_collection_id: $ids }) { data { id payment_collection { id } } } }`,
      { ids: [paid.id] },
    );
    expect(errors).toBeUndefined();
    expect(data!.payments.data).toEqual([{ id: paid.payments[0].id, payment_collection: { id: paid.id } }]);
  });

  it('searches refund reasons and lists only the enabled providers when asked', async () => {
    const { data, errors } = await subgraph.execute<{
      refund_reasons: { data: { code: string }[] };
      payment_providers: { data: { id: string }[] };
    }>(
      `{ refund_reasons(filters: { q: "DAMAGED" }) { data { code } }
         payment_providers(filters: { is_enabled: true }) { data { id } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.refund_reasons.data).toEqual([{ code: 'damaged' }]);
    expect(data!.payment_providers.data).toEqual([{ id: 'pp_system_default' }]);
  });

  it('reads a soft-deleted collection by id only with with_deleted', async () => {
    const { data: listed } = await collections({ status: ['not_paid'] });
    const id = listed[0].id;
    await subgraph.db.query('update payment.payment_collection set deleted_at = now() where id = $1', [id]);
    try {
      const query = `query ($id: ID!, $withDeleted: Boolean) { payment_collection(id: $id, with_deleted: $withDeleted) { id deleted_at } }`;
      const live = await subgraph.execute<{ payment_collection: { id: string } | null }>(query, {
        id,
        withDeleted: false,
      });
      expect(live.errors).toBeUndefined();
      expect(live.data!.payment_collection).toBeNull();
      const any = await subgraph.execute<{ payment_collection: { id: string; deleted_at: string | null } | null }>(
        query,
        { id, withDeleted: true },
      );
      expect(any.data!.payment_collection).toEqual({ id, deleted_at: expect.any(String) });
    } finally {
      await subgraph.db.query('update payment.payment_collection set deleted_at = null where id = $1', [id]);
    }
  });

  it('answers entity representations, null for an unknown one', async () => {
    const { data: listed } = await subgraph.execute<{
      payments: { data: { id: string; payment_collection: { id: string } }[] };
    }>('{ payments(pagination: { take: 1 }) { data { id payment_collection { id } } } }');
    const payment = listed!.payments.data[0];
    const { data, errors } = await subgraph.execute<{ _entities: (Record<string, unknown> | null)[] }>(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
         ... on Payment { id payment_collection { id } } ... on PaymentCollection { id status } ... on PaymentProvider { id is_enabled } } }`,
      {
        representations: [
          { __typename: 'Payment', id: payment.id },
          { __typename: 'PaymentCollection', id: payment.payment_collection.id },
          { __typename: 'PaymentProvider', id: 'pp_stripe_stripe' },
          { __typename: 'PaymentCollection', id: 'pay_col_01ARZ3NDEKTSV4RRFFQ69G5FAV' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      { id: payment.id, payment_collection: { id: payment.payment_collection.id } },
      { id: payment.payment_collection.id, status: 'authorized' },
      { id: 'pp_stripe_stripe', is_enabled: false },
      null,
    ]);
  });

  it('refuses a filter id of another kind, naming the filter', async () => {
    const { errors } = await subgraph.execute(
      '{ payments(filters: { payment_session_id: ["pay_col_01ARZ3NDEKTSV4RRFFQ69G5FAV"] }) { data { id } } }',
    );
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toContain('filters.payment_session_id');
  });

  it('refuses sorting by a column that is not declared sortable, naming the ones that are', async () => {
    const { errors } = await subgraph.execute(
      '{ payment_collections(pagination: { order: "authorized_amount" }) { data { id } } }',
    );
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].extensions?.argument).toBe('pagination.order');
    expect(errors?.[0].message).toContain(
      'sortable: id, currency_code, amount, status, completed_at, created_at, updated_at',
    );
  });
});
