-- The promotion module's tables, as Medusa's promotion module defines them (main fields).
-- Campaigns and rules are not here yet: campaign_id references nothing.
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
  campaign_id text,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index promotion_code_unique on promotion.promotion (code) where deleted_at is null;
create index promotion_campaign_id on promotion.promotion (campaign_id) where deleted_at is null;
create index promotion_status on promotion.promotion (status) where deleted_at is null;

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
