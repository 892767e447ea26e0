/**
 * `npx tsx examples/apollo-client/main.ts` (while `npm start` runs): creates a guest cart in the first
 * region, shows its page, adds a variant priced in the region's currency, and shows the page again
 * from Apollo Client's cache alone: the mutation's returned cart updated it.
 */
import { sumBigNumbers, toDecimal } from '../../client/big-number';
import {
  addLineItem,
  CatalogQuery,
  cachedCartPage,
  cartPage,
  CreateCartMutation,
  storeClient,
  type CartPageCart,
} from './cart-page';

const show = (cart: CartPageCart | null) =>
  cart
    ? `${cart.items.map((item) => `${item.quantity} × ${item.title} at ${item.unit_price}`).join(', ') || 'no items'}; ` +
      // Exact: each line's amount as a decimal, never a float.
      `items ${sumBigNumbers(cart.items.map((item) => toDecimal(item.unit_price).times(item.quantity).toFixed())).toFixed()}, ` +
      `total ${cart.total} ${cart.currency_code}`
    : 'No such cart';

async function main() {
  const client = storeClient();
  const { data: catalog } = await client.query({ query: CatalogQuery });
  const region = catalog?.regions.data[0];
  const variant = catalog?.product_variants.data.find((candidate) =>
    candidate.prices.some((price) => price.currency_code === region?.currency_code),
  );
  if (!region || !variant) throw new Error('The store has no region, or no variant priced in its currency');
  const { data: created } = await client.mutate({ mutation: CreateCartMutation, variables: { regionId: region.id } });
  const cartId = created!.create_cart.id;
  console.log('from the gateway:', show(await cartPage(client, cartId)));
  await addLineItem(client, cartId, variant.id, 2);
  console.log('from the cache:  ', show(cachedCartPage(client, cartId)));
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
