import { assertId, assertIds } from '../../kit/ids';
import { pageMetadata, toPage } from '../../kit/sql';
import type { Resolvers } from './generated/resolvers';

export const resolvers: Resolvers = {
  Query: {
    shipping_option: (_, { id }, { loaders }) => loaders.shippingOption.load(assertId(id, 'so')),
    shipping_options: (_, { filters, pagination }, { store }) =>
      store.listShippingOptions(
        {
          id: assertIds(filters?.id, 'so', 'filters.id'),
          shipping_profile_id: assertIds(filters?.shipping_profile_id, 'sp', 'filters.shipping_profile_id'),
        },
        toPage(pagination),
      ),
    shipping_profile: (_, { id }, { loaders }) => loaders.shippingProfile.load(assertId(id, 'sp')),
    shipping_profiles: (_, { filters, pagination }, { store }) =>
      store.listShippingProfiles({ id: assertIds(filters?.id, 'sp', 'filters.id') }, toPage(pagination)),
  },
  ShippingOptionList: {
    data: (list) => list.rows,
    metadata: pageMetadata,
  },
  ShippingProfileList: {
    data: (list) => list.rows,
    metadata: pageMetadata,
  },
  ShippingProfile: {
    __resolveReference: ({ id }, { loaders }) => loaders.shippingProfile.load(id),
    shipping_options: (profile, _, { loaders }) => loaders.shippingOptionsByProfile.load(profile.id),
  },
  ShippingOption: {
    __resolveReference: ({ id }, { loaders }) => loaders.shippingOption.load(id),
    shipping_profile: (option, _, { loaders }) =>
      option.shipping_profile_id ? loaders.shippingProfile.load(option.shipping_profile_id) : null,
  },
};
