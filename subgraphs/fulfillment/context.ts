import type { Database } from '../../kit/database';
import { keyLoaders, relationLoader } from '../../kit/table';
import { createFulfillmentStore, type FulfillmentStore } from './store';

/** Per request: one DataLoader per way the resolvers fetch. */
function createLoaders(store: FulfillmentStore) {
  return {
    provider: keyLoaders(store.fulfillment_provider),
    fulfillmentSet: keyLoaders(store.fulfillment_set),
    serviceZone: keyLoaders(store.service_zone),
    serviceZonesBySet: relationLoader(store.service_zone, 'fulfillment_set_id'),
    geoZone: keyLoaders(store.geo_zone),
    geoZonesByZone: relationLoader(store.geo_zone, 'service_zone_id'),
    shippingProfile: keyLoaders(store.shipping_profile),
    shippingOptionType: keyLoaders(store.shipping_option_type),
    shippingOption: keyLoaders(store.shipping_option),
    shippingOptionsByProfile: relationLoader(store.shipping_option, 'shipping_profile_id'),
    shippingOptionsByZone: relationLoader(store.shipping_option, 'service_zone_id'),
    shippingOptionsByType: relationLoader(store.shipping_option, 'shipping_option_type_id'),
    rule: keyLoaders(store.shipping_option_rule),
    rulesByOption: relationLoader(store.shipping_option_rule, 'shipping_option_id'),
    pricesByOption: relationLoader(store.shipping_option_price, 'shipping_option_id'),
    fulfillment: keyLoaders(store.fulfillment),
    fulfillmentAddress: keyLoaders(store.fulfillment_address),
    fulfillmentItem: keyLoaders(store.fulfillment_item),
    fulfillmentItemsByFulfillment: relationLoader(store.fulfillment_item, 'fulfillment_id'),
    fulfillmentLabel: keyLoaders(store.fulfillment_label),
    fulfillmentLabelsByFulfillment: relationLoader(store.fulfillment_label, 'fulfillment_id'),
  };
}

export interface FulfillmentContext {
  store: FulfillmentStore;
  loaders: ReturnType<typeof createLoaders>;
}

export function createFulfillmentContext(db: Database) {
  const store = createFulfillmentStore(db);
  return async (): Promise<FulfillmentContext> => ({ store, loaders: createLoaders(store) });
}
