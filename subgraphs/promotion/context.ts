import type { Database } from '../../kit/database';
import { manyBy, oneBy } from '../../kit/loaders';
import type { ReadOptions } from '../../kit/sql';
import { createPromotionStore, type PromotionStore } from './store';

/**
 * Two loaders by id: `live` for references and relations (soft-deleted rows hidden), `any` for a
 * by-id query that asked `with_deleted: true`.
 */
function byId<T extends { id: string }>(fetch: (ids: string[], options?: ReadOptions) => Promise<T[]>) {
  return {
    live: oneBy('id', (ids: string[]) => fetch(ids)),
    any: oneBy('id', (ids: string[]) => fetch(ids, { withDeleted: true })),
  };
}

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
