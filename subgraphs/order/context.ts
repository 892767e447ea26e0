import type { Actor } from '../../kit/auth';
import { createAccountLookup, type Accounts } from '../../kit/ownership';
import type { RequestInfo, SubgraphServices } from '../../kit/subgraph';
import type { Database } from '../../kit/database';
import { manyBy, oneBy, pagedManyBy } from '../../kit/loaders';
import { createOrderMutations, type OrderMutations } from './mutations';
import { createOrderStore, type OrderLinkColumn, type OrderRow, type OrderStore } from './store';
import { createTotals, type OrderTotals } from './totals';

/** Per request: the store, and one DataLoader per way the resolvers fetch. */
export function createLoaders(store: OrderStore) {
  const ordersBy = (column: OrderLinkColumn) =>
    pagedManyBy<OrderRow>(
      (ids, page) => store.orderPagesBy(column, ids, page),
      (ids) => store.orderCountsBy(column, ids),
    );
  return {
    order: oneBy('id', store.ordersByIds),
    orderWithDeleted: oneBy('id', (ids: string[]) => store.ordersByIds(ids, { withDeleted: true })),
    address: oneBy('id', store.addressesByIds),
    lineItem: oneBy('id', store.orderLineItemsByIds),
    lineItemWithDeleted: oneBy('id', (ids: string[]) => store.orderLineItemsByIds(ids, { withDeleted: true })),
    lineItemsByOrder: manyBy('order_id', store.orderLineItemsByOrderIds),
    orderItem: oneBy('id', store.orderItemsByIds),
    lineItemAdjustment: oneBy('id', store.lineItemAdjustmentsByIds),
    lineItemAdjustmentsByItem: manyBy('item_id', store.lineItemAdjustmentsByItemIds),
    lineItemTaxLine: oneBy('id', store.lineItemTaxLinesByIds),
    lineItemTaxLinesByItem: manyBy('item_id', store.lineItemTaxLinesByItemIds),
    shippingMethod: oneBy('id', store.shippingMethodsByIds),
    shippingMethodsByOrder: manyBy('order_id', store.shippingMethodsByOrderIds),
    shipping: oneBy('id', store.shippingsByIds),
    shippingMethodAdjustment: oneBy('id', store.shippingMethodAdjustmentsByIds),
    shippingMethodAdjustmentsByMethod: manyBy('shipping_method_id', store.shippingMethodAdjustmentsByMethodIds),
    shippingMethodTaxLine: oneBy('id', store.shippingMethodTaxLinesByIds),
    shippingMethodTaxLinesByMethod: manyBy('shipping_method_id', store.shippingMethodTaxLinesByMethodIds),
    summariesByOrder: manyBy('order_id', store.summariesByOrderIds),
    transaction: oneBy('id', store.transactionsByIds),
    transactionsByOrder: manyBy('order_id', store.transactionsByOrderIds),
    creditLine: oneBy('id', store.creditLinesByIds),
    creditLinesByOrder: manyBy('order_id', store.creditLinesByOrderIds),
    // Reverse lists of the read-only links: call with the page, then load the parent's id.
    ordersByCustomer: ordersBy('customer_id'),
    ordersByRegion: ordersBy('region_id'),
    ordersBySalesChannel: ordersBy('sales_channel_id'),
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
