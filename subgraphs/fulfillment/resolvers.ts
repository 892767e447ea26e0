import { loadById } from '../../kit/loaders';
import { assertId } from '../../kit/ids';
import type { Resolvers } from './generated/resolvers';

export const resolvers: Resolvers = {
  Query: {
    shipping_option: (_, { id, with_deleted }, { loaders }) => loadById(loaders.shippingOption, assertId(id, 'so'), with_deleted),
    shipping_options: (_, { filters, pagination, with_deleted }, { store }) =>
      store.shipping_option.list(filters, store.shipping_option.page(pagination), { withDeleted: with_deleted }),
    shipping_profile: (_, { id, with_deleted }, { loaders }) => loadById(loaders.shippingProfile, assertId(id, 'sp'), with_deleted),
    shipping_profiles: (_, { filters, pagination, with_deleted }, { store }) =>
      store.shipping_profile.list(filters, store.shipping_profile.page(pagination), { withDeleted: with_deleted }),
    fulfillment_set: (_, { id, with_deleted }, { loaders }) => loadById(loaders.fulfillmentSet, assertId(id, 'fuset'), with_deleted),
    fulfillment_sets: (_, { filters, pagination, with_deleted }, { store }) =>
      store.fulfillment_set.list(filters, store.fulfillment_set.page(pagination), { withDeleted: with_deleted }),
    service_zone: (_, { id, with_deleted }, { loaders }) => loadById(loaders.serviceZone, assertId(id, 'serzo'), with_deleted),
    service_zones: (_, { filters, pagination, with_deleted }, { store }) =>
      store.service_zone.list(filters, store.service_zone.page(pagination), { withDeleted: with_deleted }),
    geo_zone: (_, { id, with_deleted }, { loaders }) => loadById(loaders.geoZone, assertId(id, 'fgz'), with_deleted),
    shipping_option_type: (_, { id, with_deleted }, { loaders }) =>
      loadById(loaders.shippingOptionType, assertId(id, 'sotype'), with_deleted),
    shipping_option_types: (_, { filters, pagination, with_deleted }, { store }) =>
      store.shipping_option_type.list(filters, store.shipping_option_type.page(pagination), { withDeleted: with_deleted }),
    shipping_option_rule: (_, { id, with_deleted }, { loaders }) => loadById(loaders.rule, assertId(id, 'sorul'), with_deleted),
    // Provider ids are registration ids (`manual_manual`), not prefixed ULIDs: nothing to check.
    fulfillment_provider: (_, { id, with_deleted }, { loaders }) => loadById(loaders.provider, id, with_deleted),
    fulfillment_providers: (_, { filters, pagination, with_deleted }, { store }) =>
      store.fulfillment_provider.list(filters, store.fulfillment_provider.page(pagination), { withDeleted: with_deleted }),
    fulfillment: (_, { id, with_deleted }, { loaders }) => loadById(loaders.fulfillment, assertId(id, 'ful'), with_deleted),
    fulfillments: (_, { filters, pagination, with_deleted }, { store }) =>
      store.fulfillment.list(filters, store.fulfillment.page(pagination), { withDeleted: with_deleted }),
  },
  ShippingProfile: {
    __resolveReference: ({ id }, { loaders }) => loaders.shippingProfile.live.load(id),
    shipping_options: (profile, _, { loaders }) => loaders.shippingOptionsByProfile.load(profile.id),
  },
  ShippingOption: {
    __resolveReference: ({ id }, { loaders }) => loaders.shippingOption.live.load(id),
    service_zone: (option, _, { loaders }) => loaders.serviceZone.live.load(option.service_zone_id),
    shipping_profile: (option, _, { loaders }) =>
      option.shipping_profile_id ? loaders.shippingProfile.live.load(option.shipping_profile_id) : null,
    provider: (option, _, { loaders }) => (option.provider_id ? loaders.provider.live.load(option.provider_id) : null),
    type: (option, _, { loaders }) => loaders.shippingOptionType.live.load(option.shipping_option_type_id),
    rules: (option, _, { loaders }) => loaders.rulesByOption.load(option.id),
    prices: (option, _, { loaders }) => loaders.pricesByOption.load(option.id),
  },
  ShippingOptionType: {
    __resolveReference: ({ id }, { loaders }) => loaders.shippingOptionType.live.load(id),
    shipping_options: (type, _, { loaders }) => loaders.shippingOptionsByType.load(type.id),
  },
  ShippingOptionRule: {
    __resolveReference: ({ id }, { loaders }) => loaders.rule.live.load(id),
    shipping_option: (rule, _, { loaders }) => loaders.shippingOption.live.load(rule.shipping_option_id),
  },
  FulfillmentSet: {
    __resolveReference: ({ id }, { loaders }) => loaders.fulfillmentSet.live.load(id),
    service_zones: (set, _, { loaders }) => loaders.serviceZonesBySet.load(set.id),
  },
  ServiceZone: {
    __resolveReference: ({ id }, { loaders }) => loaders.serviceZone.live.load(id),
    fulfillment_set: (zone, _, { loaders }) => loaders.fulfillmentSet.live.load(zone.fulfillment_set_id),
    geo_zones: (zone, _, { loaders }) => loaders.geoZonesByZone.load(zone.id),
    shipping_options: (zone, _, { loaders }) => loaders.shippingOptionsByZone.load(zone.id),
  },
  GeoZone: {
    __resolveReference: ({ id }, { loaders }) => loaders.geoZone.live.load(id),
    service_zone: (geoZone, _, { loaders }) => loaders.serviceZone.live.load(geoZone.service_zone_id),
  },
  FulfillmentProvider: {
    __resolveReference: ({ id }, { loaders }) => loaders.provider.live.load(id),
  },
  Fulfillment: {
    __resolveReference: ({ id }, { loaders }) => loaders.fulfillment.live.load(id),
    provider: (fulfillment, _, { loaders }) => (fulfillment.provider_id ? loaders.provider.live.load(fulfillment.provider_id) : null),
    shipping_option: (fulfillment, _, { loaders }) =>
      fulfillment.shipping_option_id ? loaders.shippingOption.live.load(fulfillment.shipping_option_id) : null,
    delivery_address: (fulfillment, _, { loaders }) =>
      fulfillment.delivery_address_id ? loaders.fulfillmentAddress.live.load(fulfillment.delivery_address_id) : null,
    items: (fulfillment, _, { loaders }) => loaders.fulfillmentItemsByFulfillment.load(fulfillment.id),
    labels: (fulfillment, _, { loaders }) => loaders.fulfillmentLabelsByFulfillment.load(fulfillment.id),
  },
  FulfillmentAddress: {
    __resolveReference: ({ id }, { loaders }) => loaders.fulfillmentAddress.live.load(id),
  },
  FulfillmentItem: {
    __resolveReference: ({ id }, { loaders }) => loaders.fulfillmentItem.live.load(id),
  },
  FulfillmentLabel: {
    __resolveReference: ({ id }, { loaders }) => loaders.fulfillmentLabel.live.load(id),
  },
};
