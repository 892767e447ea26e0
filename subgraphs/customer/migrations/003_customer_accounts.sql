-- Which customer a registration identity made (Medusa keeps it in the auth identity's
-- app_metadata.customer_id): an identity registers one customer, once.
create table customer.customer_auth_identity (
  auth_identity_id text primary key,
  customer_id text not null references customer.customer (id) on delete cascade,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
