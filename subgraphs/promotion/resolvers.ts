import { afterWrite, loadById } from '../../kit/loaders';
import { assertId } from '../../kit/ids';
import type { Resolvers } from './generated/resolvers';

export const resolvers: Resolvers = {
  Query: {
    promotion: (_, { id, with_deleted }, { loaders }) => loadById(loaders.promotion, assertId(id, 'promo'), with_deleted),
    promotions: (_, { filters, pagination, with_deleted }, { store }) =>
      store.promotion.list(filters, store.promotion.page(pagination), { withDeleted: with_deleted }),
    application_method: (_, { id, with_deleted }, { loaders }) =>
      loadById(loaders.applicationMethod, assertId(id, 'proappmet'), with_deleted),
    campaign: (_, { id, with_deleted }, { loaders }) => loadById(loaders.campaign, assertId(id, 'procamp'), with_deleted),
    campaigns: (_, { filters, pagination, with_deleted }, { store }) =>
      store.campaign.list(filters, store.campaign.page(pagination), { withDeleted: with_deleted }),
    campaign_budget: (_, { id, with_deleted }, { loaders }) => loadById(loaders.budget, assertId(id, 'probudg'), with_deleted),
    promotion_rule: (_, { id, with_deleted }, { loaders }) => loadById(loaders.rule, assertId(id, 'prorul'), with_deleted),
    promotion_rule_value: (_, { id, with_deleted }, { loaders }) =>
      loadById(loaders.ruleValue, assertId(id, 'prorulval'), with_deleted),
  },
  // Internal mutations for the workflows subgraph (mutations.ts).
  Mutation: {
    promotion_usage_register: (_, { reference_id, actions }, context) =>
      afterWrite(context, () => context.mutations.usageRegister(reference_id, actions)),
    promotion_usage_revert: (_, { reference_id }, context) => afterWrite(context, () => context.mutations.usageRevert(reference_id)),
  },
  Promotion: {
    __resolveReference: ({ id }, { loaders }) => loaders.promotion.live.load(id),
    campaign: (promotion, _, { loaders }) => (promotion.campaign_id ? loaders.campaign.live.load(promotion.campaign_id) : null),
    application_method: (promotion, _, { loaders }) => loaders.applicationMethodByPromotion.load(promotion.id),
    rules: (promotion, _, { loaders }) => loaders.rulesByPromotion.load(promotion.id),
  },
  ApplicationMethod: {
    __resolveReference: ({ id }, { loaders }) => loaders.applicationMethod.live.load(id),
    promotion: (method, _, { loaders }) => loaders.promotion.live.load(method.promotion_id),
    target_rules: (method, _, { loaders }) => loaders.targetRulesByMethod.load(method.id),
    buy_rules: (method, _, { loaders }) => loaders.buyRulesByMethod.load(method.id),
  },
  Campaign: {
    __resolveReference: ({ id }, { loaders }) => loaders.campaign.live.load(id),
    budget: (campaign, _, { loaders }) => loaders.budgetByCampaign.load(campaign.id),
    promotions: (campaign, _, { loaders }) => loaders.promotionsByCampaign.load(campaign.id),
  },
  CampaignBudget: {
    __resolveReference: ({ id }, { loaders }) => loaders.budget.live.load(id),
    campaign: (budget, _, { loaders }) => loaders.campaign.live.load(budget.campaign_id),
  },
  PromotionRule: {
    __resolveReference: ({ id }, { loaders }) => loaders.rule.live.load(id),
    values: (rule, _, { loaders }) => loaders.ruleValuesByRule.load(rule.id),
  },
  PromotionRuleValue: {
    __resolveReference: ({ id }, { loaders }) => loaders.ruleValue.live.load(id),
    promotion_rule: (value, _, { loaders }) => loaders.rule.live.load(value.promotion_rule_id),
  },
};
