-- The fulfillment module's tables, as Medusa's fulfillment module defines them.
-- Fulfillments themselves (and their items, labels, addresses) are not here: nothing reads them yet.

-- Providers are registered by id (`<identifier>_<id>`, e.g. `manual_manual`), so the id has no ULID.
create table fulfillment.fulfillment_provider (
  id text primary key,
  is_enabled boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);

create table fulfillment.fulfillment_set (
  id text primary key,
  name text not null,
  type text not null,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index fulfillment_set_name_unique on fulfillment.fulfillment_set (name) where deleted_at is null;

create table fulfillment.service_zone (
  id text primary key,
  name text not null,
  fulfillment_set_id text not null references fulfillment.fulfillment_set (id) on delete cascade,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index service_zone_name_unique on fulfillment.service_zone (name) where deleted_at is null;
create index service_zone_fulfillment_set_id on fulfillment.service_zone (fulfillment_set_id) where deleted_at is null;

create table fulfillment.geo_zone (
  id text primary key,
  type text not null default 'country' check (type in ('country', 'province', 'city', 'zip')),
  country_code text not null,
  province_code text,
  city text,
  postal_expression jsonb,
  service_zone_id text not null references fulfillment.service_zone (id) on delete cascade,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index geo_zone_service_zone_id on fulfillment.geo_zone (service_zone_id) where deleted_at is null;
create index geo_zone_country_code on fulfillment.geo_zone (country_code) where deleted_at is null;

create table fulfillment.shipping_profile (
  id text primary key,
  name text not null,
  type text not null,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index shipping_profile_name_unique on fulfillment.shipping_profile (name) where deleted_at is null;

create table fulfillment.shipping_option_type (
  id text primary key,
  label text not null,
  description text,
  code text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index shipping_option_type_code on fulfillment.shipping_option_type (code) where deleted_at is null;

create table fulfillment.shipping_option (
  id text primary key,
  name text not null,
  price_type text not null default 'flat' check (price_type in ('calculated', 'flat')),
  data jsonb,
  metadata jsonb,
  service_zone_id text not null references fulfillment.service_zone (id) on delete cascade,
  shipping_profile_id text references fulfillment.shipping_profile (id) on delete set null,
  provider_id text references fulfillment.fulfillment_provider (id) on delete set null,
  shipping_option_type_id text not null references fulfillment.shipping_option_type (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index shipping_option_service_zone_id on fulfillment.shipping_option (service_zone_id) where deleted_at is null;
create index shipping_option_shipping_profile_id on fulfillment.shipping_option (shipping_profile_id) where deleted_at is null;
create index shipping_option_provider_id on fulfillment.shipping_option (provider_id) where deleted_at is null;
create index shipping_option_shipping_option_type_id on fulfillment.shipping_option (shipping_option_type_id) where deleted_at is null;

create table fulfillment.shipping_option_rule (
  id text primary key,
  attribute text not null,
  operator text not null check (operator in ('in', 'eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'nin')),
  value jsonb,
  shipping_option_id text not null references fulfillment.shipping_option (id) on delete cascade,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index shipping_option_rule_shipping_option_id on fulfillment.shipping_option_rule (shipping_option_id) where deleted_at is null;

-- A stand-in for the pricing module (out of scope): Medusa links a shipping option to a price
-- set (`shipping_option_price_set`); here an option has one flat price per currency.
create table fulfillment.shipping_option_price (
  id text primary key,
  shipping_option_id text not null references fulfillment.shipping_option (id) on delete cascade,
  currency_code text not null,
  amount numeric not null check (amount >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index shipping_option_price_currency_unique
  on fulfillment.shipping_option_price (shipping_option_id, currency_code) where deleted_at is null;
