import type { Queryable } from '../../kit/database';
import {
  insertRows,
  listPage,
  rowsWhereIn,
  Where,
  type NewRow,
  type Page,
  type RangeFilter,
  type ReadOptions,
  type Timestamps,
} from '../../kit/sql';

// Row types: one per table, with the columns as PostgreSQL returns them (numeric as string).
type Json = unknown;

export type ShippingOptionPriceType = 'calculated' | 'flat';
export type GeoZoneType = 'country' | 'province' | 'city' | 'zip';
export type ShippingOptionRuleOperator = 'in' | 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'nin';

export interface FulfillmentProviderRow extends Timestamps {
  id: string;
  is_enabled: boolean;
}

export interface FulfillmentSetRow extends Timestamps {
  id: string;
  name: string;
  type: string;
  metadata: Json;
}

export interface ServiceZoneRow extends Timestamps {
  id: string;
  name: string;
  fulfillment_set_id: string;
  metadata: Json;
}

export interface GeoZoneRow extends Timestamps {
  id: string;
  type: GeoZoneType;
  country_code: string;
  province_code: string | null;
  city: string | null;
  postal_expression: Json;
  service_zone_id: string;
  metadata: Json;
}

export interface ShippingProfileRow extends Timestamps {
  id: string;
  name: string;
  type: string;
  metadata: Json;
}

export interface ShippingOptionTypeRow extends Timestamps {
  id: string;
  label: string;
  description: string | null;
  code: string;
}

export interface ShippingOptionRow extends Timestamps {
  id: string;
  name: string;
  price_type: ShippingOptionPriceType;
  data: Json;
  metadata: Json;
  service_zone_id: string;
  shipping_profile_id: string | null;
  provider_id: string | null;
  shipping_option_type_id: string;
}

export interface ShippingOptionRuleRow extends Timestamps {
  id: string;
  attribute: string;
  operator: ShippingOptionRuleOperator;
  value: Json;
  shipping_option_id: string;
}

export interface ShippingOptionPriceRow extends Timestamps {
  id: string;
  shipping_option_id: string;
  currency_code: string;
  amount: string;
}

/** Table `fulfillment_address` (`fuladdr_…`): where a fulfillment is delivered. */
export interface FulfillmentAddressRow extends Timestamps {
  id: string;
  company: string | null;
  first_name: string | null;
  last_name: string | null;
  address_1: string | null;
  address_2: string | null;
  city: string | null;
  country_code: string | null;
  province: string | null;
  postal_code: string | null;
  phone: string | null;
  metadata: Json;
}

/** Table `fulfillment` (`ful_…`): a shipment of an order's items from a stock location. */
export interface FulfillmentRow extends Timestamps {
  id: string;
  location_id: string;
  packed_at: Date | null;
  shipped_at: Date | null;
  delivered_at: Date | null;
  canceled_at: Date | null;
  marked_shipped_by: string | null;
  created_by: string | null;
  data: Json;
  requires_shipping: boolean;
  provider_id: string | null;
  shipping_option_id: string | null;
  delivery_address_id: string | null;
  metadata: Json;
}

/** Table `fulfillment_item` (`fulit_…`): a quantity of one line item in a fulfillment. */
export interface FulfillmentItemRow extends Timestamps {
  id: string;
  title: string;
  sku: string;
  barcode: string;
  quantity: string;
  line_item_id: string | null;
  inventory_item_id: string | null;
  fulfillment_id: string;
}

/** Table `fulfillment_label` (`fulla_…`): a parcel's tracking number and label. */
export interface FulfillmentLabelRow extends Timestamps {
  id: string;
  tracking_number: string;
  tracking_url: string;
  label_url: string;
  fulfillment_id: string;
}

type Dates = RangeFilter<Date | string> | null;

export interface FulfillmentFilters {
  id?: readonly string[] | null;
  location_id?: readonly string[] | null;
  provider_id?: readonly string[] | null;
  shipping_option_id?: readonly string[] | null;
  requires_shipping?: boolean | null;
  packed_at?: Dates;
  shipped_at?: Dates;
  delivered_at?: Dates;
  canceled_at?: Dates;
  created_at?: Dates;
  updated_at?: Dates;
}

export interface ShippingOptionFilters {
  id?: readonly string[] | null;
  name?: readonly string[] | null;
  shipping_profile_id?: readonly string[] | null;
  service_zone_id?: readonly string[] | null;
  provider_id?: readonly string[] | null;
  shipping_option_type_id?: readonly string[] | null;
  price_type?: readonly ShippingOptionPriceType[] | null;
  created_at?: Dates;
  updated_at?: Dates;
  q?: string | null;
}

export interface ShippingProfileFilters {
  id?: readonly string[] | null;
  name?: readonly string[] | null;
  type?: readonly string[] | null;
  created_at?: Dates;
  updated_at?: Dates;
  q?: string | null;
}

export interface FulfillmentSetFilters {
  id?: readonly string[] | null;
  name?: readonly string[] | null;
  type?: readonly string[] | null;
  created_at?: Dates;
  updated_at?: Dates;
}

export interface ServiceZoneFilters {
  id?: readonly string[] | null;
  fulfillment_set_id?: readonly string[] | null;
  name?: readonly string[] | null;
  created_at?: Dates;
  updated_at?: Dates;
}

export interface ShippingOptionTypeFilters {
  id?: readonly string[] | null;
  code?: readonly string[] | null;
  created_at?: Dates;
  updated_at?: Dates;
}

export interface FulfillmentProviderFilters {
  id?: readonly string[] | null;
  is_enabled?: boolean | null;
}

/** Columns each list can sort by. */
export const SORTABLE = {
  shippingOption: ['id', 'name', 'price_type', 'created_at', 'updated_at'],
  shippingProfile: ['id', 'name', 'type', 'created_at', 'updated_at'],
  fulfillmentSet: ['id', 'name', 'type', 'created_at', 'updated_at'],
  serviceZone: ['id', 'name', 'created_at', 'updated_at'],
  shippingOptionType: ['id', 'label', 'code', 'created_at', 'updated_at'],
  fulfillmentProvider: ['id', 'created_at', 'updated_at'],
  fulfillment: [
    'id', 'location_id', 'provider_id', 'shipping_option_id', 'packed_at', 'shipped_at', 'delivered_at', 'canceled_at',
    'created_at', 'updated_at',
  ],
} as const;

/** New rows, as the seed and (later) the admin mutations write them. */
export interface FulfillmentData {
  fulfillment_providers?: NewRow<FulfillmentProviderRow>[];
  fulfillment_sets?: NewRow<FulfillmentSetRow>[];
  service_zones?: NewRow<ServiceZoneRow>[];
  geo_zones?: NewRow<GeoZoneRow>[];
  shipping_profiles?: NewRow<ShippingProfileRow>[];
  shipping_option_types?: NewRow<ShippingOptionTypeRow>[];
  shipping_options?: NewRow<ShippingOptionRow>[];
  shipping_option_rules?: NewRow<ShippingOptionRuleRow>[];
  shipping_option_prices?: NewRow<ShippingOptionPriceRow>[];
  fulfillment_addresses?: NewRow<FulfillmentAddressRow>[];
  fulfillments?: NewRow<FulfillmentRow>[];
  fulfillment_items?: NewRow<FulfillmentItemRow>[];
  fulfillment_labels?: NewRow<FulfillmentLabelRow>[];
}

const T = {
  provider: 'fulfillment.fulfillment_provider',
  set: 'fulfillment.fulfillment_set',
  zone: 'fulfillment.service_zone',
  geoZone: 'fulfillment.geo_zone',
  profile: 'fulfillment.shipping_profile',
  type: 'fulfillment.shipping_option_type',
  option: 'fulfillment.shipping_option',
  rule: 'fulfillment.shipping_option_rule',
  price: 'fulfillment.shipping_option_price',
  address: 'fulfillment.fulfillment_address',
  fulfillment: 'fulfillment.fulfillment',
  item: 'fulfillment.fulfillment_item',
  label: 'fulfillment.fulfillment_label',
} as const;

/**
 * All SQL of the fulfillment module; every read takes and returns arrays. Reads by id take
 * `withDeleted` (a client's `with_deleted`); reads of relations always hide soft-deleted rows.
 */
export function createFulfillmentStore(db: Queryable) {
  return {
    providersByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<FulfillmentProviderRow>(db, T.provider, 'id', ids, options),
    fulfillmentSetsByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<FulfillmentSetRow>(db, T.set, 'id', ids, options),
    serviceZonesByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<ServiceZoneRow>(db, T.zone, 'id', ids, options),
    serviceZonesBySetIds: (setIds: string[]) => rowsWhereIn<ServiceZoneRow>(db, T.zone, 'fulfillment_set_id', setIds),
    geoZonesByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<GeoZoneRow>(db, T.geoZone, 'id', ids, options),
    geoZonesByZoneIds: (zoneIds: string[]) =>
      rowsWhereIn<GeoZoneRow>(db, T.geoZone, 'service_zone_id', zoneIds, { orderBy: 'country_code, id' }),
    shippingProfilesByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<ShippingProfileRow>(db, T.profile, 'id', ids, options),
    shippingOptionTypesByIds: (ids: string[], options?: ReadOptions) =>
      rowsWhereIn<ShippingOptionTypeRow>(db, T.type, 'id', ids, options),
    shippingOptionsByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<ShippingOptionRow>(db, T.option, 'id', ids, options),
    shippingOptionsByProfileIds: (profileIds: string[]) =>
      rowsWhereIn<ShippingOptionRow>(db, T.option, 'shipping_profile_id', profileIds),
    shippingOptionsByZoneIds: (zoneIds: string[]) => rowsWhereIn<ShippingOptionRow>(db, T.option, 'service_zone_id', zoneIds),
    shippingOptionsByTypeIds: (typeIds: string[]) =>
      rowsWhereIn<ShippingOptionRow>(db, T.option, 'shipping_option_type_id', typeIds),
    rulesByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<ShippingOptionRuleRow>(db, T.rule, 'id', ids, options),
    rulesByOptionIds: (optionIds: string[]) => rowsWhereIn<ShippingOptionRuleRow>(db, T.rule, 'shipping_option_id', optionIds),
    pricesByOptionIds: (optionIds: string[]) =>
      rowsWhereIn<ShippingOptionPriceRow>(db, T.price, 'shipping_option_id', optionIds, { orderBy: 'currency_code, id' }),

    fulfillmentsByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<FulfillmentRow>(db, T.fulfillment, 'id', ids, options),
    fulfillmentAddressesByIds: (ids: string[], options?: ReadOptions) =>
      rowsWhereIn<FulfillmentAddressRow>(db, T.address, 'id', ids, options),
    fulfillmentItemsByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<FulfillmentItemRow>(db, T.item, 'id', ids, options),
    fulfillmentItemsByFulfillmentIds: (fulfillmentIds: string[]) =>
      rowsWhereIn<FulfillmentItemRow>(db, T.item, 'fulfillment_id', fulfillmentIds),
    fulfillmentLabelsByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<FulfillmentLabelRow>(db, T.label, 'id', ids, options),
    fulfillmentLabelsByFulfillmentIds: (fulfillmentIds: string[]) =>
      rowsWhereIn<FulfillmentLabelRow>(db, T.label, 'fulfillment_id', fulfillmentIds),

    listFulfillments(filters: FulfillmentFilters, page: Page, withDeleted = false) {
      const where = new Where({ withDeleted })
        .equals('id', filters.id)
        .equals('location_id', filters.location_id)
        .equals('provider_id', filters.provider_id)
        .equals('shipping_option_id', filters.shipping_option_id)
        .equals('requires_shipping', filters.requires_shipping)
        .range('packed_at', filters.packed_at)
        .range('shipped_at', filters.shipped_at)
        .range('delivered_at', filters.delivered_at)
        .range('canceled_at', filters.canceled_at)
        .range('created_at', filters.created_at)
        .range('updated_at', filters.updated_at);
      return listPage<FulfillmentRow>(db, T.fulfillment, where, page);
    },

    listShippingOptions(filters: ShippingOptionFilters, page: Page, withDeleted = false) {
      const where = new Where({ withDeleted })
        .equals('id', filters.id)
        .equals('name', filters.name)
        .equals('shipping_profile_id', filters.shipping_profile_id)
        .equals('service_zone_id', filters.service_zone_id)
        .equals('provider_id', filters.provider_id)
        .equals('shipping_option_type_id', filters.shipping_option_type_id)
        .equals('price_type', filters.price_type)
        .range('created_at', filters.created_at)
        .range('updated_at', filters.updated_at)
        .search(['name'], filters.q);
      return listPage<ShippingOptionRow>(db, T.option, where, page);
    },

    listShippingProfiles(filters: ShippingProfileFilters, page: Page, withDeleted = false) {
      const where = new Where({ withDeleted })
        .equals('id', filters.id)
        .equals('name', filters.name)
        .equals('type', filters.type)
        .range('created_at', filters.created_at)
        .range('updated_at', filters.updated_at)
        .search(['name'], filters.q);
      return listPage<ShippingProfileRow>(db, T.profile, where, page);
    },

    listFulfillmentSets(filters: FulfillmentSetFilters, page: Page, withDeleted = false) {
      const where = new Where({ withDeleted })
        .equals('id', filters.id)
        .equals('name', filters.name)
        .equals('type', filters.type)
        .range('created_at', filters.created_at)
        .range('updated_at', filters.updated_at);
      return listPage<FulfillmentSetRow>(db, T.set, where, page);
    },

    listServiceZones(filters: ServiceZoneFilters, page: Page, withDeleted = false) {
      const where = new Where({ withDeleted })
        .equals('id', filters.id)
        .equals('fulfillment_set_id', filters.fulfillment_set_id)
        .equals('name', filters.name)
        .range('created_at', filters.created_at)
        .range('updated_at', filters.updated_at);
      return listPage<ServiceZoneRow>(db, T.zone, where, page);
    },

    listShippingOptionTypes(filters: ShippingOptionTypeFilters, page: Page, withDeleted = false) {
      const where = new Where({ withDeleted })
        .equals('id', filters.id)
        .equals('code', filters.code)
        .range('created_at', filters.created_at)
        .range('updated_at', filters.updated_at);
      return listPage<ShippingOptionTypeRow>(db, T.type, where, page);
    },

    listFulfillmentProviders(filters: FulfillmentProviderFilters, page: Page, withDeleted = false) {
      const where = new Where({ withDeleted }).equals('id', filters.id).equals('is_enabled', filters.is_enabled);
      return listPage<FulfillmentProviderRow>(db, T.provider, where, page);
    },

    async insert(data: FulfillmentData): Promise<void> {
      await insertRows(db, T.provider, data.fulfillment_providers ?? []);
      await insertRows(db, T.set, data.fulfillment_sets ?? []);
      await insertRows(db, T.zone, data.service_zones ?? []);
      await insertRows(db, T.geoZone, data.geo_zones ?? []);
      await insertRows(db, T.profile, data.shipping_profiles ?? []);
      await insertRows(db, T.type, data.shipping_option_types ?? []);
      await insertRows(db, T.option, data.shipping_options ?? []);
      // `value` is JSON that may be a bare string ("true"): written as JSON text so it stays a string.
      await insertRows(
        db,
        T.rule,
        (data.shipping_option_rules ?? []).map((rule) => ({ ...rule, value: rule.value === null ? null : JSON.stringify(rule.value) })),
      );
      await insertRows(db, T.price, data.shipping_option_prices ?? []);
      await insertRows(db, T.address, data.fulfillment_addresses ?? []);
      await insertRows(db, T.fulfillment, data.fulfillments ?? []);
      await insertRows(db, T.item, data.fulfillment_items ?? []);
      await insertRows(db, T.label, data.fulfillment_labels ?? []);
    },
  };
}

export type FulfillmentStore = ReturnType<typeof createFulfillmentStore>;
