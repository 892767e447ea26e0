-- The fulfillment module's tables, as Medusa's fulfillment module defines them.

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

-- Where a fulfillment is delivered: a copy of the order's shipping address (Medusa `FulfillmentAddress`).
create table fulfillment.fulfillment_address (
  id text primary key,
  company text,
  first_name text,
  last_name text,
  address_1 text,
  address_2 text,
  city text,
  country_code text,
  province text,
  postal_code text,
  phone text,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);

-- A shipment of (some of) an order's items from a stock location. The order is attached by the
-- `order_fulfillment` link; `location_id` is a stock location's id (a module out of scope).
create table fulfillment.fulfillment (
  id text primary key,
  location_id text not null,
  packed_at timestamptz,
  shipped_at timestamptz,
  delivered_at timestamptz,
  canceled_at timestamptz,
  marked_shipped_by text,
  created_by text,
  data jsonb,
  requires_shipping boolean not null default true,
  provider_id text references fulfillment.fulfillment_provider (id) on delete set null,
  shipping_option_id text references fulfillment.shipping_option (id) on delete set null,
  delivery_address_id text references fulfillment.fulfillment_address (id) on delete cascade,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index fulfillment_location_id on fulfillment.fulfillment (location_id) where deleted_at is null;
create index fulfillment_provider_id on fulfillment.fulfillment (provider_id) where deleted_at is null;
create index fulfillment_shipping_option_id on fulfillment.fulfillment (shipping_option_id) where deleted_at is null;
create unique index fulfillment_delivery_address_id_unique on fulfillment.fulfillment (delivery_address_id) where deleted_at is null;

create table fulfillment.fulfillment_item (
  id text primary key,
  title text not null,
  sku text not null,
  barcode text not null,
  quantity numeric not null check (quantity > 0),
  line_item_id text,
  inventory_item_id text,
  fulfillment_id text not null references fulfillment.fulfillment (id) on delete cascade,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index fulfillment_item_fulfillment_id on fulfillment.fulfillment_item (fulfillment_id) where deleted_at is null;
create index fulfillment_item_line_item_id on fulfillment.fulfillment_item (line_item_id) where deleted_at is null;
create index fulfillment_item_inventory_item_id on fulfillment.fulfillment_item (inventory_item_id) where deleted_at is null;

create table fulfillment.fulfillment_label (
  id text primary key,
  tracking_number text not null,
  tracking_url text not null,
  label_url text not null,
  fulfillment_id text not null references fulfillment.fulfillment (id) on delete cascade,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index fulfillment_label_fulfillment_id on fulfillment.fulfillment_label (fulfillment_id) where deleted_at is null;
