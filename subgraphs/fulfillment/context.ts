import type { Database } from '../../kit/database';
import { byId, manyBy } from '../../kit/loaders';
import { createFulfillmentStore, type FulfillmentStore } from './store';

/** Per request: the store, and one DataLoader per way the resolvers fetch. */
function createLoaders(store: FulfillmentStore) {
  return {
    provider: byId(store.providersByIds),
    fulfillmentSet: byId(store.fulfillmentSetsByIds),
    serviceZone: byId(store.serviceZonesByIds),
    serviceZonesBySet: manyBy('fulfillment_set_id', store.serviceZonesBySetIds),
    geoZone: byId(store.geoZonesByIds),
    geoZonesByZone: manyBy('service_zone_id', store.geoZonesByZoneIds),
    shippingProfile: byId(store.shippingProfilesByIds),
    shippingOptionType: byId(store.shippingOptionTypesByIds),
    shippingOption: byId(store.shippingOptionsByIds),
    shippingOptionsByProfile: manyBy('shipping_profile_id', store.shippingOptionsByProfileIds),
    shippingOptionsByZone: manyBy('service_zone_id', store.shippingOptionsByZoneIds),
    shippingOptionsByType: manyBy('shipping_option_type_id', store.shippingOptionsByTypeIds),
    rule: byId(store.rulesByIds),
    rulesByOption: manyBy('shipping_option_id', store.rulesByOptionIds),
    pricesByOption: manyBy('shipping_option_id', store.pricesByOptionIds),
    fulfillment: byId(store.fulfillmentsByIds),
    fulfillmentAddress: byId(store.fulfillmentAddressesByIds),
    fulfillmentItem: byId(store.fulfillmentItemsByIds),
    fulfillmentItemsByFulfillment: manyBy('fulfillment_id', store.fulfillmentItemsByFulfillmentIds),
    fulfillmentLabel: byId(store.fulfillmentLabelsByIds),
    fulfillmentLabelsByFulfillment: manyBy('fulfillment_id', store.fulfillmentLabelsByFulfillmentIds),
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
