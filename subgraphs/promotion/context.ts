import type { Database } from '../../kit/database';
import { byId, manyBy, oneBy } from '../../kit/loaders';
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
}

export function createPromotionContext(db: Database) {
  const store = createPromotionStore(db);
  return async (): Promise<PromotionContext> => ({ store, loaders: createLoaders(store) });
}
