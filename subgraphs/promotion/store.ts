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

/**
 * Table `promotion.promotion_usage`: what `promotion_usage_register` counted for one reference (an
 * order) and one promotion, so that a repeat counts nothing and a revert takes back exactly this.
 */
export interface PromotionUsageRow {
  reference_id: string;
  promotion_id: string;
  code: string;
  amount: string;
  /** Added to the promotion's `used`: 1 or 0. */
  promotion_used: number;
  campaign_budget_id: string | null;
  /** Added to that budget's `used`. */
  campaign_budget_used: string;
  created_at: Date;
}

/** A live, active promotion whose usage may be registered, with the live budget of its campaign (if any). */
export interface UsablePromotionRow extends PromotionRow {
  campaign_budget_id: string | null;
}

/** A change to one counter: `amount` added to the `used` of the row with `id` (subtracted when negative, never below 0). */
export interface UsedChange {
  id: string;
  amount: string;
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
  usage: 'promotion.promotion_usage',
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

    // Writes of the internal mutations (mutations.ts runs them inside one transaction). Locks go
    // promotions first, then campaign budgets, each in id order, so two registrations never deadlock.

    /**
     * The promotions with these codes whose usage counts, locked until the transaction ends, in id
     * order: live, `active`, and either in no campaign or in a live campaign running now (Medusa's
     * listActivePromotions_), each with its campaign's live budget.
     */
    lockUsablePromotionsByCodes: (codes: string[]) =>
      codes.length === 0
        ? Promise.resolve([])
        : db.query<UsablePromotionRow>(
            `select p.*, b.id as campaign_budget_id
             from ${T.promotion} p
             left join ${T.campaign} c on c.id = p.campaign_id and c.deleted_at is null
             left join ${T.budget} b on b.campaign_id = c.id and b.deleted_at is null
             where p.code = any($1::text[]) and p.deleted_at is null and p.status = 'active'
               and (p.campaign_id is null
                    or (c.id is not null and (c.starts_at is null or c.starts_at <= now()) and (c.ends_at is null or c.ends_at > now())))
             order by p.id
             for update of p`,
            [codes],
          ),

    /** Promotions by id (soft-deleted ones too), locked until the transaction ends, in id order. */
    lockPromotions: (ids: string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db.query<PromotionRow>(`select * from ${T.promotion} where id = any($1::text[]) order by id for update`, [ids]),

    /** Campaign budgets by id (soft-deleted ones too), locked until the transaction ends, in id order. */
    lockBudgets: (ids: string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db.query<CampaignBudgetRow>(`select * from ${T.budget} where id = any($1::text[]) order by id for update`, [ids]),

    /** What was counted for a reference, oldest first. */
    usagesByReference: (referenceId: string) =>
      db.query<PromotionUsageRow>(`select * from ${T.usage} where reference_id = $1 order by created_at, promotion_id`, [referenceId]),

    async insertUsages(rows: readonly Omit<PromotionUsageRow, 'created_at'>[]): Promise<void> {
      await insertRows(db, T.usage, rows, ['reference_id', 'promotion_id']);
    },

    /** Deletes what was counted for a reference; returns the rows deleted, oldest first. */
    async deleteUsagesOfReference(referenceId: string): Promise<PromotionUsageRow[]> {
      return db.query<PromotionUsageRow>(
        `with deleted as (delete from ${T.usage} where reference_id = $1 returning *) select * from deleted order by created_at, promotion_id`,
        [referenceId],
      );
    },

    /** Adds to promotions' `used` (an integer), never below 0 (as Medusa's revertUsage). */
    async changePromotionsUsed(changes: readonly UsedChange[]): Promise<void> {
      if (changes.length === 0) return;
      await db.query(
        `update ${T.promotion} p set used = greatest(p.used + c.amount, 0), updated_at = now()
         from unnest($1::text[], $2::int[]) as c(id, amount) where p.id = c.id`,
        [changes.map((change) => change.id), changes.map((change) => Number(change.amount))],
      );
    },

    /** Adds to campaign budgets' `used` (an amount or a count), never below 0 (as Medusa's revertUsage), without trailing zeros. */
    async changeBudgetsUsed(changes: readonly UsedChange[]): Promise<void> {
      if (changes.length === 0) return;
      await db.query(
        `update ${T.budget} b set used = trim_scale(greatest(b.used + c.amount, 0)), updated_at = now()
         from unnest($1::text[], $2::numeric[]) as c(id, amount) where b.id = c.id`,
        [changes.map((change) => change.id), changes.map((change) => change.amount)],
      );
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
