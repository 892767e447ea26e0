import type { Database } from '../../kit/database';
import { EntityLoaders } from '../../kit/entities';
import { manyBy } from '../../kit/loaders';
import { createPromotionAdmin, type PromotionAdmin } from './admin';
import { createPromotionMutations, type PromotionMutations } from './mutations';
import { createPromotionStore, type PromotionStore } from './store';

/**
 * Per request: the rules reached through Medusa's pivot tables; every other read goes through the
 * declared entities and relations (models.ts).
 */
function createLoaders(store: PromotionStore) {
  return {
    rulesByPromotion: manyBy('promotion_id', store.rulesByPromotionIds),
    targetRulesByMethod: manyBy('application_method_id', store.targetRulesByMethodIds),
    buyRulesByMethod: manyBy('application_method_id', store.buyRulesByMethodIds),
  };
}

export interface PromotionContext {
  store: PromotionStore;
  entities: EntityLoaders<PromotionStore>;
  loaders: ReturnType<typeof createLoaders>;
  /** The internal mutations, each one transaction. */
  mutations: PromotionMutations;
  /** An admin's writes (admin.ts), each one transaction. */
  admin: PromotionAdmin;
  /** New loaders after a write, so what the mutation returns is read afresh, not from the cache. */
  refresh(): void;
}

export function createPromotionContext(db: Database) {
  const store = createPromotionStore(db);
  const mutations = createPromotionMutations(db);
  const admin = createPromotionAdmin(db);
  return async (): Promise<PromotionContext> => {
    const context: PromotionContext = {
      store,
      entities: new EntityLoaders(store),
      loaders: createLoaders(store),
      mutations,
      admin,
      refresh: () => {
        context.entities = new EntityLoaders(store);
        context.loaders = createLoaders(store);
      },
    };
    return context;
  };
}
