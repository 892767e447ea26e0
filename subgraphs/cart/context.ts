import type { Actor } from '../../kit/auth';
import { createAccountLookup, type Accounts } from '../../kit/ownership';
import type { RequestInfo, SubgraphServices } from '../../kit/subgraph';
import type { Database } from '../../kit/database';
import { keyLoaders, pagesLoader, relationLoader } from '../../kit/table';
import { createCartMutations, type CartMutations } from './mutations';
import { createCartStore, type CartStore } from './store';
import { createTotalsLoaders } from './totals';

/** Per request: one DataLoader per way the resolvers fetch. */
function createLoaders(store: CartStore) {
  const relations = {
    cart: keyLoaders(store.cart),
    address: keyLoaders(store.address),
    item: keyLoaders(store.line_item),
    itemsByCart: relationLoader(store.line_item, 'cart_id'),
    adjustment: keyLoaders(store.line_item_adjustment),
    adjustmentsByItem: relationLoader(store.line_item_adjustment, 'item_id'),
    itemTaxLine: keyLoaders(store.line_item_tax_line),
    itemTaxLinesByItem: relationLoader(store.line_item_tax_line, 'item_id'),
    shippingMethod: keyLoaders(store.shipping_method),
    shippingMethodsByCart: relationLoader(store.shipping_method, 'cart_id'),
    methodAdjustment: keyLoaders(store.shipping_method_adjustment),
    methodAdjustmentsByMethod: relationLoader(store.shipping_method_adjustment, 'shipping_method_id'),
    methodTaxLine: keyLoaders(store.shipping_method_tax_line),
    methodTaxLinesByMethod: relationLoader(store.shipping_method_tax_line, 'shipping_method_id'),
    creditLine: keyLoaders(store.credit_line),
    creditLinesByCart: relationLoader(store.credit_line, 'cart_id'),
    // Reverse lists of the read-only links: call with the page, then load the parent's id.
    cartsByCustomer: pagesLoader(store.cart, 'customer_id'),
    cartsByRegion: pagesLoader(store.cart, 'region_id'),
    cartsBySalesChannel: pagesLoader(store.cart, 'sales_channel_id'),
    itemsByVariant: pagesLoader(store.line_item, 'variant_id'),
  };
  return { ...relations, ...createTotalsLoaders(relations) };
}

export interface CartContext {
  /** Who the gateway says sent the request: the rules on a customer's own data need it. */
  actor: Actor;
  /** Whether customers are registered (a registered customer's carts are that customer's only). */
  accounts: Accounts;
  store: CartStore;
  loaders: ReturnType<typeof createLoaders>;
  /** The internal mutations, each one transaction. */
  mutations: CartMutations;
  /** New loaders after a write, so what the mutation returns is read afresh, not from the cache. */
  refresh(): void;
}

export function createCartContext(db: Database, services: SubgraphServices) {
  const accounts = createAccountLookup(services);
  const store = createCartStore(db);
  const mutations = createCartMutations(db);
  return async ({ actor }: RequestInfo): Promise<CartContext> => {
    const context: CartContext = {
      actor,
      accounts: accounts(),
      store,
      loaders: createLoaders(store),
      mutations,
      refresh: () => {
        context.loaders = createLoaders(store);
      },
    };
    return context;
  };
}
