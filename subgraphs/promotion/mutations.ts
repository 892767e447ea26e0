import Decimal from 'decimal.js';
import type { Database } from '../../kit/database';
import { assertId, generateId } from '../../kit/ids';
import { assertNoNul, assertNotNegative, notAllowed } from '../../kit/input';
import type { PromotionUsageActionInput, PromotionUsageContextInput } from './generated/resolvers';
import type { CampaignBudgetRow, PromotionUsageRow } from './models';
import {
  createPromotionStore,
  type AttributeUseChange,
  type PromotionStore,
  type UsablePromotionRow,
  type UsedChange,
} from './store';

/**
 * The promotion module's internal mutations (the workflows subgraph's primitives), each one
 * transaction on the promotion tables: counting the promotions an order used (Medusa's
 * registerUsage, which completeCartWorkflow's registerUsageStep calls) and taking that back (its
 * revertUsage, the step's compensation).
 *
 * Counted as Medusa 2.17 counts: a promotion's `used` goes up by one where it has a `limit`; its
 * campaign's budget goes up by the actions' amounts (`spend`) or by one per order (`usage`); a
 * count that would pass a limit refuses the whole call with Medusa's NOT_ALLOWED message. A
 * `use_by_attribute` budget counts one use per promotion for the value of its attribute in the
 * registration context (a row of `promotion_campaign_budget_usage`, refused past the limit) and one
 * on its own `used`; without that value it counts nothing, as Medusa 2.21.2's registerUsage. A
 * `spend_by_attribute` budget counts nothing (Medusa 2.21.2 declares it and never counts it).
 *
 * Exactly once: each (reference, promotion) counted is a row of `promotion.promotion_usage`, written
 * with the counters in one transaction. A repeated registration finds the rows and counts nothing
 * again; a revert deletes them and takes back exactly what they say, so reverting twice, or
 * reverting what was never registered, is done without an error.
 */

/** What `promotion_usage_register` answers. */
export interface PromotionUsageRegistration {
  reference_id: string;
  /** The usages this call counted. */
  counted: PromotionUsageRow[];
  /** Every usage counted for the reference, by this call or an earlier one. */
  usages: PromotionUsageRow[];
}

const LIMIT_EXCEEDED = 'Promotion usage exceeds the limit.';
const BUDGET_EXCEEDED = 'Promotion usage exceeds the budget limit.';

/**
 * Whether a campaign budget's limit applies. Medusa's registerUsage tests `campaignBudget.limit &&
 * …`, so a budget limit of 0, like none, refuses nothing; a promotion's own limit of 0 does.
 */
function budgetLimitApplies(budget: CampaignBudgetRow): boolean {
  return budget.limit !== null && !new Decimal(budget.limit).isZero();
}

/** Changes to counters, summed per row. */
class UsedChanges {
  private readonly byId = new Map<string, Decimal>();

  add(id: string, amount: Decimal.Value): void {
    this.byId.set(id, (this.byId.get(id) ?? new Decimal(0)).plus(amount));
  }

  list(sign: 1 | -1 = 1): UsedChange[] {
    return [...this.byId]
      .filter(([, amount]) => !amount.isZero())
      .map(([id, amount]) => ({ id, amount: amount.times(sign).toFixed() }));
  }
}

/**
 * The value a `use_by_attribute` budget counts per, from the registration context Medusa's
 * completeCartWorkflow passes (`customer_id`, `customer_email`); none for any other attribute.
 */
function attributeValue(attribute: string | null, context: PromotionUsageContextInput | null): string | null {
  if (attribute === 'customer_id') return context?.customer_id ?? null;
  if (attribute === 'customer_email') return context?.customer_email ?? null;
  return null;
}

/** Uses summed per (budget, value): one statement changes each row once. */
function sumUses(changes: readonly AttributeUseChange[]): AttributeUseChange[] {
  const byKey = new Map<string, AttributeUseChange>();
  for (const change of changes) {
    const key = `${change.budget_id}\u0000${change.attribute_value}`;
    const sum = byKey.get(key);
    byKey.set(key, sum ? { ...sum, amount: sum.amount + change.amount } : { ...change });
  }
  return [...byKey.values()];
}

export function createPromotionMutations(db: Database) {
  const inTransaction = <T>(work: (store: PromotionStore) => Promise<T>): Promise<T> =>
    db.transaction((tx) => work(createPromotionStore(tx)));

  return {
    /** Medusa's registerUsage for the promotions an order (`referenceId`) used, counted once per order and promotion. */
    async usageRegister(
      referenceId: string,
      actions: readonly PromotionUsageActionInput[],
      context: PromotionUsageContextInput | null = null,
    ): Promise<PromotionUsageRegistration> {
      assertId(referenceId, 'order', 'reference_id');
      assertNoNul(actions, 'actions');
      assertNoNul(context, 'context');
      actions.forEach((action, index) => assertNotNegative(action.amount, `actions[${index}].amount`));
      // The actions' amounts per code, in the order the codes first appear (Medusa goes through the actions in order).
      const amountByCode = new Map<string, Decimal>();
      for (const action of actions)
        amountByCode.set(action.code, (amountByCode.get(action.code) ?? new Decimal(0)).plus(action.amount));

      return inTransaction(async (store) => {
        const promotions = await store.lockUsablePromotionsByCodes([...amountByCode.keys()]);
        const budgetIds = [
          ...new Set(
            promotions.map((promotion) => promotion.campaign_budget_id).filter((id): id is string => id !== null),
          ),
        ];
        const budgets = new Map((await store.lockBudgets(budgetIds)).map((budget) => [budget.id, budget]));
        // Read after the locks: a registration of the same reference running at the same time has committed by now.
        const earlier = await store.usagesByReference(referenceId);
        const counted = new Set(earlier.map((usage) => usage.promotion_id));
        // A `usage` budget counts an order once, however many of the campaign's promotions it used.
        const budgetsCounted = new Set(earlier.map((usage) => usage.campaign_budget_id));

        const byCode = new Map<string, UsablePromotionRow>(promotions.map((promotion) => [promotion.code, promotion]));
        const budgetUsed = new Map([...budgets.values()].map((budget) => [budget.id, new Decimal(budget.used)]));
        // Per-attribute uses so far of the `use_by_attribute` budgets, by budget and value (under the budgets' locks).
        const values = [context?.customer_id, context?.customer_email].filter((value): value is string => !!value);
        const attributeUsed = new Map(
          (
            await store.budgetUsagesOf(
              [...budgets.values()].filter((budget) => budget.type === 'use_by_attribute').map((budget) => budget.id),
              values,
            )
          ).map((usage) => [`${usage.budget_id}\u0000${usage.attribute_value}`, new Decimal(usage.used)]),
        );
        const attributeChanges: AttributeUseChange[] = [];
        const promotionChanges = new UsedChanges();
        const budgetChanges = new UsedChanges();
        const rows: Omit<PromotionUsageRow, 'created_at'>[] = [];
        for (const [code, amount] of amountByCode) {
          const promotion = byCode.get(code);
          if (!promotion || counted.has(promotion.id)) continue;
          const row: Omit<PromotionUsageRow, 'created_at'> = {
            reference_id: referenceId,
            promotion_id: promotion.id,
            code,
            amount: amount.toFixed(),
            promotion_used: 0,
            campaign_budget_id: null,
            campaign_budget_used: '0',
            attribute_value: null,
          };
          if (promotion.limit !== null) {
            if (promotion.used + 1 > promotion.limit)
              throw notAllowed(LIMIT_EXCEEDED, { promotion_code: code, promotion_id: promotion.id });
            row.promotion_used = 1;
          }
          const budget = promotion.campaign_budget_id ? budgets.get(promotion.campaign_budget_id) : undefined;
          const addition =
            budget?.type === 'spend'
              ? amount
              : budget?.type === 'usage' && !budgetsCounted.has(budget.id)
                ? new Decimal(1)
                : null;
          if (budget?.type === 'use_by_attribute') {
            const value = attributeValue(budget.attribute, context);
            if (value) {
              // Medusa's registerCampaignBudgetUsageByAttribute_: a value's first use (no row yet) is not checked.
              const key = `${budget.id}\u0000${value}`;
              const before = attributeUsed.get(key);
              if (before && budgetLimitApplies(budget) && before.plus(1).gt(budget.limit!)) {
                throw notAllowed(BUDGET_EXCEEDED, {
                  promotion_code: code,
                  promotion_id: promotion.id,
                  campaign_budget_id: budget.id,
                });
              }
              attributeUsed.set(key, (before ?? new Decimal(0)).plus(1));
              attributeChanges.push({ budget_id: budget.id, attribute_value: value, amount: 1 });
              budgetChanges.add(budget.id, 1);
              row.campaign_budget_id = budget.id;
              row.campaign_budget_used = '1';
              row.attribute_value = value;
            }
          } else if (budget && addition && !addition.isZero()) {
            const used = budgetUsed.get(budget.id)!.plus(addition);
            if (budgetLimitApplies(budget) && used.gt(budget.limit!)) {
              throw notAllowed(BUDGET_EXCEEDED, {
                promotion_code: code,
                promotion_id: promotion.id,
                campaign_budget_id: budget.id,
              });
            }
            budgetUsed.set(budget.id, used);
            budgetsCounted.add(budget.id);
            budgetChanges.add(budget.id, addition);
            row.campaign_budget_id = budget.id;
            row.campaign_budget_used = addition.toFixed();
          }
          promotionChanges.add(promotion.id, row.promotion_used);
          rows.push(row);
        }
        await store.promotion_usage.insert(rows);
        await store.changePromotionsUsed(promotionChanges.list());
        await store.changeBudgetsUsed(budgetChanges.list());
        await store.addBudgetUses(sumUses(attributeChanges), () => generateId('probudgus'));
        const usages = await store.usagesByReference(referenceId);
        const countedNow = new Set(rows.map((row) => row.promotion_id));
        return {
          reference_id: referenceId,
          counted: usages.filter((usage) => countedNow.has(usage.promotion_id)),
          usages,
        };
      });
    },

    /** Medusa's revertUsage for an order: takes back exactly what its registration counted; nothing when there is nothing. */
    async usageRevert(referenceId: string): Promise<PromotionUsageRow[]> {
      assertId(referenceId, 'order', 'reference_id');
      return inTransaction(async (store) => {
        const recorded = await store.usagesByReference(referenceId);
        if (recorded.length === 0) return [];
        // The same lock order as a registration: promotions, then budgets.
        await store.lockPromotions([...new Set(recorded.map((usage) => usage.promotion_id))]);
        await store.lockBudgets([
          ...new Set(recorded.map((usage) => usage.campaign_budget_id).filter((id): id is string => id !== null)),
        ]);
        const reverted = await store.deleteUsagesOfReference(referenceId);
        const promotionChanges = new UsedChanges();
        const budgetChanges = new UsedChanges();
        const attributeChanges: AttributeUseChange[] = [];
        for (const usage of reverted) {
          promotionChanges.add(usage.promotion_id, usage.promotion_used);
          if (usage.campaign_budget_id) budgetChanges.add(usage.campaign_budget_id, usage.campaign_budget_used);
          if (usage.campaign_budget_id && usage.attribute_value)
            attributeChanges.push({
              budget_id: usage.campaign_budget_id,
              attribute_value: usage.attribute_value,
              amount: 1,
            });
        }
        await store.changePromotionsUsed(promotionChanges.list(-1));
        await store.changeBudgetsUsed(budgetChanges.list(-1));
        await store.takeBackBudgetUses(sumUses(attributeChanges));
        return reverted;
      });
    },
  };
}

export type PromotionMutations = ReturnType<typeof createPromotionMutations>;
