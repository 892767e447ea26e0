import type { Actor } from '../../kit/auth';
import { createAccountLookup, type Accounts } from '../../kit/ownership';
import type { RequestInfo, SubgraphServices } from '../../kit/subgraph';
import type { Database } from '../../kit/database';
import { manyBy, oneBy, pagedManyBy } from '../../kit/loaders';
import { keyLoaders, pagesLoader, relationLoader } from '../../kit/table';
import { createOrderMutations, type OrderMutations } from './mutations';
import { createOrderStore, type OrderStore } from './store';
import { createTotals, type OrderTotals } from './totals';

/** Per request: one DataLoader per way the resolvers fetch. */
export function createLoaders(store: OrderStore) {
  return {
    order: keyLoaders(store.order),
    address: keyLoaders(store.address).live,
    // The public item and shipping method shapes (store.ts), by their line item's / method's id.
    lineItem: oneBy('id', store.orderLineItemsByIds),
    lineItemWithDeleted: oneBy('id', (ids: string[]) => store.orderLineItemsByIds(ids, { withDeleted: true })),
    lineItemsByOrder: manyBy('order_id', store.orderLineItemsByOrderIds),
    orderItem: keyLoaders(store.item).live,
    lineItemAdjustment: keyLoaders(store.line_item_adjustment).live,
    lineItemAdjustmentsByItem: manyBy('item_id', store.lineItemAdjustmentsByItemIds),
    lineItemTaxLine: keyLoaders(store.line_item_tax_line).live,
    lineItemTaxLinesByItem: relationLoader(store.line_item_tax_line, 'item_id'),
    shippingMethod: oneBy('id', store.shippingMethodsByIds),
    shippingMethodsByOrder: manyBy('order_id', store.shippingMethodsByOrderIds),
    shipping: keyLoaders(store.shipping).live,
    shippingMethodAdjustment: keyLoaders(store.shipping_method_adjustment).live,
    shippingMethodAdjustmentsByMethod: manyBy('shipping_method_id', store.shippingMethodAdjustmentsByMethodIds),
    shippingMethodTaxLine: keyLoaders(store.shipping_method_tax_line).live,
    shippingMethodTaxLinesByMethod: relationLoader(store.shipping_method_tax_line, 'shipping_method_id'),
    summariesByOrder: manyBy('order_id', store.summariesByOrderIds),
    transaction: keyLoaders(store.transaction).live,
    // Every transaction of the orders: Medusa does not filter them by version.
    transactionsByOrder: relationLoader(store.transaction, 'order_id'),
    creditLine: keyLoaders(store.credit_line).live,
    creditLinesByOrder: manyBy('order_id', store.creditLinesByOrderIds),
    // Reverse lists of the read-only links: call with the page, then load the parent's id.
    ordersByCustomer: pagesLoader(store.order, 'customer_id'),
    ordersByRegion: pagesLoader(store.order, 'region_id'),
    ordersBySalesChannel: pagesLoader(store.order, 'sales_channel_id'),
    lineItemsByVariant: pagedManyBy(store.orderLineItemPagesByVariantIds, store.orderLineItemCountsByVariantIds),
  };
}

export interface OrderContext {
  /** Who the gateway says sent the request: the rules on a customer's own data need it. */
  actor: Actor;
  /** Whether customers are registered (a registered customer's orders are that customer's only). */
  accounts: Accounts;
  store: OrderStore;
  loaders: ReturnType<typeof createLoaders>;
  /** Computed totals of orders, items and shipping methods, once per row and request. */
  totals: OrderTotals;
  /** The internal mutations, each one transaction. */
  mutations: OrderMutations;
  /** New loaders (and totals) after a write, so what the mutation returns is read afresh, not from the cache. */
  refresh(): void;
}

export function createOrderContext(db: Database, services: SubgraphServices) {
  const accounts = createAccountLookup(services);
  const store = createOrderStore(db);
  const mutations = createOrderMutations(db);
  return async ({ actor }: RequestInfo): Promise<OrderContext> => {
    const loaders = createLoaders(store);
    const context: OrderContext = {
      actor,
      accounts: accounts(),
      store,
      loaders,
      totals: createTotals(loaders),
      mutations,
      refresh: () => {
        context.loaders = createLoaders(store);
        context.totals = createTotals(context.loaders);
      },
    };
    return context;
  };
}
