-- The product module's tables, as Medusa's product module defines them (main fields),
-- plus product_variant_price standing in for the pricing module.
create table product.product (
  id text primary key,
  title text not null,
  handle text not null,
  subtitle text,
  description text,
  is_giftcard boolean not null default false,
  status text not null default 'draft' check (status in ('draft', 'proposed', 'published', 'rejected')),
  thumbnail text,
  weight real,
  length real,
  height real,
  width real,
  origin_country text,
  hs_code text,
  mid_code text,
  material text,
  discountable boolean not null default true,
  external_id text,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index product_handle_unique on product.product (handle) where deleted_at is null;
create index product_status on product.product (status) where deleted_at is null;

create table product.product_variant (
  id text primary key,
  title text not null,
  sku text,
  barcode text,
  ean text,
  upc text,
  allow_backorder boolean not null default false,
  manage_inventory boolean not null default true,
  hs_code text,
  origin_country text,
  mid_code text,
  material text,
  weight real,
  length real,
  height real,
  width real,
  metadata jsonb,
  variant_rank integer default 0,
  thumbnail text,
  product_id text references product.product (id) on delete cascade,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index product_variant_product_id on product.product_variant (product_id) where deleted_at is null;
create unique index product_variant_sku_unique on product.product_variant (sku) where deleted_at is null;
create unique index product_variant_barcode_unique on product.product_variant (barcode) where deleted_at is null;
create unique index product_variant_ean_unique on product.product_variant (ean) where deleted_at is null;
create unique index product_variant_upc_unique on product.product_variant (upc) where deleted_at is null;

create table product.product_variant_price (
  id text primary key,
  variant_id text not null references product.product_variant (id) on delete cascade,
  currency_code text not null,
  amount numeric not null check (amount >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
-- One live price per currency per variant; it also serves lookups by variant_id.
create unique index product_variant_price_variant_id_currency_code_unique
  on product.product_variant_price (variant_id, currency_code) where deleted_at is null;
