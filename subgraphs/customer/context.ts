import type { Actor } from '../../kit/auth';
import type { RequestInfo } from '../../kit/subgraph';
import type { Database } from '../../kit/database';
import { manyBy, oneBy } from '../../kit/loaders';
import { createCustomerMutations, type CustomerMutations } from './mutations';
import { createCustomerStore, type CustomerStore } from './store';

/** Per request: the store, and one DataLoader per way the resolvers fetch. */
function createLoaders(store: CustomerStore) {
  // By-id queries with `with_deleted: true` batch separately, as they read other rows.
  const withDeleted = { withDeleted: true };
  return {
    customer: oneBy('id', store.customersByIds),
    customerWithDeleted: oneBy('id', (ids: string[]) => store.customersByIds(ids, withDeleted)),
    address: oneBy('id', store.addressesByIds),
    addressWithDeleted: oneBy('id', (ids: string[]) => store.addressesByIds(ids, withDeleted)),
    group: oneBy('id', store.groupsByIds),
    groupWithDeleted: oneBy('id', (ids: string[]) => store.groupsByIds(ids, withDeleted)),
    addressesByCustomer: manyBy('customer_id', store.addressesByCustomerIds),
    groupsByCustomer: manyBy('via_id', store.groupsByCustomerIds),
    customersByGroup: manyBy('via_id', store.customersByGroupIds),
  };
}

export interface CustomerContext {
  /** Who the gateway says sent the request: the rules on a customer's own data need it. */
  actor: Actor;
  store: CustomerStore;
  loaders: ReturnType<typeof createLoaders>;
  /** The internal mutations, each one transaction. */
  mutations: CustomerMutations;
  /** New loaders after a write, so what the mutation returns is read afresh, not from the cache. */
  refresh(): void;
}

export function createCustomerContext(db: Database) {
  const store = createCustomerStore(db);
  const mutations = createCustomerMutations(db);
  return async ({ actor }: RequestInfo): Promise<CustomerContext> => {
    const context: CustomerContext = {
      actor,
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
