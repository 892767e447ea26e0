-- The customer module's tables, as Medusa's customer module defines them.
create table customer.customer (
  id text primary key,
  company_name text,
  first_name text,
  last_name text,
  email text,
  phone text,
  has_account boolean not null default false,
  metadata jsonb,
  created_by text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
-- As in Medusa: one live guest and one live registered customer per email.
create unique index customer_email_has_account_unique on customer.customer (email, has_account) where deleted_at is null;

create table customer.customer_address (
  id text primary key,
  customer_id text not null references customer.customer (id) on delete cascade,
  address_name text,
  is_default_shipping boolean not null default false,
  is_default_billing boolean not null default false,
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
create index customer_address_customer_id on customer.customer_address (customer_id) where deleted_at is null;
-- As in Medusa: at most one default shipping and one default billing address per customer.
create unique index customer_address_unique_customer_shipping
  on customer.customer_address (customer_id) where is_default_shipping and deleted_at is null;
create unique index customer_address_unique_customer_billing
  on customer.customer_address (customer_id) where is_default_billing and deleted_at is null;

create table customer.customer_group (
  id text primary key,
  name text not null,
  metadata jsonb,
  created_by text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index customer_group_name_unique on customer.customer_group (name) where deleted_at is null;

-- Medusa's pivot entity between customers and groups (id `cusgc_…`, with timestamps).
create table customer.customer_group_customer (
  id text primary key,
  customer_id text not null references customer.customer (id) on delete cascade,
  customer_group_id text not null references customer.customer_group (id) on delete cascade,
  created_by text,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index customer_group_customer_unique
  on customer.customer_group_customer (customer_id, customer_group_id) where deleted_at is null;
create index customer_group_customer_customer_group_id
  on customer.customer_group_customer (customer_group_id) where deleted_at is null;
