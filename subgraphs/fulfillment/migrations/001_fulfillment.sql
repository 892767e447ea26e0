-- The fulfillment module's tables, as Medusa's fulfillment module defines them (main fields).
-- Service zones, option types, rules and providers are not here yet: shipping_option has no
-- service_zone_id / shipping_option_type_id columns, and provider_id references nothing.
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

create table fulfillment.shipping_option (
  id text primary key,
  name text not null,
  price_type text not null default 'flat' check (price_type in ('calculated', 'flat')),
  data jsonb,
  metadata jsonb,
  shipping_profile_id text references fulfillment.shipping_profile (id) on delete set null,
  provider_id text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index shipping_option_shipping_profile_id on fulfillment.shipping_option (shipping_profile_id) where deleted_at is null;
create index shipping_option_provider_id on fulfillment.shipping_option (provider_id) where deleted_at is null;
