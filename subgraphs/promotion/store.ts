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

export type PromotionType = 'standard' | 'buyget';
export type PromotionStatus = 'draft' | 'active' | 'inactive';
export type ApplicationMethodType = 'fixed' | 'percentage';
export type ApplicationMethodTargetType = 'order' | 'shipping_methods' | 'items';
export type ApplicationMethodAllocation = 'each' | 'across' | 'once';
export type CampaignBudgetType = 'spend' | 'usage' | 'use_by_attribute' | 'spend_by_attribute';
export type PromotionRuleOperator = 'gte' | 'lte' | 'gt' | 'lt' | 'eq' | 'ne' | 'in';

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

export interface CampaignRow extends Timestamps {
  id: string;
  name: string;
  description: string | null;
  campaign_identifier: string;
  starts_at: Date | null;
  ends_at: Date | null;
}

export interface CampaignBudgetRow extends Timestamps {
  id: string;
  type: CampaignBudgetType;
  currency_code: string | null;
  limit: string | null;
  used: string;
  attribute: string | null;
  campaign_id: string;
}

export interface PromotionRuleRow extends Timestamps {
  id: string;
  description: string | null;
  attribute: string;
  operator: PromotionRuleOperator;
}

export interface PromotionRuleValueRow extends Timestamps {
  id: string;
  value: string;
  promotion_rule_id: string;
}

/** A rule read through a pivot table, with the key of the side it was read from. */
export type RuleOf<Key extends string> = PromotionRuleRow & Record<Key, string>;

/** A pair of keys in a pivot table. */
export interface RulePivotRow {
  owner_id: string;
  promotion_rule_id: string;
}

type Dates = RangeFilter<Date | string> | null;

export interface PromotionFilters {
  id?: readonly string[] | null;
  code?: readonly string[] | null;
  status?: readonly PromotionStatus[] | null;
  type?: readonly PromotionType[] | null;
  is_automatic?: boolean | null;
  campaign_id?: readonly string[] | null;
  created_at?: Dates;
  updated_at?: Dates;
  q?: string | null;
}

export interface CampaignFilters {
  id?: readonly string[] | null;
  campaign_identifier?: readonly string[] | null;
  starts_at?: Dates;
  ends_at?: Dates;
  created_at?: Dates;
  updated_at?: Dates;
  q?: string | null;
}

/** Columns each list can sort by. */
export const SORTABLE = {
  promotion: ['id', 'code', 'status', 'type', 'created_at', 'updated_at'],
  campaign: ['id', 'name', 'campaign_identifier', 'starts_at', 'ends_at', 'created_at', 'updated_at'],
} as const;

/** New rows, as the seed and (later) the admin mutations write them. */
export interface PromotionData {
  campaigns?: NewRow<CampaignRow>[];
  campaign_budgets?: NewRow<CampaignBudgetRow>[];
  promotions?: NewRow<PromotionRow>[];
  application_methods?: NewRow<ApplicationMethodRow>[];
  rules?: NewRow<PromotionRuleRow>[];
  rule_values?: NewRow<PromotionRuleValueRow>[];
  /** `promotion_promotion_rule`: owner_id is the promotion. */
  promotion_rules?: RulePivotRow[];
  /** `application_method_target_rules`: owner_id is the application method. */
  target_rules?: RulePivotRow[];
  /** `application_method_buy_rules`: owner_id is the application method. */
  buy_rules?: RulePivotRow[];
}

const T = {
  promotion: 'promotion.promotion',
  method: 'promotion.promotion_application_method',
  campaign: 'promotion.promotion_campaign',
  budget: 'promotion.promotion_campaign_budget',
  rule: 'promotion.promotion_rule',
  value: 'promotion.promotion_rule_value',
} as const;

/** The three manyToMany pivots to rules, and the column naming their other side. */
const PIVOTS = {
  promotion: { table: 'promotion.promotion_promotion_rule', owner: 'promotion_id' },
  target: { table: 'promotion.application_method_target_rules', owner: 'application_method_id' },
  buy: { table: 'promotion.application_method_buy_rules', owner: 'application_method_id' },
} as const;

/**
 * All SQL of the promotion module; every read takes and returns arrays. Reads by id take
 * `withDeleted` (a client's `with_deleted`); reads of relations always hide soft-deleted rows.
 */
export function createPromotionStore(db: Queryable) {
  /** Live rules of each owner in one statement, each row carrying its owner's key. */
  function rulesThrough<Key extends string>(pivot: (typeof PIVOTS)[keyof typeof PIVOTS] & { owner: Key }) {
    return (ownerIds: string[]): Promise<RuleOf<Key>[]> => {
      if (ownerIds.length === 0) return Promise.resolve([]);
      return db.query<RuleOf<Key>>(
        `select r.*, p.${pivot.owner} from ${T.rule} r join ${pivot.table} p on p.promotion_rule_id = r.id
         where p.${pivot.owner} = any($1::text[]) and r.deleted_at is null order by r.id`,
        [ownerIds],
      );
    };
  }

  /** Writes pivot pairs; a pair that exists is left as it is (the seed runs again). */
  function insertPairs(pivot: (typeof PIVOTS)[keyof typeof PIVOTS], pairs: readonly RulePivotRow[]): Promise<void> {
    const rows = pairs.map((pair) => ({ [pivot.owner]: pair.owner_id, promotion_rule_id: pair.promotion_rule_id }));
    return insertRows(db, pivot.table, rows, [pivot.owner, 'promotion_rule_id']);
  }

  return {
    promotionsByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<PromotionRow>(db, T.promotion, 'id', ids, options),
    promotionsByCampaignIds: (campaignIds: string[]) => rowsWhereIn<PromotionRow>(db, T.promotion, 'campaign_id', campaignIds),
    applicationMethodsByIds: (ids: string[], options?: ReadOptions) =>
      rowsWhereIn<ApplicationMethodRow>(db, T.method, 'id', ids, options),
    applicationMethodsByPromotionIds: (promotionIds: string[]) =>
      rowsWhereIn<ApplicationMethodRow>(db, T.method, 'promotion_id', promotionIds),
    campaignsByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<CampaignRow>(db, T.campaign, 'id', ids, options),
    budgetsByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<CampaignBudgetRow>(db, T.budget, 'id', ids, options),
    budgetsByCampaignIds: (campaignIds: string[]) => rowsWhereIn<CampaignBudgetRow>(db, T.budget, 'campaign_id', campaignIds),
    rulesByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<PromotionRuleRow>(db, T.rule, 'id', ids, options),
    ruleValuesByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<PromotionRuleValueRow>(db, T.value, 'id', ids, options),
    ruleValuesByRuleIds: (ruleIds: string[]) =>
      rowsWhereIn<PromotionRuleValueRow>(db, T.value, 'promotion_rule_id', ruleIds, { orderBy: 'value, id' }),
    rulesByPromotionIds: rulesThrough(PIVOTS.promotion),
    targetRulesByMethodIds: rulesThrough(PIVOTS.target),
    buyRulesByMethodIds: rulesThrough(PIVOTS.buy),

    listPromotions(filters: PromotionFilters, page: Page, withDeleted = false) {
      const where = new Where({ withDeleted })
        .equals('id', filters.id)
        .equals('code', filters.code)
        .equals('status', filters.status)
        .equals('type', filters.type)
        .equals('is_automatic', filters.is_automatic)
        .equals('campaign_id', filters.campaign_id)
        .range('created_at', filters.created_at)
        .range('updated_at', filters.updated_at)
        .search(['code'], filters.q);
      return listPage<PromotionRow>(db, T.promotion, where, page);
    },

    listCampaigns(filters: CampaignFilters, page: Page, withDeleted = false) {
      const where = new Where({ withDeleted })
        .equals('id', filters.id)
        .equals('campaign_identifier', filters.campaign_identifier)
        .range('starts_at', filters.starts_at)
        .range('ends_at', filters.ends_at)
        .range('created_at', filters.created_at)
        .range('updated_at', filters.updated_at)
        .search(['name', 'campaign_identifier'], filters.q);
      return listPage<CampaignRow>(db, T.campaign, where, page);
    },

    async insert(data: PromotionData): Promise<void> {
      await insertRows(db, T.campaign, data.campaigns ?? []);
      await insertRows(db, T.budget, data.campaign_budgets ?? []);
      await insertRows(db, T.promotion, data.promotions ?? []);
      await insertRows(db, T.method, data.application_methods ?? []);
      await insertRows(db, T.rule, data.rules ?? []);
      await insertRows(db, T.value, data.rule_values ?? []);
      await insertPairs(PIVOTS.promotion, data.promotion_rules ?? []);
      await insertPairs(PIVOTS.target, data.target_rules ?? []);
      await insertPairs(PIVOTS.buy, data.buy_rules ?? []);
    },
  };
}

export type PromotionStore = ReturnType<typeof createPromotionStore>;
