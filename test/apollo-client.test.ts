import { buildSchema, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import { possibleTypes, typePolicies } from '../client/generated/apollo-cache';
import { sumBigNumbers, toDecimal } from '../client/big-number';
import {
  AddLineItemMutation,
  addLineItem,
  cachedCartPage,
  cartPage,
  CartPageQuery,
  CatalogQuery,
  CreateCartMutation,
  storeClient,
} from '../examples/apollo-client/cart-page';
import { links, pivotTypeName } from '../subgraphs/link/links';
import { projectPath } from '../kit/paths';
import { runScript } from './support/processes';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * Apollo Client on the supergraph: the generated client/generated/apollo-cache.ts tells its cache
 * how each type is identified, so a mutation's returned cart updates the cached cart page, and the
 * example (examples/apollo-client) shows it through the real gateway.
 */
describe('the generated cache policies', () => {
  it('key entities by id, a country by iso_2, pivot rows by their two ids, and leave types without identity unkeyed', () => {
    expect(typePolicies).toMatchObject({
      Cart: { keyFields: ['id'] },
      LineItem: { keyFields: ['id'] },
      Order: { keyFields: ['id'] },
      ProductVariant: { keyFields: ['id'] },
      Country: { keyFields: ['iso_2'] },
      LinkCartPromotion: { keyFields: ['cart_id', 'promotion_id'] },
      LinkOrderCart: { keyFields: ['order_id', 'cart_id'] },
      CartList: { keyFields: false },
      PageMetadata: { keyFields: false },
      CompleteCartResult: { keyFields: false },
    });
    for (const link of links) {
      expect(typePolicies[pivotTypeName(link)]).toEqual({ keyFields: link.sides.map((side) => side.key) });
    }
    expect(typePolicies.Query).toBeUndefined();
    expect(typePolicies.Mutation).toBeUndefined();
  });

  it('name the members of each union', () => {
    expect(possibleTypes.LinkRow.sort()).toEqual(links.map(pivotTypeName).sort());
  });
});

describe('the Apollo Client example, through the gateway', () => {
  let supergraph: TestSupergraph;
  beforeAll(async () => {
    supergraph = await startTestSupergraph(2);
  });
  afterAll(() => supergraph?.stop());

  it('has documents the client-facing schema accepts', () => {
    const schema = buildSchema(readFileSync(projectPath('gateway/api-schema.graphql'), 'utf8'));
    for (const document of [CartPageQuery, AddLineItemMutation, CatalogQuery, CreateCartMutation])
      expect(validate(schema, document)).toEqual([]);
  });

  it("shows a mutation's returned cart on the cached cart page, with no request of its own", async () => {
    const catalog = await supergraph.query<{
      regions: { data: { id: string; currency_code: string }[] };
      product_variants: { data: { id: string; prices: { currency_code: string; amount: string }[] }[] };
    }>(
      '{ regions { data { id currency_code } } product_variants(pagination: { take: 50 }) { data { id prices { currency_code amount } } } }',
    );
    const region = catalog.data!.regions.data[0];
    const [first, second] = catalog.data!.product_variants.data.filter((variant) =>
      variant.prices.some((price) => price.currency_code === region.currency_code),
    );
    const created = await supergraph.query<{ create_cart: { id: string } }>(
      'mutation ($region: ID!) { create_cart(input: { region_id: $region }) { id } }',
      { region: region.id },
      { token: null },
    );
    const cartId = created.data!.create_cart.id;

    // A guest's Apollo Client, counting what it sends to the gateway.
    let requests = 0;
    const client = storeClient(supergraph.gatewayUrl, (input, init) => {
      requests += 1;
      return fetch(input, init);
    });

    const empty = await cartPage(client, cartId);
    expect([requests, empty?.items, empty?.total]).toEqual([1, [], '0']);

    const returned = await addLineItem(client, cartId, first.id, 2);
    expect(requests).toBe(2);
    const page = cachedCartPage(client, cartId);
    expect(requests).toBe(2);
    expect(page).toEqual(returned);
    // One Cart record, identified by the generated policies (Apollo's default would be `Cart:cart_…`).
    expect(Object.keys(client.cache.extract() as object)).toContain(`Cart:{"id":"${cartId}"}`);
    expect(client.cache.identify({ __typename: 'Country', iso_2: 'de' })).toBe('Country:{"iso_2":"de"}');
    expect(page!.items.map((item) => [item.variant_id, item.quantity])).toEqual([[first.id, 2]]);
    expect(toDecimal(page!.total).greaterThan(0)).toBe(true);
    // The page's query answers from the cache too: no request.
    expect(await cartPage(client, cartId)).toEqual(page);
    expect(requests).toBe(2);

    // A second line, and more of the first: the cached page follows each returned cart.
    await addLineItem(client, cartId, second.id, 1);
    await addLineItem(client, cartId, first.id, 1);
    expect(requests).toBe(4);
    const after = cachedCartPage(client, cartId)!;
    expect(after.items.map((item) => [item.variant_id, item.quantity]).sort()).toEqual(
      [
        [first.id, 3],
        [second.id, 1],
      ].sort(),
    );
    expect(after.item_total).toBe(
      sumBigNumbers(after.items.map((item) => toDecimal(item.unit_price).times(item.quantity).toFixed())).toString(),
    );

    // What the cache shows is what the gateway now says.
    const fresh = await supergraph.query<{ cart: unknown }>(
      'query ($id: ID!) { cart(id: $id) { id currency_code item_total total items { id title quantity unit_price variant_id } } }',
      { id: cartId },
      { token: null },
    );
    const { __typename: _typename, ...cached } = after;
    expect(fresh.data!.cart).toEqual({ ...cached, items: after.items.map(({ __typename: _type, ...item }) => item) });
  });

  it('runs as the README says: npx tsx examples/apollo-client/main.ts shows a new cart from the gateway, then with its line from the cache', async () => {
    const { code, output } = await runScript('../examples/apollo-client/main.ts', [], {
      GATEWAY_URL: supergraph.gatewayUrl,
    });
    expect({ code, output }).toEqual({
      code: 0,
      output: expect.stringMatching(/^from the gateway: no items; items 0, total 0 [a-z]{3}\n/),
    });
    expect(output).toMatch(
      /\nfrom the cache: {3}2 × .+ at \d+(\.\d+)?; items \d+(\.\d+)?, total \d+(\.\d+)? [a-z]{3}\n$/,
    );
  });
});
