import { belongsTo, columns as c, hasMany, hasOne, model, type RowOf } from '../../kit/model';

/**
 * The promotion module's tables (Medusa's `Promotion`, `ApplicationMethod`, `Campaign`,
 * `CampaignBudget`, `PromotionRule`, `PromotionRuleValue`, their manyToMany pivots, and the usage
 * ledger of `promotion_usage_register`), declared once.
 */
export const models = {
  campaign: model(
    'promotion.promotion_campaign',
    {
      id: c.id('procamp').in().sortable(),
      name: c.text().sortable().searchable(),
      description: c.text().nullable(),
      campaign_identifier: c.text().in().sortable().searchable(),
      starts_at: c.timestamp().nullable().range().sortable(),
      ends_at: c.timestamp().nullable().range().sortable(),
    },
    {
      entity: 'Campaign',
      relations: { budget: hasOne('campaign_budget', 'campaign_id'), promotions: hasMany('promotion', 'campaign_id') },
      cascades: { delete: ['budget'] },
    },
  ),
  campaign_budget: model(
    'promotion.promotion_campaign_budget',
    {
      id: c.id('probudg'),
      type: c.oneOf(['spend', 'usage', 'use_by_attribute', 'spend_by_attribute']),
      currency_code: c.text().nullable(),
      limit: c.numeric().nullable(),
      used: c.numeric().default('0'),
      attribute: c.text().nullable(),
      campaign_id: c.id('procamp'),
    },
    { entity: 'CampaignBudget', relations: { campaign: belongsTo('campaign', 'campaign_id') } },
  ),
  /** Medusa's CampaignBudgetUsage: how often a `use_by_attribute` budget was used per value of its attribute. */
  campaign_budget_usage: model(
    'promotion.promotion_campaign_budget_usage',
    {
      id: c.id('probudgus').in(),
      attribute_value: c.text().in(),
      used: c.numeric().default('0'),
      budget_id: c.id('probudg').in(),
    },
    { entity: 'CampaignBudgetUsage', relations: { budget: belongsTo('campaign_budget', 'budget_id') } },
  ),
  promotion: model(
    'promotion.promotion',
    {
      id: c.id('promo').in().sortable(),
      code: c.text().in().sortable().searchable(),
      status: c.oneOf(['draft', 'active', 'inactive']).in().sortable().default('draft'),
      type: c.oneOf(['standard', 'buyget']).in().sortable(),
      is_automatic: c.boolean().flag().default(false),
      is_tax_inclusive: c.boolean().default(false),
      limit: c.integer().nullable(),
      used: c.integer().default(0),
      campaign_id: c.id('procamp').nullable().in(),
      metadata: c.json().nullable(),
    },
    {
      entity: 'Promotion',
      relations: {
        campaign: belongsTo('campaign', 'campaign_id'),
        application_method: hasOne('application_method', 'promotion_id'),
      },
      // As Medusa 2.21's Promotion: its rules stay (its 2.0 models took them too).
      cascades: { delete: ['application_method'] },
    },
  ),
  application_method: model(
    'promotion.promotion_application_method',
    {
      id: c.id('proappmet'),
      value: c.numeric().nullable(),
      currency_code: c.text().nullable(),
      max_quantity: c.integer().nullable(),
      apply_to_quantity: c.integer().nullable(),
      buy_rules_min_quantity: c.integer().nullable(),
      type: c.oneOf(['fixed', 'percentage']),
      target_type: c.oneOf(['order', 'shipping_methods', 'items']),
      allocation: c.oneOf(['each', 'across', 'once']).nullable(),
      promotion_id: c.id('promo'),
    },
    { entity: 'ApplicationMethod', relations: { promotion: belongsTo('promotion', 'promotion_id') } },
  ),
  promotion_rule: model(
    'promotion.promotion_rule',
    {
      id: c.id('prorul'),
      description: c.text().nullable(),
      attribute: c.text(),
      operator: c.oneOf(['gte', 'lte', 'gt', 'lt', 'eq', 'ne', 'in']),
    },
    { entity: 'PromotionRule', relations: { values: hasMany('promotion_rule_value', 'promotion_rule_id') } },
  ),
  promotion_rule_value: model(
    'promotion.promotion_rule_value',
    {
      id: c.id('prorulval'),
      value: c.text(),
      promotion_rule_id: c.id('prorul'),
    },
    {
      order: 'value, id',
      entity: 'PromotionRuleValue',
      relations: { promotion_rule: belongsTo('promotion_rule', 'promotion_rule_id') },
    },
  ),
  // Medusa's manyToMany pivots to rules: two keys and nothing else (no id, no timestamps).
  promotion_promotion_rule: model(
    'promotion.promotion_promotion_rule',
    { promotion_id: c.id('promo'), promotion_rule_id: c.id('prorul') },
    { timestamps: false, primaryKey: ['promotion_id', 'promotion_rule_id'] },
  ),
  application_method_target_rules: model(
    'promotion.application_method_target_rules',
    { application_method_id: c.id('proappmet'), promotion_rule_id: c.id('prorul') },
    { timestamps: false, primaryKey: ['application_method_id', 'promotion_rule_id'] },
  ),
  application_method_buy_rules: model(
    'promotion.application_method_buy_rules',
    { application_method_id: c.id('proappmet'), promotion_rule_id: c.id('prorul') },
    { timestamps: false, primaryKey: ['application_method_id', 'promotion_rule_id'] },
  ),
  /**
   * What `promotion_usage_register` counted for one reference (an order) and one promotion, so
   * that a repeat counts nothing and a revert takes back exactly this. Written once, never updated.
   */
  promotion_usage: model(
    'promotion.promotion_usage',
    {
      reference_id: c.id('order'),
      promotion_id: c.id('promo'),
      code: c.text(),
      amount: c.numeric(),
      /** Added to the promotion's `used`: 1 or 0. */
      promotion_used: c.integer(),
      campaign_budget_id: c.id('probudg').nullable(),
      /** Added to that budget's `used`. */
      campaign_budget_used: c.numeric().default('0'),
      /** For a `use_by_attribute` budget: the attribute's value whose usage row got one more use. */
      attribute_value: c.text().nullable(),
      created_at: c.timestamp(),
    },
    { timestamps: false, primaryKey: ['reference_id', 'promotion_id'] },
  ),
};

export type PromotionRow = RowOf<typeof models.promotion>;
export type ApplicationMethodRow = RowOf<typeof models.application_method>;
export type CampaignRow = RowOf<typeof models.campaign>;
export type CampaignBudgetRow = RowOf<typeof models.campaign_budget>;
export type PromotionRuleRow = RowOf<typeof models.promotion_rule>;
export type PromotionRuleValueRow = RowOf<typeof models.promotion_rule_value>;
export type CampaignBudgetUsageRow = RowOf<typeof models.campaign_budget_usage>;
export type PromotionUsageRow = RowOf<typeof models.promotion_usage>;
