-- The customer module's tables, as Medusa's customer module defines them (main fields).
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
