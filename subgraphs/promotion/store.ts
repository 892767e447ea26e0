import type { Queryable } from '../../kit/database';
import { tables } from '../../kit/table';
import {
  models,
  type CampaignBudgetRow,
  type CampaignBudgetUsageRow,
  type PromotionRow,
  type PromotionRuleRow,
  type PromotionUsageRow,
} from './models';

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

/** Medusa's manyToMany pivots to rules, each with the column of its owner. */
export const RULE_PIVOTS = {
  promotion_promotion_rule: 'promotion_id',
  application_method_target_rules: 'application_method_id',
  application_method_buy_rules: 'application_method_id',
} as const;
export type RulePivot = keyof typeof RULE_PIVOTS;

const PROMOTION = models.promotion.table;
const METHOD = models.application_method.table;
const RULE = models.promotion_rule.table;
const CAMPAIGN = models.campaign.table;
const BUDGET = models.campaign_budget.table;
const USAGE = models.promotion_usage.table;
const BUDGET_USAGE = models.campaign_budget_usage.table;

/** One more (or one less, when negative) use of a `use_by_attribute` budget for one value of its attribute. */
export interface AttributeUseChange {
  budget_id: string;
  attribute_value: string;
  amount: number;
}

/**
 * All SQL of the promotion module: each table's statements are derived from its declaration
 * (models.ts); here are only the rules read through their pivots, the rule removal of the admin
 * writes, and the usage mutations' locks, ledger reads and counter changes.
 */
export function createPromotionStore(db: Queryable) {
  /** Live rules of each owner in one statement, each row carrying its owner's key. */
  function rulesThrough<Key extends string>(pivot: string, owner: Key) {
    return (ownerIds: string[]): Promise<RuleOf<Key>[]> => {
      if (ownerIds.length === 0) return Promise.resolve([]);
      return db.query<RuleOf<Key>>(
        `select r.*, p.${owner} from ${models.promotion_rule.table} r join ${pivot} p on p.promotion_rule_id = r.id
         where p.${owner} = any($1::text[]) and r.deleted_at is null order by r.id`,
        [ownerIds],
      );
    };
  }

  return {
    ...tables(db, models),
    rulesByPromotionIds: rulesThrough(models.promotion_promotion_rule.table, 'promotion_id'),
    targetRulesByMethodIds: rulesThrough(models.application_method_target_rules.table, 'application_method_id'),
    buyRulesByMethodIds: rulesThrough(models.application_method_buy_rules.table, 'application_method_id'),

    /** Deletes those of `ruleIds` that the promotion (or its application method, through `pivot`) owns, with their values and links, as Medusa's removePromotionRules; returns their ids. */
    async deleteRulesOf(pivot: RulePivot, promotionId: string, ruleIds: string[]): Promise<string[]> {
      if (ruleIds.length === 0) return [];
      const owned =
        pivot === 'promotion_promotion_rule'
          ? `select promotion_rule_id from ${models[pivot].table} where promotion_id = $1`
          : `select p.promotion_rule_id from ${models[pivot].table} p join ${METHOD} m on m.id = p.application_method_id where m.promotion_id = $1`;
      // The values and the pivot rows go with the rule (their foreign keys cascade).
      const rows = await db.query<{ id: string }>(
        `delete from ${RULE} where id = any($2::text[]) and id in (${owned}) returning id`,
        [promotionId, ruleIds],
      );
      return rows.map((row) => row.id);
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
             from ${PROMOTION} p
             left join ${CAMPAIGN} c on c.id = p.campaign_id and c.deleted_at is null
             left join ${BUDGET} b on b.campaign_id = c.id and b.deleted_at is null
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
        : db.query<PromotionRow>(`select * from ${PROMOTION} where id = any($1::text[]) order by id for update`, [ids]),

    /** Campaign budgets by id (soft-deleted ones too), locked until the transaction ends, in id order. */
    lockBudgets: (ids: string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db.query<CampaignBudgetRow>(`select * from ${BUDGET} where id = any($1::text[]) order by id for update`, [
            ids,
          ]),

    /** What was counted for a reference, oldest first (the ledger has no soft delete). */
    usagesByReference: (referenceId: string) =>
      db.query<PromotionUsageRow>(`select * from ${USAGE} where reference_id = $1 order by created_at, promotion_id`, [
        referenceId,
      ]),

    /** Deletes what was counted for a reference; returns the rows deleted, oldest first. */
    async deleteUsagesOfReference(referenceId: string): Promise<PromotionUsageRow[]> {
      return db.query<PromotionUsageRow>(
        `with deleted as (delete from ${USAGE} where reference_id = $1 returning *) select * from deleted order by created_at, promotion_id`,
        [referenceId],
      );
    },

    /** The live usage rows of these budgets for these attribute values (read under the budgets' locks). */
    budgetUsagesOf: (budgetIds: string[], values: string[]) =>
      budgetIds.length === 0 || values.length === 0
        ? Promise.resolve([])
        : db.query<CampaignBudgetUsageRow>(
            `select * from ${BUDGET_USAGE} where budget_id = any($1::text[]) and attribute_value = any($2::text[]) and deleted_at is null`,
            [budgetIds, values],
          ),

    /** Adds uses to the usage rows of (budget, value), making the rows missing. */
    async addBudgetUses(changes: readonly AttributeUseChange[], newId: () => string): Promise<void> {
      if (changes.length === 0) return;
      await db.query(
        `insert into ${BUDGET_USAGE} as u (id, budget_id, attribute_value, used)
         select * from unnest($1::text[], $2::text[], $3::text[], $4::numeric[])
         on conflict (attribute_value, budget_id) where deleted_at is null
         do update set used = u.used + excluded.used, updated_at = now()`,
        [
          changes.map(() => newId()),
          changes.map((change) => change.budget_id),
          changes.map((change) => change.attribute_value),
          changes.map((change) => change.amount),
        ],
      );
    },

    /** Takes uses back from the usage rows of (budget, value); a row left at 0 is deleted, as Medusa's revertCampaignBudgetUsageByAttribute_ does. */
    async takeBackBudgetUses(changes: readonly AttributeUseChange[]): Promise<void> {
      if (changes.length === 0) return;
      const rows = await db.query<{ id: string }>(
        `update ${BUDGET_USAGE} u set used = greatest(u.used - c.amount, 0), updated_at = now()
         from unnest($1::text[], $2::text[], $3::numeric[]) as c(budget_id, attribute_value, amount)
         where u.budget_id = c.budget_id and u.attribute_value = c.attribute_value and u.deleted_at is null
         returning u.id, u.used`,
        [
          changes.map((change) => change.budget_id),
          changes.map((change) => change.attribute_value),
          changes.map((change) => change.amount),
        ],
      );
      await db.query(`delete from ${BUDGET_USAGE} where id = any($1::text[]) and used <= 0`, [
        rows.map((row) => row.id),
      ]);
    },

    /** Adds to promotions' `used` (an integer), never below 0 (as Medusa's revertUsage). */
    async changePromotionsUsed(changes: readonly UsedChange[]): Promise<void> {
      if (changes.length === 0) return;
      await db.query(
        `update ${PROMOTION} p set used = greatest(p.used + c.amount, 0), updated_at = now()
         from unnest($1::text[], $2::int[]) as c(id, amount) where p.id = c.id`,
        [changes.map((change) => change.id), changes.map((change) => Number(change.amount))],
      );
    },

    /** Adds to campaign budgets' `used` (an amount or a count), never below 0 (as Medusa's revertUsage), without trailing zeros. */
    async changeBudgetsUsed(changes: readonly UsedChange[]): Promise<void> {
      if (changes.length === 0) return;
      await db.query(
        `update ${BUDGET} b set used = trim_scale(greatest(b.used + c.amount, 0)), updated_at = now()
         from unnest($1::text[], $2::numeric[]) as c(id, amount) where b.id = c.id`,
        [changes.map((change) => change.id), changes.map((change) => change.amount)],
      );
    },
  };
}

export type PromotionStore = ReturnType<typeof createPromotionStore>;
