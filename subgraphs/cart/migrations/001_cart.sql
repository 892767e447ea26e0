-- The cart module's tables, as Medusa's cart module (2.17) defines them. Money is numeric,
-- tax rates are real (Medusa's float); every FK column is indexed among live rows.
create table cart.cart_address (
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

create table cart.cart (
  id text primary key,
  region_id text,
  customer_id text,
  sales_channel_id text,
  email text,
  currency_code text not null,
  locale text,
  metadata jsonb,
  completed_at timestamptz,
  shipping_address_id text references cart.cart_address (id) on delete set null,
  billing_address_id text references cart.cart_address (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index cart_region_id on cart.cart (region_id) where deleted_at is null;
create index cart_customer_id on cart.cart (customer_id) where deleted_at is null;
create index cart_sales_channel_id on cart.cart (sales_channel_id) where deleted_at is null;
create index cart_currency_code on cart.cart (currency_code) where deleted_at is null;
create index cart_email on cart.cart (email) where deleted_at is null;
create index cart_completed_at on cart.cart (completed_at) where deleted_at is null;
create index cart_shipping_address_id on cart.cart (shipping_address_id) where deleted_at is null;
create index cart_billing_address_id on cart.cart (billing_address_id) where deleted_at is null;

create table cart.cart_line_item (
  id text primary key,
  cart_id text not null references cart.cart (id) on delete cascade,
  title text not null,
  subtitle text,
  thumbnail text,
  quantity integer not null check (quantity > 0),
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
  unit_price numeric not null,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index cart_line_item_cart_id on cart.cart_line_item (cart_id) where deleted_at is null;
create index cart_line_item_variant_id on cart.cart_line_item (variant_id) where deleted_at is null;
create index cart_line_item_product_id on cart.cart_line_item (product_id) where deleted_at is null;
create index cart_line_item_product_type_id on cart.cart_line_item (product_type_id) where deleted_at is null;

create table cart.cart_line_item_adjustment (
  id text primary key,
  item_id text not null references cart.cart_line_item (id) on delete cascade,
  description text,
  code text,
  amount numeric not null check (amount >= 0),
  is_tax_inclusive boolean not null default false,
  provider_id text,
  promotion_id text,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index cart_line_item_adjustment_item_id on cart.cart_line_item_adjustment (item_id) where deleted_at is null;
create index cart_line_item_adjustment_promotion_id on cart.cart_line_item_adjustment (promotion_id) where deleted_at is null;

create table cart.cart_line_item_tax_line (
  id text primary key,
  item_id text not null references cart.cart_line_item (id) on delete cascade,
  description text,
  code text not null,
  rate real not null,
  provider_id text,
  tax_rate_id text,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index cart_line_item_tax_line_item_id on cart.cart_line_item_tax_line (item_id) where deleted_at is null;
create index cart_line_item_tax_line_tax_rate_id on cart.cart_line_item_tax_line (tax_rate_id) where deleted_at is null;

create table cart.cart_shipping_method (
  id text primary key,
  cart_id text not null references cart.cart (id) on delete cascade,
  name text not null,
  description jsonb,
  amount numeric not null check (amount >= 0),
  is_tax_inclusive boolean not null default false,
  shipping_option_id text,
  data jsonb,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index cart_shipping_method_cart_id on cart.cart_shipping_method (cart_id) where deleted_at is null;
create index cart_shipping_method_option_id on cart.cart_shipping_method (shipping_option_id) where deleted_at is null;

-- Medusa declares no ON DELETE rule on the shipping method's adjustments and tax lines.
create table cart.cart_shipping_method_adjustment (
  id text primary key,
  shipping_method_id text not null references cart.cart_shipping_method (id),
  description text,
  code text,
  amount numeric not null,
  provider_id text,
  promotion_id text,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index cart_shipping_method_adjustment_shipping_method_id on cart.cart_shipping_method_adjustment (shipping_method_id) where deleted_at is null;
create index cart_shipping_method_adjustment_promotion_id on cart.cart_shipping_method_adjustment (promotion_id) where deleted_at is null;

create table cart.cart_shipping_method_tax_line (
  id text primary key,
  shipping_method_id text not null references cart.cart_shipping_method (id),
  description text,
  code text not null,
  rate real not null,
  provider_id text,
  tax_rate_id text,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index cart_shipping_method_tax_line_shipping_method_id on cart.cart_shipping_method_tax_line (shipping_method_id) where deleted_at is null;
create index cart_shipping_method_tax_line_tax_rate_id on cart.cart_shipping_method_tax_line (tax_rate_id) where deleted_at is null;

-- Medusa's table is `credit_line` (not `cart_`-prefixed), added in 2.6. Its (reference, reference_id)
-- index is declared `where deleted_at is not null` in Medusa, which looks inverted: here it covers live rows.
create table cart.credit_line (
  id text primary key,
  cart_id text not null references cart.cart (id),
  reference text,
  reference_id text,
  amount numeric not null,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index credit_line_cart_id on cart.credit_line (cart_id) where deleted_at is null;
create index credit_line_reference_reference_id on cart.credit_line (reference, reference_id) where deleted_at is null;
