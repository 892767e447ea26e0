import type { Database } from '../../kit/database';
import { byId, manyBy, oneBy } from '../../kit/loaders';
import { createPromotionMutations, type PromotionMutations } from './mutations';
import { createPromotionStore, type PromotionStore } from './store';

/** Per request: the store, and one DataLoader per way the resolvers fetch. */
function createLoaders(store: PromotionStore) {
  return {
    promotion: byId(store.promotionsByIds),
    promotionsByCampaign: manyBy('campaign_id', store.promotionsByCampaignIds),
    applicationMethod: byId(store.applicationMethodsByIds),
    applicationMethodByPromotion: oneBy('promotion_id', store.applicationMethodsByPromotionIds),
    campaign: byId(store.campaignsByIds),
    budget: byId(store.budgetsByIds),
    budgetByCampaign: oneBy('campaign_id', store.budgetsByCampaignIds),
    rule: byId(store.rulesByIds),
    ruleValue: byId(store.ruleValuesByIds),
    ruleValuesByRule: manyBy('promotion_rule_id', store.ruleValuesByRuleIds),
    rulesByPromotion: manyBy('promotion_id', store.rulesByPromotionIds),
    targetRulesByMethod: manyBy('application_method_id', store.targetRulesByMethodIds),
    buyRulesByMethod: manyBy('application_method_id', store.buyRulesByMethodIds),
  };
}

export interface PromotionContext {
  store: PromotionStore;
  loaders: ReturnType<typeof createLoaders>;
  /** The internal mutations, each one transaction. */
  mutations: PromotionMutations;
  /** New loaders after a write, so what the mutation returns is read afresh, not from the cache. */
  refresh(): void;
}

export function createPromotionContext(db: Database) {
  const store = createPromotionStore(db);
  const mutations = createPromotionMutations(db);
  return async (): Promise<PromotionContext> => {
    const context: PromotionContext = {
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
