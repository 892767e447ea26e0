import { afterWrite } from '../../kit/loaders';
import type { Resolvers } from './generated/resolvers';

/**
 * Reads are derived from the declarations (models.ts, kit/entities.ts), except the rules reached
 * through Medusa's pivot tables; the internal mutations serve the workflows subgraph (mutations.ts),
 * the others are an admin's writes (admin.ts).
 */
export const resolvers: Resolvers = {
  Mutation: {
    promotion_usage_register: (_, { reference_id, actions, context: registration }, context) =>
      afterWrite(context, () => context.mutations.usageRegister(reference_id, actions, registration ?? null)),
    promotion_usage_revert: (_, { reference_id }, context) =>
      afterWrite(context, () => context.mutations.usageRevert(reference_id)),
    create_campaigns: (_, { data }, context) => afterWrite(context, () => context.admin.createCampaigns(data)),
    update_campaigns: (_, { id, data }, context) => afterWrite(context, () => context.admin.updateCampaign(id, data)),
    create_promotions: (_, { data }, context) => afterWrite(context, () => context.admin.createPromotions(data)),
    update_promotions: (_, { id, data }, context) => afterWrite(context, () => context.admin.updatePromotion(id, data)),
    add_promotion_rules: (_, { id, rules }, context) =>
      afterWrite(context, () => context.admin.addRules(id, 'promotion_promotion_rule', rules)),
    add_promotion_target_rules: (_, { id, rules }, context) =>
      afterWrite(context, () => context.admin.addRules(id, 'application_method_target_rules', rules)),
    add_promotion_buy_rules: (_, { id, rules }, context) =>
      afterWrite(context, () => context.admin.addRules(id, 'application_method_buy_rules', rules)),
    remove_promotion_rules: (_, { id, rule_ids }, context) =>
      afterWrite(context, () => context.admin.removeRules(id, 'promotion_promotion_rule', rule_ids)),
    remove_promotion_target_rules: (_, { id, rule_ids }, context) =>
      afterWrite(context, () => context.admin.removeRules(id, 'application_method_target_rules', rule_ids)),
    remove_promotion_buy_rules: (_, { id, rule_ids }, context) =>
      afterWrite(context, () => context.admin.removeRules(id, 'application_method_buy_rules', rule_ids)),
  },
  Promotion: {
    rules: (promotion, _, { loaders }) => loaders.rulesByPromotion.load(promotion.id),
  },
  ApplicationMethod: {
    target_rules: (method, _, { loaders }) => loaders.targetRulesByMethod.load(method.id),
    buy_rules: (method, _, { loaders }) => loaders.buyRulesByMethod.load(method.id),
  },
};
