import { afterWrite } from '../../kit/loaders';
import type { Resolvers } from './generated/resolvers';

/**
 * Reads are derived from the declarations (models.ts, kit/entities.ts), except the rules reached
 * through Medusa's pivot tables; the internal mutations serve the workflows subgraph (mutations.ts).
 */
export const resolvers: Resolvers = {
  Mutation: {
    promotion_usage_register: (_, { reference_id, actions }, context) =>
      afterWrite(context, () => context.mutations.usageRegister(reference_id, actions)),
    promotion_usage_revert: (_, { reference_id }, context) =>
      afterWrite(context, () => context.mutations.usageRevert(reference_id)),
  },
  Promotion: {
    rules: (promotion, _, { loaders }) => loaders.rulesByPromotion.load(promotion.id),
  },
  ApplicationMethod: {
    target_rules: (method, _, { loaders }) => loaders.targetRulesByMethod.load(method.id),
    buy_rules: (method, _, { loaders }) => loaders.buyRulesByMethod.load(method.id),
  },
};
