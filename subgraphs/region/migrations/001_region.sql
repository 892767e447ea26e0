-- The region module's tables, as Medusa's region module defines them (main fields).
create table region.region (
  id text primary key,
  name text not null,
  currency_code text not null,
  automatic_taxes boolean not null default true,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);

-- Medusa's Country has no id: iso_2 is the key, so Medusa's unique (region_id, iso_2) is implied.
create table region.region_country (
  iso_2 text primary key check (iso_2 ~ '^[a-z]{2}$'),
  iso_3 text not null,
  num_code text not null,
  name text not null,
  display_name text not null,
  region_id text references region.region (id) on delete set null,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index region_country_region_id on region.region_country (region_id) where deleted_at is null;
