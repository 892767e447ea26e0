import Decimal from 'decimal.js';
import type { Database } from '../../kit/database';
import { badUserInput, conflict, notFound } from '../../kit/errors';
import { assertId, assertIds } from '../../kit/ids';
import { assertDistinct, assertNoNul, assertNotNegative, currencyCode, idMaker } from '../../kit/input';
import type { Table } from '../../kit/table';
import type { Model, RowOf } from '../../kit/model';
import { MAX_ROWS_PER_WRITE, uniqueConflict } from '../../kit/writes';
import type {
  ApplicationMethodAllocation,
  ApplicationMethodTargetType,
  ApplicationMethodType,
  CampaignBudgetCreateInput,
  CampaignCreateInput,
  CampaignUpdateInput,
  PromotionCreateInput,
  PromotionRuleCreateInput,
  PromotionType,
  PromotionUpdateInput,
} from './generated/resolvers';
import type { ApplicationMethodRow, CampaignRow, PromotionRow } from './models';
import { createPromotionStore, RULE_PIVOTS, type PromotionStore, type RulePivot } from './store';

/**
 * An admin's writes to promotions and campaigns, as Medusa's promotion module service makes them
 * (createCampaigns, createPromotions with their nested application method, rules and campaign,
 * updates, and the rule batches; soft deletes and restores are derived, with their declared cascades),
 * with the refusals of its admin validators and module, in their words. Each call is one
 * transaction; a caller-chosen id makes a repeated create return what the first one made.
 */

const refuse = (argument: string, message: string) => badUserInput(message, { argument });

/** Medusa's ApplicationMethodAllocation values that cap each target's quantity (allowedAllocationForQuantity). */
const QUANTITY_ALLOCATIONS = ['each', 'once'];

/** An application method as checked: a new one, or an existing one with the changes given. */
interface MethodFields {
  type: ApplicationMethodType;
  target_type: ApplicationMethodTargetType;
  allocation?: ApplicationMethodAllocation | null;
  value?: string | null;
  currency_code?: string | null;
  max_quantity?: number | null;
  apply_to_quantity?: number | null;
  buy_rules_min_quantity?: number | null;
}

/** Medusa's validateApplicationMethodAttributes, in its order and words, plus a currency for fixed amounts. */
function checkMethod(method: MethodFields, promotionType: PromotionType, at: string): void {
  const value = new Decimal(method.value ?? 0);
  if (method.type === 'percentage' && (value.lte(0) || value.gt(100)))
    throw refuse(`${at}.value`, 'Application Method value should be a percentage number between 0 and 100');
  if (method.value != null) assertNotNegative(method.value, `${at}.value`);
  if (promotionType === 'buyget') {
    if (method.apply_to_quantity == null)
      throw refuse(`${at}.apply_to_quantity`, 'apply_to_quantity is a required field for Promotion type of buyget');
    if (method.buy_rules_min_quantity == null)
      throw refuse(
        `${at}.buy_rules_min_quantity`,
        'buy_rules_min_quantity is a required field for Promotion type of buyget',
      );
    if (method.max_quantity == null)
      throw refuse(
        `${at}.max_quantity`,
        'application_method.max_quantity is a required field for Promotion type of buyget',
      );
    if (method.max_quantity < method.apply_to_quantity)
      throw refuse(
        `${at}.max_quantity`,
        `max_quantity (${method.max_quantity}) must be greater than or equal to apply_to_quantity (${method.apply_to_quantity}) for BUYGET promotions.`,
      );
  }
  if (method.allocation === 'across' && method.max_quantity != null)
    throw refuse(
      `${at}.max_quantity`,
      'application_method.max_quantity is not allowed to be set for allocation (across)',
    );
  if (method.target_type !== 'order' && !method.allocation)
    throw refuse(
      `${at}.allocation`,
      "application_method.allocation should be either 'across OR each OR once' when application_method.target_type is either 'shipping_methods OR items'",
    );
  if (method.allocation && QUANTITY_ALLOCATIONS.includes(method.allocation) && method.max_quantity === undefined)
    throw refuse(
      `${at}.max_quantity`,
      "application_method.max_quantity is required when application_method.allocation is 'each OR once'",
    );
  if (method.allocation === 'once' && method.target_type === 'order')
    throw refuse(`${at}.allocation`, "application_method.allocation 'once' is not compatible with target_type 'order'");
  // Medusa's module takes a fixed amount without a currency; its admin refuses one, as an amount
  // without a currency cannot be applied to a cart.
  if (method.type === 'fixed' && !method.currency_code)
    throw refuse(
      `${at}.currency_code`,
      'application_method.currency_code is required when application_method.type is fixed',
    );
  for (const field of ['max_quantity', 'apply_to_quantity', 'buy_rules_min_quantity'] as const) {
    const quantity = method[field];
    if (quantity != null && quantity < 0) throw refuse(`${at}.${field}`, `${at}.${field} must be 0 or more`);
  }
}

/** Medusa's validatePromotionRuleAttributes (the operator is the schema's enum). */
function checkRules(rules: readonly PromotionRuleCreateInput[], at: string): void {
  rules.forEach((rule, index) => {
    if (rule.id != null) assertId(rule.id, 'prorul', `${at}[${index}].id`);
    if (rule.attribute.trim() === '')
      throw refuse(`${at}[${index}].attribute`, 'rules[].attribute is a required field');
  });
}

/** Medusa's admin CreateCampaignBudget refinements. */
function checkBudget(budget: CampaignBudgetCreateInput, at: string): void {
  if (budget.type === 'spend' && !budget.currency_code)
    throw refuse(`${at}.currency_code`, 'currency_code is required when budget type is spend');
  if (budget.type === 'usage' && budget.currency_code)
    throw refuse(`${at}.currency_code`, 'currency_code should not be present when budget type is usage');
  if ((budget.type === 'use_by_attribute' || budget.type === 'spend_by_attribute') && !budget.attribute)
    throw refuse(
      `${at}.attribute`,
      'campaign budget attribute is required when budget type is USE_BY_ATTRIBUTE or SPEND_BY_ATTRIBUTE',
    );
  if (budget.limit != null) assertNotNegative(budget.limit, `${at}.limit`);
  if (budget.currency_code) currencyCode(budget.currency_code, `${at}.currency_code`);
}

function checkDates(starts: Date | string | null | undefined, ends: Date | string | null | undefined, at: string) {
  if (starts && ends && new Date(ends) < new Date(starts))
    throw refuse(`${at}.ends_at`, `${at}.ends_at must not be before starts_at`);
}

function checkCampaign(campaign: CampaignCreateInput, at: string): void {
  checkDates(campaign.starts_at, campaign.ends_at, at);
  if (campaign.budget) checkBudget(campaign.budget, `${at}.budget`);
}

/** A list's size, bounded: one call is one transaction, which an unbounded import would hold open. */
function bounded(count: number, what: string, argument: string): void {
  if (count > MAX_ROWS_PER_WRITE)
    throw refuse(argument, `${argument} may hold at most ${MAX_ROWS_PER_WRITE} ${what} in all, got ${count}`);
}

/** Where a unique index refused: the campaign identifier, or a promotion's code. */
function entityOf(error: unknown): string {
  return /\(campaign_identifier\)/.test(String((error as { detail?: string } | null)?.detail))
    ? 'Campaign'
    : 'Promotion';
}

/** A row as the checked input gives it: its columns (a date may still be ISO text). */
type NewRow = Record<string, unknown>;

/** Rows made in one call, inserted table by table once everything is checked. */
class Batch {
  readonly newId = idMaker();
  campaigns: NewRow[] = [];
  budgets: NewRow[] = [];
  promotions: NewRow[] = [];
  methods: NewRow[] = [];
  rules: NewRow[] = [];
  values: NewRow[] = [];
  links = new Map<RulePivot, NewRow[]>();

  campaign(id: string, { budget, ...campaign }: CampaignCreateInput, at: string): void {
    this.campaigns.push({ ...campaign, id });
    if (budget) {
      this.budgets.push({
        ...budget,
        currency_code: budget.currency_code ? currencyCode(budget.currency_code, `${at}.budget.currency_code`) : null,
        id: this.newId('probudg'),
        campaign_id: id,
      });
    }
  }

  /** The rules (checked), their values and their links to the owner; `made` ones exist already. */
  ruleSet(
    rules: readonly PromotionRuleCreateInput[],
    pivot: RulePivot,
    ownerId: string,
    made: ReadonlySet<string> = new Set(),
  ): string[] {
    const owner = RULE_PIVOTS[pivot];
    const links = this.links.get(pivot) ?? [];
    this.links.set(pivot, links);
    return rules.map(({ values, ...rule }) => {
      const id = rule.id ?? this.newId('prorul');
      if (made.has(id)) return id;
      this.rules.push({ ...rule, id });
      for (const value of values) this.values.push({ id: this.newId('prorulval'), value, promotion_rule_id: id });
      links.push({ [owner]: ownerId, promotion_rule_id: id });
      return id;
    });
  }

  async insert(store: PromotionStore): Promise<void> {
    // Parents first: the foreign keys are checked as each statement runs.
    // The rows hold only checked columns; the table's insert takes them as its declared row type.
    const into = (table: { insert(rows: readonly never[]): Promise<void> }, rows: NewRow[]) =>
      table.insert(rows as never[]);
    await into(store.campaign, this.campaigns);
    await into(store.campaign_budget, this.budgets);
    await into(store.promotion, this.promotions);
    await into(store.application_method, this.methods);
    await into(store.promotion_rule, this.rules);
    await into(store.promotion_rule_value, this.values);
    for (const [pivot, links] of this.links) await into(store[pivot], links);
  }
}

/** The ids of a create: the caller's (checked against the prefix) or new ones. */
function idsOf(items: readonly { id?: string | null }[], prefix: string, newId: (prefix: string) => string): string[] {
  const ids = items.map((item, index) =>
    item.id == null ? newId(prefix) : assertId(String(item.id), prefix, `data[${index}].id`),
  );
  if (new Set(ids).size < ids.length) throw refuse('data', 'data: each id may be given once');
  return ids;
}

/**
 * The rows with these ids that exist already (a repeated call): their ids; a soft-deleted one is
 * CONFLICT, as its id is not used again.
 */
async function madeBefore<M extends Model>(table: Table<M>, ids: string[], entity: string): Promise<Set<string>> {
  const existing = (await table.byKeys(ids, { withDeleted: true })) as (RowOf<M> & {
    id: string;
    deleted_at?: Date | null;
  })[];
  const gone = existing.find((row) => row.deleted_at);
  if (gone) throw conflict(`${entity} ${gone.id} was deleted; its id is not used again`, { id: gone.id });
  return new Set(existing.map((row) => row.id));
}

/** The rule ids the caller chose, each at most once in a call. */
function chosenRuleIds(rules: readonly PromotionRuleCreateInput[], argument: string): string[] {
  const ids = rules.flatMap((rule) => (rule.id == null ? [] : [rule.id]));
  assertDistinct(ids, argument);
  return ids;
}

/** Live rows by id, in the order of `ids`. */
async function inOrder<M extends Model>(table: Table<M>, ids: string[]): Promise<RowOf<M>[]> {
  const rows = new Map((await table.byKeys(ids)).map((row) => [(row as unknown as { id: string }).id, row]));
  return ids.map((id) => rows.get(id)!);
}

export function createPromotionAdmin(db: Database) {
  const inTransaction = async <T>(work: (store: PromotionStore) => Promise<T>): Promise<T> => {
    try {
      return await db.transaction((tx) => work(createPromotionStore(tx)));
    } catch (error) {
      throw uniqueConflict(entityOf(error), error) ?? error;
    }
  };

  /** A live promotion, or NOT_FOUND. */
  async function livePromotion(store: PromotionStore, id: string): Promise<PromotionRow> {
    const [promotion] = await store.promotion.byKeys([assertId(id, 'promo')]);
    if (!promotion) throw notFound(`No Promotion with id ${id}`, { id });
    return promotion;
  }

  /** The live campaigns among `ids` with their live budgets; an unknown one is NOT_FOUND with Medusa's message. */
  async function campaignsWithBudgets(store: PromotionStore, ids: { id: string; argument: string }[]) {
    const found = new Set((await store.campaign.byKeys(ids.map(({ id }) => id))).map((campaign) => campaign.id));
    const missing = ids.find(({ id }) => !found.has(id));
    if (missing)
      throw notFound(`Could not find campaign with id - ${missing.id}`, { argument: missing.argument, id: missing.id });
    const budgets = await store.campaign_budget.by(
      'campaign_id',
      ids.map(({ id }) => id),
    );
    return new Map(budgets.map((budget) => [budget.campaign_id, budget]));
  }

  /** Adds rules to one owner (a promotion, or its application method's targets or buys). */
  async function addRules(promotionId: string, pivot: RulePivot, rules: PromotionRuleCreateInput[]) {
    assertNoNul(rules, 'rules');
    bounded(rules.length, 'rules', 'rules');
    bounded(
      rules.reduce((sum, rule) => sum + rule.values.length, 0),
      'values',
      'rules',
    );
    checkRules(rules, 'rules');
    return inTransaction(async (store) => {
      const promotion = await livePromotion(store, promotionId);
      let owner = promotion.id;
      if (pivot !== 'promotion_promotion_rule') {
        const [method] = await store.application_method.by('promotion_id', [promotion.id]);
        if (!method) throw refuse('id', 'application_method for promotion not found');
        if (pivot === 'application_method_buy_rules' && promotion.type === 'standard')
          throw refuse('rules', "Can't add buy rules to a standard promotion");
        if (pivot === 'application_method_target_rules' && method.target_type === 'order')
          throw refuse('rules', 'Target rules for application method with target type (order) is not allowed');
        owner = method.id;
      }
      // A rule id the caller chose makes a repeat harmless: a rule this owner has already is kept.
      const chosen = chosenRuleIds(rules, 'rules');
      const rulesOf = {
        promotion_promotion_rule: store.rulesByPromotionIds,
        application_method_target_rules: store.targetRulesByMethodIds,
        application_method_buy_rules: store.buyRulesByMethodIds,
      }[pivot];
      const owned = new Set((await rulesOf([owner])).map((rule) => rule.id));
      const made = await madeBefore(store.promotion_rule, chosen, 'PromotionRule');
      const elsewhere = [...made].find((id) => !owned.has(id));
      if (elsewhere) throw conflict(`PromotionRule ${elsewhere} already exists`, { id: elsewhere });
      const batch = new Batch();
      const ids = batch.ruleSet(rules, pivot, owner, made);
      await batch.insert(store);
      return inOrder(store.promotion_rule, ids);
    });
  }

  /** Deletes those of `ruleIds` that belong to the owner (as Medusa does, not a soft delete); returns the ids it deleted. */
  async function removeRules(promotionId: string, pivot: RulePivot, ruleIds: string[]) {
    const ids = assertIds(ruleIds, 'prorul', 'rule_ids') ?? [];
    return inTransaction(async (store) => {
      const promotion = await livePromotion(store, promotionId);
      const removed = new Set(await store.deleteRulesOf(pivot, promotion.id, ids));
      return [...new Set(ids)].filter((id) => removed.has(id));
    });
  }

  return {
    /** Medusa's createCampaigns: each campaign with its budget. */
    async createCampaigns(data: CampaignCreateInput[]): Promise<CampaignRow[]> {
      bounded(data.length, 'rows', 'data');
      assertNoNul(data, 'data');
      data.forEach((campaign, index) => checkCampaign(campaign, `data[${index}]`));
      const batch = new Batch();
      const ids = idsOf(data, 'procamp', batch.newId);
      return inTransaction(async (store) => {
        const made = await madeBefore(store.campaign, ids, 'Campaign');
        data.forEach((campaign, index) => {
          if (!made.has(ids[index])) batch.campaign(ids[index], campaign, `data[${index}]`);
        });
        await batch.insert(store);
        return inOrder(store.campaign, ids);
      });
    },

    /** Medusa's updateCampaigns: the fields given, and the budget's limit. */
    async updateCampaign(id: string, { budget, ...changes }: CampaignUpdateInput): Promise<CampaignRow> {
      assertId(id, 'procamp');
      assertNoNul(changes, 'data');
      for (const field of ['name', 'campaign_identifier'] as const)
        if (changes[field] === null) throw refuse(`data.${field}`, `data.${field} cannot be null`);
      if (budget?.limit != null) assertNotNegative(budget.limit, 'data.budget.limit');
      return inTransaction(async (store) => {
        const [campaign] = await store.campaign.byKeys([id]);
        if (!campaign) throw notFound(`No Campaign with id ${id}`, { id });
        checkDates(
          changes.starts_at === undefined ? campaign.starts_at : changes.starts_at,
          changes.ends_at === undefined ? campaign.ends_at : changes.ends_at,
          'data',
        );
        if (budget) {
          const [existing] = await store.campaign_budget.by('campaign_id', [id]);
          // Medusa makes a budget from the changes when there is none: without a type it refuses.
          if (!existing) throw refuse('data.budget', 'Campaign Budget type is a required field');
          if (budget.limit !== undefined) await store.campaign_budget.update(existing.id, { limit: budget.limit });
        }
        return (await store.campaign.update(id, changes as Partial<CampaignRow>))!;
      });
    },

    /** Medusa's createPromotions, with its admin route's checks first. */
    async createPromotions(data: PromotionCreateInput[]): Promise<PromotionRow[]> {
      bounded(data.length, 'rows', 'data');
      assertNoNul(data, 'data');
      const allRules = data.flatMap((item) => [
        ...(item.rules ?? []),
        ...(item.application_method.target_rules ?? []),
        ...(item.application_method.buy_rules ?? []),
      ]);
      bounded(allRules.length, 'rules', 'data');
      bounded(
        allRules.reduce((sum, rule) => sum + rule.values.length, 0),
        'rule values',
        'data',
      );
      data.forEach((item, index) => {
        const at = `data[${index}]`;
        const method = item.application_method;
        if (item.campaign && item.campaign_id)
          throw refuse(
            `${at}.campaign`,
            "Provide either the 'campaign' or 'campaign_id' parameter; both cannot be used simultaneously.",
          );
        if (item.is_automatic && item.limit != null)
          throw refuse(`${at}.limit`, 'Automatic promotions cannot have a usage limit');
        if (item.limit != null && item.limit < 1) throw refuse(`${at}.limit`, `${at}.limit must be 1 or more`);
        if (
          item.type === 'buyget' &&
          (!method.buy_rules?.length || method.apply_to_quantity == null || method.buy_rules_min_quantity == null)
        )
          throw refuse(
            `${at}.application_method`,
            'Buyget promotions require at least one buy rule and quantities to be defined',
          );
        if (method.target_type === 'order' && method.target_rules?.length)
          throw refuse(
            `${at}.application_method.target_rules`,
            'Target rules for application method with target type (order) is not allowed',
          );
        if (item.type === 'buyget' && !method.target_rules?.length)
          throw refuse(`${at}.application_method.target_rules`, 'Target rules are required for buyget promotion type');
        checkMethod(method, item.type, `${at}.application_method`);
        if (method.currency_code) currencyCode(method.currency_code, `${at}.application_method.currency_code`);
        if (item.type === 'standard' && method.buy_rules?.length)
          throw refuse(`${at}.application_method.buy_rules`, "Can't add buy rules to a standard promotion");
        checkRules(item.rules ?? [], `${at}.rules`);
        checkRules(method.target_rules ?? [], `${at}.application_method.target_rules`);
        checkRules(method.buy_rules ?? [], `${at}.application_method.buy_rules`);
        if (item.campaign) checkCampaign(item.campaign, `${at}.campaign`);
        if (item.campaign_id) assertId(item.campaign_id, 'procamp', `${at}.campaign_id`);
      });
      const batch = new Batch();
      const ids = idsOf(data, 'promo', batch.newId);
      return inTransaction(async (store) => {
        const made = await madeBefore(store.promotion, ids, 'Promotion');
        const fresh = data.map((item, index) => ({ item, index, id: ids[index] })).filter(({ id }) => !made.has(id));
        // A new promotion's rules are new: a rule id already used is another promotion's.
        const [taken] = await store.promotion_rule.byKeys(
          chosenRuleIds(
            fresh.flatMap(({ item }) => [
              ...(item.rules ?? []),
              ...(item.application_method.target_rules ?? []),
              ...(item.application_method.buy_rules ?? []),
            ]),
            'data',
          ),
          { withDeleted: true },
        );
        if (taken) throw conflict(`PromotionRule ${taken.id} already exists`, { id: taken.id });
        const budgets = await campaignsWithBudgets(
          store,
          fresh.flatMap(({ item, index }) =>
            item.campaign_id ? [{ id: item.campaign_id, argument: `data[${index}].campaign_id` }] : [],
          ),
        );
        for (const { item, index, id } of fresh) {
          const at = `data[${index}]`;
          const { application_method: method, rules, campaign, campaign_id, ...promotion } = item;
          const { target_rules, buy_rules, ...methodColumns } = method;
          const currency = method.currency_code
            ? currencyCode(method.currency_code, `${at}.application_method.currency_code`)
            : null;
          const budget = campaign ? campaign.budget : campaign_id ? budgets.get(campaign_id) : undefined;
          if (budget?.type === 'spend' && budget.currency_code?.toLowerCase() !== currency)
            throw refuse(
              `${at}.application_method.currency_code`,
              'Currency between promotion and campaigns should match',
            );
          const campaignId = campaign ? (campaign.id ?? batch.newId('procamp')) : (campaign_id ?? null);
          if (campaign)
            batch.campaign(assertId(campaignId!, 'procamp', `${at}.campaign.id`), campaign, `${at}.campaign`);
          // An explicit null takes the declared default, as a field left out does.
          batch.promotions.push({
            ...promotion,
            is_automatic: promotion.is_automatic ?? undefined,
            is_tax_inclusive: promotion.is_tax_inclusive ?? undefined,
            status: promotion.status ?? undefined,
            id,
            campaign_id: campaignId,
          });
          const methodId = batch.newId('proappmet');
          batch.methods.push({ ...methodColumns, currency_code: currency, id: methodId, promotion_id: id });
          batch.ruleSet(rules ?? [], 'promotion_promotion_rule', id);
          batch.ruleSet(target_rules ?? [], 'application_method_target_rules', methodId);
          batch.ruleSet(buy_rules ?? [], 'application_method_buy_rules', methodId);
        }
        await batch.insert(store);
        return inOrder(store.promotion, ids);
      });
    },

    /** Medusa's updatePromotions: the promotion's fields, and its application method checked as it will be. */
    async updatePromotion(id: string, { application_method: methodChanges, ...changes }: PromotionUpdateInput) {
      assertNoNul(changes, 'data');
      for (const field of ['code', 'type', 'is_automatic', 'is_tax_inclusive', 'status'] as const)
        if (changes[field] === null) throw refuse(`data.${field}`, `data.${field} cannot be null`);
      if (changes.limit != null && changes.limit < 1) throw refuse('data.limit', 'data.limit must be 1 or more');
      if (changes.campaign_id != null) assertId(changes.campaign_id, 'procamp', 'data.campaign_id');
      for (const field of ['type', 'target_type'] as const)
        if (methodChanges?.[field] === null)
          throw refuse(`data.application_method.${field}`, `data.application_method.${field} cannot be null`);
      return inTransaction(async (store) => {
        const promotion = await livePromotion(store, id);
        const isAutomatic = changes.is_automatic ?? promotion.is_automatic;
        const limit = changes.limit === undefined ? promotion.limit : changes.limit;
        if (isAutomatic && limit != null) throw refuse('data.limit', 'Automatic promotions cannot have a usage limit');
        if (changes.limit != null && changes.limit < promotion.used)
          throw refuse(
            'data.limit',
            `Promotion limit (${changes.limit}) cannot be less than current usage (${promotion.used})`,
          );
        const [method] = await store.application_method.by('promotion_id', [id]);
        const currency =
          methodChanges?.currency_code != null
            ? currencyCode(methodChanges.currency_code, 'data.application_method.currency_code')
            : methodChanges?.currency_code === null
              ? null
              : (method?.currency_code ?? null);
        if (changes.campaign_id) {
          const budget = (
            await campaignsWithBudgets(store, [{ id: changes.campaign_id, argument: 'data.campaign_id' }])
          ).get(changes.campaign_id);
          if (budget?.type === 'spend' && budget.currency_code?.toLowerCase() !== currency)
            throw refuse(
              'data.campaign_id',
              `Currency code doesn't match for campaign (${changes.campaign_id}) and promotion (${id})`,
            );
        }
        if (methodChanges && method) {
          const merged = { ...method, ...definedOnly(methodChanges), currency_code: currency } as MethodFields;
          // Medusa drops the quantity cap of an allocation that has none.
          if (methodChanges.allocation && !QUANTITY_ALLOCATIONS.includes(methodChanges.allocation))
            merged.max_quantity = null;
          checkMethod(merged, changes.type ?? promotion.type, 'data.application_method');
          await store.application_method.update(method.id, {
            ...definedOnly(methodChanges),
            currency_code: currency,
            max_quantity: merged.max_quantity,
          } as Partial<ApplicationMethodRow>);
        }
        return (await store.promotion.update(id, changes as Partial<PromotionRow>))!;
      });
    },

    addRules,
    removeRules,
  };
}

/** The fields given (left-out ones are undefined and change nothing). */
function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export type PromotionAdmin = ReturnType<typeof createPromotionAdmin>;
