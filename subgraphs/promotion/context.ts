import type { Database } from '../../kit/database';
import { manyBy, oneBy } from '../../kit/loaders';
import { keyLoaders, relationLoader } from '../../kit/table';
import { createPromotionMutations, type PromotionMutations } from './mutations';
import { createPromotionStore, type PromotionStore } from './store';

/** Per request: one DataLoader per way the resolvers fetch. */
function createLoaders(store: PromotionStore) {
  return {
    promotion: keyLoaders(store.promotion),
    promotionsByCampaign: relationLoader(store.promotion, 'campaign_id'),
    applicationMethod: keyLoaders(store.application_method),
    // One live application method per promotion, one live budget per campaign (unique indexes).
    applicationMethodByPromotion: oneBy('promotion_id', (ids: string[]) => store.application_method.by('promotion_id', ids)),
    campaign: keyLoaders(store.campaign),
    budget: keyLoaders(store.campaign_budget),
    budgetByCampaign: oneBy('campaign_id', (ids: string[]) => store.campaign_budget.by('campaign_id', ids)),
    rule: keyLoaders(store.promotion_rule),
    ruleValue: keyLoaders(store.promotion_rule_value),
    ruleValuesByRule: manyBy('promotion_rule_id', (ids: string[]) => store.promotion_rule_value.by('promotion_rule_id', ids, { orderBy: 'value, id' })),
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
