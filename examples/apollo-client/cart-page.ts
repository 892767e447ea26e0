/**
 * A storefront's cart page with Apollo Client: its InMemoryCache knows the supergraph's types from
 * the generated client/generated/apollo-cache.ts (`npm run schema`): a cart, its lines and its
 * variants are each kept once, by id. So when a mutation returns the cart, the cached cart page
 * shows it at once, with no second request.
 */
import { ApolloClient, HttpLink, InMemoryCache, gql, type TypedDocumentNode } from '@apollo/client';
import { possibleTypes, typePolicies } from '../../client/generated/apollo-cache';

/** What the cart page shows; BigNumber amounts are exact decimal strings (gateway/scalars.md). */
export interface CartPageCart {
  __typename?: 'Cart';
  id: string;
  currency_code: string;
  item_total: string;
  total: string;
  items: {
    __typename?: 'LineItem';
    id: string;
    title: string;
    quantity: number;
    unit_price: string;
    variant_id: string | null;
  }[];
}

// The fields the page shows, selected alike by the page's query and by each mutation that changes
// the cart: whatever the mutation returns, the cache writes onto the same Cart:{"id":…}.
const CART_PAGE_FIELDS = gql`
  fragment CartPageFields on Cart {
    id currency_code item_total total
    items { id title quantity unit_price variant_id }
  }
`;

export const CartPageQuery: TypedDocumentNode<{ cart: CartPageCart | null }, { id: string }> = gql`
  query ApolloCartPage($id: ID!) {
    cart(id: $id) { ...CartPageFields }
  }
  ${CART_PAGE_FIELDS}
`;

export const AddLineItemMutation: TypedDocumentNode<
  { add_line_item: CartPageCart },
  { cartId: string; variantId: string; quantity: number }
> = gql`
  mutation ApolloAddLineItem($cartId: ID!, $variantId: ID!, $quantity: Int!) {
    add_line_item(cart_id: $cartId, variant_id: $variantId, quantity: $quantity) { ...CartPageFields }
  }
  ${CART_PAGE_FIELDS}
`;

/** Regions and variants with their price currencies, to pick what to add. */
export const CatalogQuery: TypedDocumentNode<{
  regions: { data: { id: string; currency_code: string }[] };
  product_variants: { data: { id: string; prices: { id: string; currency_code: string }[] }[] };
}> = gql`
  query ApolloCatalog {
    regions { data { id currency_code } }
    product_variants(pagination: { take: 50 }) { data { id prices { id currency_code } } }
  }
`;

/** A guest's cart in a region. */
export const CreateCartMutation: TypedDocumentNode<{ create_cart: { id: string } }, { regionId: string }> = gql`
  mutation ApolloCreateCart($regionId: ID!) {
    create_cart(input: { region_id: $regionId }) { id }
  }
`;

/** An Apollo Client for the gateway, as a guest (no token); `fetch` may be given, e.g. to count requests. */
export function storeClient(
  uri = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql',
  fetchFunction: typeof fetch = fetch,
): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, fetch: fetchFunction }),
    cache: new InMemoryCache({ possibleTypes, typePolicies }),
  });
}

/** The cart page, from the cache when it holds it, else from the gateway. */
export async function cartPage(client: ApolloClient, id: string): Promise<CartPageCart | null> {
  const { data } = await client.query({ query: CartPageQuery, variables: { id } });
  return data?.cart ?? null;
}

/** Adds a line; the returned cart updates the cached cart page. */
export async function addLineItem(
  client: ApolloClient,
  cartId: string,
  variantId: string,
  quantity: number,
): Promise<CartPageCart> {
  const { data } = await client.mutate({ mutation: AddLineItemMutation, variables: { cartId, variantId, quantity } });
  if (!data) throw new Error('add_line_item returned no cart');
  return data.add_line_item;
}

/** The cart page as the cache holds it now, without a request (null when it is not cached). */
export function cachedCartPage(client: ApolloClient, id: string): CartPageCart | null {
  return client.readQuery({ query: CartPageQuery, variables: { id } })?.cart ?? null;
}
