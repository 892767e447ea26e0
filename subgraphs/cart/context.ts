import type { Actor } from '../../kit/auth';
import { createAccountLookup, type Accounts } from '../../kit/ownership';
import type { RequestInfo, SubgraphServices } from '../../kit/subgraph';
import type { Database } from '../../kit/database';
import { manyBy, oneBy, pagedManyBy } from '../../kit/loaders';
import { createCartMutations, type CartMutations } from './mutations';
import { createCartStore, type CartLinkColumn, type CartRow, type CartStore } from './store';
import { createTotalsLoaders } from './totals';

/** Per request: the store, and one DataLoader per way the resolvers fetch. */
function createLoaders(store: CartStore) {
  const cartsBy = (column: CartLinkColumn) =>
    pagedManyBy<CartRow>(
      (ids, page) => store.cartPagesBy(column, ids, page),
      (ids) => store.cartCountsBy(column, ids),
    );
  const relations = {
    cart: oneBy('id', store.cartsByIds),
    cartWithDeleted: oneBy('id', (ids: string[]) => store.cartsByIds(ids, { withDeleted: true })),
    address: oneBy('id', store.addressesByIds),
    item: oneBy('id', store.itemsByIds),
    itemWithDeleted: oneBy('id', (ids: string[]) => store.itemsByIds(ids, { withDeleted: true })),
    itemsByCart: manyBy('cart_id', store.itemsByCartIds),
    adjustment: oneBy('id', store.adjustmentsByIds),
    adjustmentsByItem: manyBy('item_id', store.adjustmentsByItemIds),
    itemTaxLine: oneBy('id', store.itemTaxLinesByIds),
    itemTaxLinesByItem: manyBy('item_id', store.itemTaxLinesByItemIds),
    shippingMethod: oneBy('id', store.shippingMethodsByIds),
    shippingMethodWithDeleted: oneBy('id', (ids: string[]) => store.shippingMethodsByIds(ids, { withDeleted: true })),
    shippingMethodsByCart: manyBy('cart_id', store.shippingMethodsByCartIds),
    methodAdjustment: oneBy('id', store.methodAdjustmentsByIds),
    methodAdjustmentsByMethod: manyBy('shipping_method_id', store.methodAdjustmentsByMethodIds),
    methodTaxLine: oneBy('id', store.methodTaxLinesByIds),
    methodTaxLinesByMethod: manyBy('shipping_method_id', store.methodTaxLinesByMethodIds),
    creditLine: oneBy('id', store.creditLinesByIds),
    creditLinesByCart: manyBy('cart_id', store.creditLinesByCartIds),
    // Reverse lists of the read-only links: call with the page, then load the parent's id.
    cartsByCustomer: cartsBy('customer_id'),
    cartsByRegion: cartsBy('region_id'),
    cartsBySalesChannel: cartsBy('sales_channel_id'),
    itemsByVariant: pagedManyBy(store.itemPagesByVariantIds, store.itemCountsByVariantIds),
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
