/**
 * The storefront example against a running supergraph (`npm start`), as a guest (no token):
 *
 *   npx tsx examples/storefront/main.ts cart_…   prints the cart page of that cart
 *   npx tsx examples/storefront/main.ts          runs a guest checkout and prints the order
 *
 * GATEWAY_URL chooses the gateway (default http://127.0.0.1:4000/graphql).
 */
import { checkout, fetchCartPage, fetchCatalog, storefrontClient, type StorefrontClient } from './storefront';

async function printCartPage(client: StorefrontClient, cartId: string): Promise<void> {
  const cart = await fetchCartPage(client, cartId);
  if (!cart) throw new Error(`No cart ${cartId}`);
  console.log(
    `Cart ${cart.id} (${cart.email ?? 'no email'}), ${cart.region?.name ?? 'no region'}, ${cart.currency_code.toUpperCase()}`,
  );
  for (const item of cart.items) {
    const discount = item.adjustments
      .map((adjustment) => ` -${adjustment.amount} ${adjustment.promotion?.code ?? ''}`)
      .join('');
    console.log(
      `  ${item.quantity} × ${item.title} (${item.variant?.sku ?? 'no sku'}) at ${item.unit_price}${discount}`,
    );
  }
  for (const method of cart.shipping_methods)
    console.log(`  shipping: ${method.shipping_option?.name ?? method.id} ${method.amount}`);
  if (cart.payment_collection)
    console.log(`  payment: ${cart.payment_collection.amount} ${cart.payment_collection.status}`);
  if (cart.order) console.log(`  order #${cart.order.display_id} (${cart.order.status})`);
}

async function runGuestCheckout(client: StorefrontClient): Promise<void> {
  const { regions, variants } = await fetchCatalog(client);
  // The region that ships to Germany (the demo store's shipping zone), and a variant priced in its currency.
  const region = regions.find((candidate) => candidate.countries.some((country) => country.iso_2 === 'de'));
  if (!region) throw new Error('The store has no region for Germany');
  const variant = variants.find((candidate) =>
    candidate.prices.some((price) => price.currency_code === region.currency_code),
  );
  if (!variant) throw new Error(`No variant is priced in ${region.currency_code}`);

  const { cart, order } = await checkout(client, {
    region_id: region.id,
    email: 'guest@example.com',
    items: [{ variant_id: variant.id, quantity: 2 }],
    shipping_address: {
      first_name: 'Ada',
      last_name: 'Guest',
      address_1: '1 Main St',
      city: 'Berlin',
      postal_code: '10115',
      country_code: 'de',
    },
  });
  console.log(
    `Cart ${cart.id}: ${cart.items.map((item) => `${item.quantity} × ${item.title}`).join(', ')}, shipping ${cart.shipping_total}, total ${cart.total} ${cart.currency_code.toUpperCase()}`,
  );
  console.log(
    `Order #${order.display_id} (${order.id}), ${order.status}, total ${order.total} ${order.currency_code.toUpperCase()}`,
  );
}

async function main(): Promise<void> {
  const client = storefrontClient();
  const cartId = process.argv[2];
  if (cartId) await printCartPage(client, cartId);
  else await runGuestCheckout(client);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
