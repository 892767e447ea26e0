import type { Actor } from '../../kit/auth';
import type { RequestInfo } from '../../kit/subgraph';
import type { Database } from '../../kit/database';
import { manyBy } from '../../kit/loaders';
import { keyLoaders, relationLoader } from '../../kit/table';
import { createCustomerMutations, type CustomerMutations } from './mutations';
import { createCustomerStore, type CustomerStore } from './store';

/** Per request: one DataLoader per way the resolvers fetch. */
function createLoaders(store: CustomerStore) {
  return {
    customer: keyLoaders(store.customer),
    address: keyLoaders(store.customer_address),
    group: keyLoaders(store.customer_group),
    addressesByCustomer: relationLoader(store.customer_address, 'customer_id'),
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
