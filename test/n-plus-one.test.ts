import { startTestSupergraph, type TestSupergraph } from './support/supergraph';
import { CART_LIST_QUERY, type CartPage } from './support/queries';

let supergraph: TestSupergraph;
beforeAll(async () => {
  supergraph = await startTestSupergraph(60);
});
afterAll(() => supergraph?.stop());

async function listCost(take: number) {
  const { result, statements, subgraphRequests } = await supergraph.count(() =>
    supergraph.query<{ carts: { data: CartPage[] } }>(CART_LIST_QUERY, { take }),
  );
  expect(result.errors).toBeUndefined();
  expect(result.data!.carts.data).toHaveLength(take);
  return { statements, subgraphRequests, carts: result.data!.carts.data };
}

describe('no N+1 anywhere in the cart page', () => {
  it('50 carts cost the same SQL statements and subgraph requests as 5', async () => {
    const five = await listCost(5);
    const fifty = await listCost(50);

    // Both pages reach every link: orders, payment collections, promotions, shipping options.
    for (const page of [five, fifty]) {
      expect(page.carts.some((cart) => cart.order && cart.payment_collection && cart.promotions.length > 0)).toBe(true);
      expect(page.carts.some((cart) => cart.shipping_methods[0]?.shipping_option)).toBe(true);
    }
    expect(Object.keys(fifty.subgraphRequests)).toHaveLength(10);
    expect(fifty.subgraphRequests).toEqual(five.subgraphRequests);
    expect(fifty.statements).toBe(five.statements);
    // One statement per entity type and level, not per cart: far fewer than the carts listed.
    expect(fifty.statements).toBeLessThan(30);
  });
});
