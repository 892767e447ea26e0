-- The promotion module's tables, as Medusa's promotion module defines them.
-- Campaign budget usages (per customer, 2.11+) are not here: nothing reads them yet.
create table promotion.promotion_campaign (
  id text primary key,
  name text not null,
  description text,
  campaign_identifier text not null,
  starts_at timestamptz,
  ends_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  check (ends_at is null or starts_at is null or ends_at >= starts_at)
);
create unique index promotion_campaign_identifier_unique
  on promotion.promotion_campaign (campaign_identifier) where deleted_at is null;

create table promotion.promotion_campaign_budget (
  id text primary key,
  type text not null check (type in ('spend', 'usage', 'use_by_attribute', 'spend_by_attribute')),
  currency_code text,
  "limit" numeric,
  used numeric not null default 0,
  attribute text,
  campaign_id text not null references promotion.promotion_campaign (id) on delete cascade,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
-- One live budget per campaign; this index also serves the foreign key.
create unique index promotion_campaign_budget_campaign_id_unique
  on promotion.promotion_campaign_budget (campaign_id) where deleted_at is null;

create table promotion.promotion (
  id text primary key,
  code text not null,
  is_automatic boolean not null default false,
  is_tax_inclusive boolean not null default false,
  -- "limit" is a reserved word, so it is quoted wherever SQL names it.
  "limit" integer,
  used integer not null default 0,
  type text not null check (type in ('standard', 'buyget')),
  status text not null default 'draft' check (status in ('draft', 'active', 'inactive')),
  campaign_id text references promotion.promotion_campaign (id) on delete set null,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index promotion_code_unique on promotion.promotion (code) where deleted_at is null;
create index promotion_campaign_id on promotion.promotion (campaign_id) where deleted_at is null;
create index promotion_status on promotion.promotion (status) where deleted_at is null;
create index promotion_type on promotion.promotion (type) where deleted_at is null;

create table promotion.promotion_application_method (
  id text primary key,
  value numeric,
  currency_code text,
  max_quantity integer,
  apply_to_quantity integer,
  buy_rules_min_quantity integer,
  type text not null check (type in ('fixed', 'percentage')),
  target_type text not null check (target_type in ('order', 'shipping_methods', 'items')),
  allocation text check (allocation in ('each', 'across', 'once')),
  promotion_id text not null references promotion.promotion (id) on delete cascade,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
-- One live application method per promotion; this index also serves the foreign key.
create unique index promotion_application_method_promotion_id_unique
  on promotion.promotion_application_method (promotion_id) where deleted_at is null;

create table promotion.promotion_rule (
  id text primary key,
  description text,
  attribute text not null,
  operator text not null check (operator in ('gte', 'lte', 'gt', 'lt', 'eq', 'ne', 'in')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index promotion_rule_attribute on promotion.promotion_rule (attribute) where deleted_at is null;

create table promotion.promotion_rule_value (
  id text primary key,
  value text not null,
  promotion_rule_id text not null references promotion.promotion_rule (id) on delete cascade,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index promotion_rule_value_promotion_rule_id on promotion.promotion_rule_value (promotion_rule_id) where deleted_at is null;

-- Medusa's manyToMany pivot tables: two keys and nothing else (no id, no timestamps).
create table promotion.promotion_promotion_rule (
  promotion_id text not null references promotion.promotion (id) on delete cascade,
  promotion_rule_id text not null references promotion.promotion_rule (id) on delete cascade,
  primary key (promotion_id, promotion_rule_id)
);
create index promotion_promotion_rule_rule_id on promotion.promotion_promotion_rule (promotion_rule_id);

create table promotion.application_method_target_rules (
  application_method_id text not null references promotion.promotion_application_method (id) on delete cascade,
  promotion_rule_id text not null references promotion.promotion_rule (id) on delete cascade,
  primary key (application_method_id, promotion_rule_id)
);
create index application_method_target_rules_rule_id on promotion.application_method_target_rules (promotion_rule_id);

create table promotion.application_method_buy_rules (
  application_method_id text not null references promotion.promotion_application_method (id) on delete cascade,
  promotion_rule_id text not null references promotion.promotion_rule (id) on delete cascade,
  primary key (application_method_id, promotion_rule_id)
);
create index application_method_buy_rules_rule_id on promotion.application_method_buy_rules (promotion_rule_id);
