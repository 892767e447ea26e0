-- Medusa's promotion_campaign_budget_usage: for a `use_by_attribute` budget, how often it was used
-- per value of its attribute (e.g. a customer id), checked when a promotion is applied and counted
-- by promotion_usage_register. A revert that brings a value back to 0 deletes its row, as Medusa's.
create table promotion.promotion_campaign_budget_usage (
  id text primary key,
  attribute_value text not null,
  used numeric not null default 0 check (used >= 0),
  budget_id text not null references promotion.promotion_campaign_budget (id) on update cascade on delete cascade,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index promotion_campaign_budget_usage_attribute_value_budget_id_unique
  on promotion.promotion_campaign_budget_usage (attribute_value, budget_id) where deleted_at is null;
create index promotion_campaign_budget_usage_budget_id
  on promotion.promotion_campaign_budget_usage (budget_id) where deleted_at is null;

-- The ledger remembers which attribute value a registration counted, so a revert takes back exactly that.
alter table promotion.promotion_usage add column attribute_value text;
