-- Medusa's pricing module PricePreference: one live preference per attribute and value
-- (IDX_price_preference_attribute_value, unique where deleted_at is null).
create table product.price_preference (
  id text primary key,
  attribute text not null,
  value text,
  is_tax_inclusive boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index price_preference_attribute_value_unique on product.price_preference (attribute, value)
  where deleted_at is null;
