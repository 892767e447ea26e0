import { GraphQLError } from 'graphql';
import { assertId, assertIds } from '../../kit/ids';
import { pageMetadata, toPage } from '../../kit/sql';
import type { Resolvers } from './generated/resolvers';

export const resolvers: Resolvers = {
  Query: {
    promotion: (_, { id }, { loaders }) => loaders.promotion.load(assertId(id, 'promo')),
    promotions: (_, { filters, pagination }, { store }) =>
      store.listPromotions({ ...filters, id: assertIds(filters?.id, 'promo', 'filters.id') }, toPage(pagination)),
    application_method: (_, { id }, { loaders }) => loaders.applicationMethod.load(assertId(id, 'proappmet')),
  },
  PromotionList: {
    data: (list) => list.rows,
    metadata: pageMetadata,
  },
  Promotion: {
    __resolveReference: ({ id }, { loaders }) => loaders.promotion.load(id),
    application_method: (promotion, _, { loaders }) => loaders.applicationMethodByPromotion.load(promotion.id),
  },
  ApplicationMethod: {
    __resolveReference: ({ id }, { loaders }) => loaders.applicationMethod.load(id),
    promotion: async (method, _, { loaders }) => {
      const promotion = await loaders.promotion.load(method.promotion_id);
      // The foreign key makes this impossible unless the promotion alone was soft-deleted.
      if (!promotion) throw new GraphQLError(`Promotion ${method.promotion_id} of ${method.id} is missing`);
      return promotion;
    },
  },
};
