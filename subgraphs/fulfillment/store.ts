import type { Queryable } from '../../kit/database';
import { insertRows, listPage, rowsWhereIn, Where, type NewRow, type Page, type Timestamps } from '../../kit/sql';

// Row types: one per table, with the columns as PostgreSQL returns them.
type Json = unknown;

export type ShippingOptionPriceType = 'calculated' | 'flat';

export interface ShippingProfileRow extends Timestamps {
  id: string;
  name: string;
  type: string;
  metadata: Json;
}

export interface ShippingOptionRow extends Timestamps {
  id: string;
  name: string;
  price_type: ShippingOptionPriceType;
  data: Json;
  metadata: Json;
  shipping_profile_id: string | null;
  provider_id: string | null;
}

export interface ShippingOptionFilters {
  id?: readonly string[] | null;
  shipping_profile_id?: readonly string[] | null;
}

export interface ShippingProfileFilters {
  id?: readonly string[] | null;
}

/** New rows, as the seed and (later) the admin mutations write them. */
export interface FulfillmentData {
  shipping_profiles?: NewRow<ShippingProfileRow>[];
  shipping_options?: NewRow<ShippingOptionRow>[];
}

/** All SQL of the fulfillment module; every read takes and returns arrays. */
export function createFulfillmentStore(db: Queryable) {
  return {
    shippingProfilesByIds: (ids: string[]) =>
      rowsWhereIn<ShippingProfileRow>(db, 'fulfillment.shipping_profile', 'id', ids),
    shippingOptionsByIds: (ids: string[]) =>
      rowsWhereIn<ShippingOptionRow>(db, 'fulfillment.shipping_option', 'id', ids),
    shippingOptionsByProfileIds: (profileIds: string[]) =>
      rowsWhereIn<ShippingOptionRow>(db, 'fulfillment.shipping_option', 'shipping_profile_id', profileIds),

    listShippingOptions(filters: ShippingOptionFilters, page: Page) {
      const where = new Where().equals('id', filters.id).equals('shipping_profile_id', filters.shipping_profile_id);
      return listPage<ShippingOptionRow>(db, 'fulfillment.shipping_option', where, page);
    },

    listShippingProfiles(filters: ShippingProfileFilters, page: Page) {
      const where = new Where().equals('id', filters.id);
      return listPage<ShippingProfileRow>(db, 'fulfillment.shipping_profile', where, page);
    },

    async insert(data: FulfillmentData): Promise<void> {
      await insertRows(db, 'fulfillment.shipping_profile', data.shipping_profiles ?? []);
      await insertRows(db, 'fulfillment.shipping_option', data.shipping_options ?? []);
    },
  };
}

export type FulfillmentStore = ReturnType<typeof createFulfillmentStore>;
