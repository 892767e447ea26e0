-- The order module's tables, as Medusa's order module defines them.
-- An order is versioned: order_line_item and order_shipping_method hold the item and shipping
-- data, order_item and order_shipping link them to one version of an order (with the quantities
-- and price overrides). Summaries and credit lines are per version; transactions are not.
-- Medusa's bigNumber `raw_*` twins are left out: numeric holds the exact value.
create table "order".order_address (
  id text primary key,
  customer_id text,
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
create index order_address_customer_id on "order".order_address (customer_id) where deleted_at is null;

create table "order"."order" (
  id text primary key,
  display_id serial not null unique,
  custom_display_id text,
  region_id text,
  customer_id text,
  sales_channel_id text,
  version integer not null default 1,
  status text not null default 'pending' check (
    status in ('pending', 'completed', 'draft', 'archived', 'canceled', 'requires_action')
  ),
  is_draft_order boolean not null default false,
  email text,
  currency_code text not null,
  locale text,
  no_notification boolean,
  metadata jsonb,
  canceled_at timestamptz,
  shipping_address_id text references "order".order_address (id) on delete set null,
  billing_address_id text references "order".order_address (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index order_custom_display_id on "order"."order" (custom_display_id) where deleted_at is null;
create index order_region_id on "order"."order" (region_id) where deleted_at is null;
create index order_customer_id on "order"."order" (customer_id) where deleted_at is null;
create index order_sales_channel_id on "order"."order" (sales_channel_id) where deleted_at is null;
create index order_status on "order"."order" (status) where deleted_at is null;
create index order_email on "order"."order" (email) where deleted_at is null;
create index order_currency_code on "order"."order" (currency_code) where deleted_at is null;
create index order_is_draft_order on "order"."order" (is_draft_order) where deleted_at is null;
create index order_shipping_address_id on "order"."order" (shipping_address_id) where deleted_at is null;
create index order_billing_address_id on "order"."order" (billing_address_id) where deleted_at is null;
create index order_created_at on "order"."order" (created_at) where deleted_at is null;

create table "order".order_line_item (
  id text primary key,
  title text not null,
  subtitle text,
  thumbnail text,
  variant_id text,
  product_id text,
  product_title text,
  product_description text,
  product_subtitle text,
  product_type text,
  product_type_id text,
  product_collection text,
  product_handle text,
  variant_sku text,
  variant_barcode text,
  variant_title text,
  variant_option_values jsonb,
  requires_shipping boolean not null default true,
  is_discountable boolean not null default true,
  is_giftcard boolean not null default false,
  is_tax_inclusive boolean not null default false,
  is_custom_price boolean not null default false,
  compare_at_unit_price numeric,
  unit_price numeric,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index order_line_item_variant_id on "order".order_line_item (variant_id) where deleted_at is null;
create index order_line_item_product_id on "order".order_line_item (product_id) where deleted_at is null;
create index order_line_item_product_type_id on "order".order_line_item (product_type_id) where deleted_at is null;

create table "order".order_item (
  id text primary key,
  order_id text not null references "order"."order" (id) on delete cascade,
  item_id text not null references "order".order_line_item (id) on delete cascade,
  version integer not null default 1,
  quantity numeric not null,
  unit_price numeric,
  compare_at_unit_price numeric,
  fulfilled_quantity numeric not null default 0,
  shipped_quantity numeric not null default 0,
  delivered_quantity numeric not null default 0,
  return_requested_quantity numeric not null default 0,
  return_received_quantity numeric not null default 0,
  return_dismissed_quantity numeric not null default 0,
  written_off_quantity numeric not null default 0,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index order_item_order_id_version on "order".order_item (order_id, version) where deleted_at is null;
create index order_item_item_id on "order".order_item (item_id) where deleted_at is null;

create table "order".order_line_item_adjustment (
  id text primary key,
  item_id text not null references "order".order_line_item (id) on delete cascade,
  version integer not null default 1,
  description text,
  promotion_id text,
  code text,
  amount numeric not null,
  provider_id text,
  is_tax_inclusive boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index order_line_item_adjustment_item_id on "order".order_line_item_adjustment (item_id, version) where deleted_at is null;
create index order_line_item_adjustment_promotion_id on "order".order_line_item_adjustment (promotion_id) where deleted_at is null;

create table "order".order_line_item_tax_line (
  id text primary key,
  item_id text not null references "order".order_line_item (id) on delete cascade,
  description text,
  tax_rate_id text,
  code text not null,
  rate numeric not null,
  provider_id text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index order_line_item_tax_line_item_id on "order".order_line_item_tax_line (item_id) where deleted_at is null;

create table "order".order_shipping_method (
  id text primary key,
  name text not null,
  description jsonb,
  amount numeric not null,
  is_tax_inclusive boolean not null default false,
  is_custom_amount boolean not null default false,
  shipping_option_id text,
  data jsonb,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index order_shipping_method_shipping_option_id on "order".order_shipping_method (shipping_option_id) where deleted_at is null;

create table "order".order_shipping (
  id text primary key,
  order_id text not null references "order"."order" (id) on delete cascade,
  version integer not null default 1,
  return_id text,
  exchange_id text,
  claim_id text,
  shipping_method_id text not null references "order".order_shipping_method (id) on delete cascade,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index order_shipping_order_id_version on "order".order_shipping (order_id, version) where deleted_at is null;
create index order_shipping_shipping_method_id on "order".order_shipping (shipping_method_id) where deleted_at is null;
create index order_shipping_return_id on "order".order_shipping (return_id) where return_id is not null and deleted_at is null;
create index order_shipping_exchange_id on "order".order_shipping (exchange_id) where exchange_id is not null and deleted_at is null;
create index order_shipping_claim_id on "order".order_shipping (claim_id) where claim_id is not null and deleted_at is null;

create table "order".order_shipping_method_adjustment (
  id text primary key,
  shipping_method_id text not null references "order".order_shipping_method (id) on delete cascade,
  version integer not null default 1,
  description text,
  promotion_id text,
  code text,
  amount numeric not null,
  provider_id text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index order_shipping_method_adjustment_shipping_method_id
  on "order".order_shipping_method_adjustment (shipping_method_id, version) where deleted_at is null;
create index order_shipping_method_adjustment_promotion_id
  on "order".order_shipping_method_adjustment (promotion_id) where deleted_at is null;

create table "order".order_shipping_method_tax_line (
  id text primary key,
  shipping_method_id text not null references "order".order_shipping_method (id) on delete cascade,
  description text,
  tax_rate_id text,
  code text not null,
  rate numeric not null,
  provider_id text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index order_shipping_method_tax_line_shipping_method_id
  on "order".order_shipping_method_tax_line (shipping_method_id) where deleted_at is null;

create table "order".order_summary (
  id text primary key,
  order_id text not null references "order"."order" (id) on delete cascade,
  version integer not null default 1,
  totals jsonb not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index order_summary_order_id_version on "order".order_summary (order_id, version) where deleted_at is null;

create table "order".order_transaction (
  id text primary key,
  order_id text not null references "order"."order" (id) on delete cascade,
  version integer not null default 1,
  amount numeric not null,
  currency_code text not null,
  reference text,
  reference_id text,
  return_id text,
  exchange_id text,
  claim_id text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index order_transaction_order_id_version on "order".order_transaction (order_id, version) where deleted_at is null;
create index order_transaction_reference_id on "order".order_transaction (reference_id) where deleted_at is null;
create index order_transaction_currency_code on "order".order_transaction (currency_code) where deleted_at is null;
create index order_transaction_return_id on "order".order_transaction (return_id) where return_id is not null and deleted_at is null;
create index order_transaction_exchange_id on "order".order_transaction (exchange_id) where exchange_id is not null and deleted_at is null;
create index order_transaction_claim_id on "order".order_transaction (claim_id) where claim_id is not null and deleted_at is null;

create table "order".order_credit_line (
  id text primary key,
  order_id text not null references "order"."order" (id) on delete cascade,
  version integer not null default 1,
  reference text,
  reference_id text,
  amount numeric not null,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index order_credit_line_order_id_version on "order".order_credit_line (order_id, version) where deleted_at is null;
