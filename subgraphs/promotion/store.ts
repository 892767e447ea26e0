import type { Queryable } from '../../kit/database';
import { insertRows, listPage, rowsWhereIn, Where, type NewRow, type Page, type Timestamps } from '../../kit/sql';

// Row types: one per table, with the columns as PostgreSQL returns them (numeric as string).
type Json = unknown;

export type PromotionType = 'standard' | 'buyget';
export type PromotionStatus = 'draft' | 'active' | 'inactive';
export type ApplicationMethodType = 'fixed' | 'percentage';
export type ApplicationMethodTargetType = 'order' | 'shipping_methods' | 'items';
export type ApplicationMethodAllocation = 'each' | 'across' | 'once';

export interface PromotionRow extends Timestamps {
  id: string;
  code: string;
  is_automatic: boolean;
  is_tax_inclusive: boolean;
  limit: number | null;
  used: number;
  type: PromotionType;
  status: PromotionStatus;
  campaign_id: string | null;
  metadata: Json;
}

export interface ApplicationMethodRow extends Timestamps {
  id: string;
  value: string | null;
  currency_code: string | null;
  max_quantity: number | null;
  apply_to_quantity: number | null;
  buy_rules_min_quantity: number | null;
  type: ApplicationMethodType;
  target_type: ApplicationMethodTargetType;
  allocation: ApplicationMethodAllocation | null;
  promotion_id: string;
}

export interface PromotionFilters {
  id?: readonly string[] | null;
  code?: readonly string[] | null;
  status?: readonly PromotionStatus[] | null;
  is_automatic?: boolean | null;
}

/** New rows, as the seed and (later) the admin mutations write them. */
export interface PromotionData {
  promotions?: NewRow<PromotionRow>[];
  application_methods?: NewRow<ApplicationMethodRow>[];
}

/** All SQL of the promotion module; every read takes and returns arrays. */
export function createPromotionStore(db: Queryable) {
  return {
    promotionsByIds: (ids: string[]) => rowsWhereIn<PromotionRow>(db, 'promotion.promotion', 'id', ids),
    applicationMethodsByIds: (ids: string[]) =>
      rowsWhereIn<ApplicationMethodRow>(db, 'promotion.promotion_application_method', 'id', ids),
    applicationMethodsByPromotionIds: (promotionIds: string[]) =>
      rowsWhereIn<ApplicationMethodRow>(db, 'promotion.promotion_application_method', 'promotion_id', promotionIds),

    listPromotions(filters: PromotionFilters, page: Page) {
      const where = new Where()
        .equals('id', filters.id)
        .equals('code', filters.code)
        .equals('status', filters.status)
        .equals('is_automatic', filters.is_automatic);
      return listPage<PromotionRow>(db, 'promotion.promotion', where, page);
    },

    async insert(data: PromotionData): Promise<void> {
      await insertRows(db, 'promotion.promotion', data.promotions ?? []);
      await insertRows(db, 'promotion.promotion_application_method', data.application_methods ?? []);
    },
  };
}

export type PromotionStore = ReturnType<typeof createPromotionStore>;
