-- The order module's tables, as Medusa's order module defines them (main fields).
-- An order's items are split as in Medusa: order_line_item holds the item data, order_item
-- the per-version quantities and price overrides.
create table "order"."order" (
  id text primary key,
  display_id serial not null unique,
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
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index order_region_id on "order"."order" (region_id) where deleted_at is null;
create index order_customer_id on "order"."order" (customer_id) where deleted_at is null;
create index order_sales_channel_id on "order"."order" (sales_channel_id) where deleted_at is null;
create index order_status on "order"."order" (status) where deleted_at is null;
create index order_email on "order"."order" (email) where deleted_at is null;

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
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index order_item_order_id on "order".order_item (order_id) where deleted_at is null;
create index order_item_item_id on "order".order_item (item_id) where deleted_at is null;
