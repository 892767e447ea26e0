-- The tax module's tables, as Medusa 2.21.2's Tax module defines them (its migrations up to
-- Migration20241212052837): one region per country (and per province under it), its rates, and
-- the rules that point a rate at products, product types or shipping options.
create table tax.tax_provider (
  id text primary key,
  is_enabled boolean not null default true
);

create table tax.tax_region (
  id text primary key,
  country_code text not null,
  province_code text,
  parent_id text references tax.tax_region (id) on delete cascade,
  provider_id text references tax.tax_provider (id) on delete set null,
  metadata jsonb,
  created_by text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  -- Medusa's checks: a province region has a province code, and its provider is its country's.
  constraint tax_region_country_top_level check (parent_id is null or province_code is not null),
  constraint tax_region_provider_top_level check (parent_id is null or provider_id is null)
);
create index tax_region_parent_id on tax.tax_region (parent_id) where deleted_at is null;
create unique index tax_region_unique_country_province on tax.tax_region (country_code, province_code)
  where deleted_at is null;
create unique index tax_region_unique_country_nullable_province on tax.tax_region (country_code)
  where province_code is null and deleted_at is null;

create table tax.tax_rate (
  id text primary key,
  rate real,
  code text not null,
  name text not null,
  is_default boolean not null default false,
  is_combinable boolean not null default false,
  tax_region_id text not null references tax.tax_region (id) on delete cascade,
  metadata jsonb,
  created_by text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index tax_rate_tax_region_id on tax.tax_rate (tax_region_id) where deleted_at is null;
-- One default rate per region (Medusa's IDX_single_default_region).
create unique index tax_rate_single_default_region on tax.tax_rate (tax_region_id)
  where is_default = true and deleted_at is null;

create table tax.tax_rate_rule (
  id text primary key,
  tax_rate_id text not null references tax.tax_rate (id) on delete cascade,
  reference text not null,
  reference_id text not null,
  metadata jsonb,
  created_by text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index tax_rate_rule_reference_id on tax.tax_rate_rule (reference_id) where deleted_at is null;
create unique index tax_rate_rule_unique_rate_reference on tax.tax_rate_rule (tax_rate_id, reference_id)
  where deleted_at is null;
