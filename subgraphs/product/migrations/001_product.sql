-- The product module's tables, as Medusa 2.17's product module defines them, plus
-- product_variant_price standing in for the pricing module.
-- Unique constraints hold among live rows (`where deleted_at is null`), as Medusa's do.

create table product.product_type (
  id text primary key,
  value text not null,
  external_id text,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index product_type_value_unique on product.product_type (value) where deleted_at is null;

create table product.product_collection (
  id text primary key,
  title text not null,
  handle text not null,
  external_id text,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index product_collection_handle_unique on product.product_collection (handle) where deleted_at is null;

create table product.product_tag (
  id text primary key,
  value text not null,
  external_id text,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index product_tag_value_unique on product.product_tag (value) where deleted_at is null;

-- A category tree: `mpath` is the materialized path, the ids from the root down to the
-- category joined by dots (`pcat_A.pcat_B`), so a subtree is a prefix match.
create table product.product_category (
  id text primary key,
  name text not null,
  description text not null default '',
  handle text not null,
  mpath text not null,
  is_active boolean not null default false,
  is_internal boolean not null default false,
  rank integer not null default 0,
  external_id text,
  metadata jsonb,
  parent_category_id text references product.product_category (id) on delete cascade,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index product_category_handle_unique on product.product_category (handle) where deleted_at is null;
create index product_category_parent_category_id on product.product_category (parent_category_id) where deleted_at is null;
create index product_category_mpath on product.product_category (mpath text_pattern_ops) where deleted_at is null;

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
  type_id text references product.product_type (id) on delete set null,
  collection_id text references product.product_collection (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index product_handle_unique on product.product (handle) where deleted_at is null;
create index product_status on product.product (status) where deleted_at is null;
create index product_type_id on product.product (type_id) where deleted_at is null;
create index product_collection_id on product.product (collection_id) where deleted_at is null;

-- Medusa's bare pivot tables (a `pivotTable`, not a pivot entity): two keys, nothing else.
create table product.product_tags (
  product_id text not null references product.product (id) on delete cascade,
  product_tag_id text not null references product.product_tag (id) on delete cascade,
  primary key (product_id, product_tag_id)
);
create index product_tags_product_tag_id on product.product_tags (product_tag_id);

create table product.product_category_product (
  product_id text not null references product.product (id) on delete cascade,
  product_category_id text not null references product.product_category (id) on delete cascade,
  primary key (product_id, product_category_id)
);
create index product_category_product_product_category_id on product.product_category_product (product_category_id);

-- 2.17 "global" options: an option (Size) is shared by products through product_product_option;
-- `is_exclusive` marks one that belongs to a single product.
create table product.product_option (
  id text primary key,
  title text not null,
  is_exclusive boolean not null default false,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);

create table product.product_option_value (
  id text primary key,
  value text not null,
  rank integer,
  metadata jsonb,
  option_id text references product.product_option (id) on delete cascade,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index product_option_value_option_id_value_unique
  on product.product_option_value (option_id, value) where deleted_at is null;

-- Pivot entity: which products use an option ...
create table product.product_product_option (
  id text primary key,
  product_id text not null references product.product (id) on delete cascade,
  product_option_id text not null references product.product_option (id) on delete cascade,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index product_product_option_unique
  on product.product_product_option (product_id, product_option_id) where deleted_at is null;
create index product_product_option_product_option_id
  on product.product_product_option (product_option_id) where deleted_at is null;

-- ... and which of the option's values each such product offers.
create table product.product_product_option_value (
  id text primary key,
  product_product_option_id text not null references product.product_product_option (id) on delete cascade,
  product_option_value_id text not null references product.product_option_value (id) on delete cascade,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index product_product_option_value_unique
  on product.product_product_option_value (product_product_option_id, product_option_value_id) where deleted_at is null;
create index product_product_option_value_product_option_value_id
  on product.product_product_option_value (product_option_value_id) where deleted_at is null;

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

-- The option values a variant is made of (Size: M, Color: Black): a bare pivot table.
create table product.product_variant_option (
  variant_id text not null references product.product_variant (id) on delete cascade,
  option_value_id text not null references product.product_option_value (id) on delete cascade,
  primary key (variant_id, option_value_id)
);
create index product_variant_option_option_value_id on product.product_variant_option (option_value_id);

-- Medusa's table is `image` (entity ProductImage).
create table product.image (
  id text primary key,
  url text not null,
  metadata jsonb,
  rank integer not null default 0,
  product_id text not null references product.product (id) on delete cascade,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index image_product_id on product.image (product_id) where deleted_at is null;

create table product.product_variant_product_image (
  id text primary key,
  variant_id text not null references product.product_variant (id) on delete cascade,
  image_id text not null references product.image (id) on delete cascade,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index product_variant_product_image_unique
  on product.product_variant_product_image (variant_id, image_id) where deleted_at is null;
create index product_variant_product_image_image_id
  on product.product_variant_product_image (image_id) where deleted_at is null;

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
