-- The payment module's tables, as Medusa's payment module defines them.

-- Providers are registered by id (`pp_<identifier>_<id>`, e.g. `pp_system_default`): no ULID.
create table payment.payment_provider (
  id text primary key,
  is_enabled boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);

create table payment.payment_collection (
  id text primary key,
  currency_code text not null,
  amount numeric not null,
  authorized_amount numeric,
  captured_amount numeric,
  refunded_amount numeric,
  completed_at timestamptz,
  status text not null default 'not_paid' check (
    status in ('not_paid', 'awaiting', 'authorized', 'partially_authorized', 'canceled', 'failed', 'partially_captured', 'completed')
  ),
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index payment_collection_status on payment.payment_collection (status) where deleted_at is null;
create index payment_collection_currency_code on payment.payment_collection (currency_code) where deleted_at is null;

-- Medusa's manyToMany pivot table: two keys and nothing else (no id, no timestamps).
create table payment.payment_collection_payment_providers (
  payment_collection_id text not null references payment.payment_collection (id) on delete cascade,
  payment_provider_id text not null references payment.payment_provider (id) on delete cascade,
  primary key (payment_collection_id, payment_provider_id)
);
create index payment_collection_payment_providers_provider_id
  on payment.payment_collection_payment_providers (payment_provider_id);

create table payment.payment_session (
  id text primary key,
  currency_code text not null,
  amount numeric not null,
  provider_id text not null,
  data jsonb not null default '{}',
  context jsonb,
  -- pending_authorization is in Medusa's TS enum though its migration snapshot lags behind.
  status text not null default 'pending' check (
    status in ('authorized', 'captured', 'pending', 'requires_more', 'error', 'canceled', 'pending_authorization')
  ),
  authorized_at timestamptz,
  payment_collection_id text not null references payment.payment_collection (id) on delete cascade,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index payment_session_payment_collection_id on payment.payment_session (payment_collection_id) where deleted_at is null;

create table payment.payment (
  id text primary key,
  amount numeric not null,
  currency_code text not null,
  provider_id text not null,
  data jsonb,
  metadata jsonb,
  captured_at timestamptz,
  canceled_at timestamptz,
  payment_collection_id text not null references payment.payment_collection (id) on delete cascade,
  payment_session_id text not null references payment.payment_session (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index payment_payment_collection_id on payment.payment (payment_collection_id) where deleted_at is null;
-- A session authorizes at most one payment; this index also serves the foreign key.
create unique index payment_payment_session_id_unique on payment.payment (payment_session_id) where deleted_at is null;
create index payment_payment_provider_id on payment.payment (provider_id) where deleted_at is null;

create table payment.capture (
  id text primary key,
  amount numeric not null check (amount > 0),
  payment_id text not null references payment.payment (id) on delete cascade,
  metadata jsonb,
  created_by text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index capture_payment_id on payment.capture (payment_id) where deleted_at is null;

create table payment.refund_reason (
  id text primary key,
  label text not null,
  code text not null,
  description text,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index refund_reason_code on payment.refund_reason (code) where deleted_at is null;

create table payment.refund (
  id text primary key,
  amount numeric not null check (amount > 0),
  payment_id text not null references payment.payment (id) on delete cascade,
  refund_reason_id text references payment.refund_reason (id) on delete set null,
  note text,
  created_by text,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index refund_payment_id on payment.refund (payment_id) where deleted_at is null;
create index refund_refund_reason_id on payment.refund (refund_reason_id) where deleted_at is null;

-- A customer's account at a payment provider (Medusa 2.5+ `AccountHolder`), e.g. a Stripe customer;
-- the customer is attached by the `customer_account_holder` link. `provider_id` is a registration
-- id, not a foreign key, as in Medusa.
create table payment.account_holder (
  id text primary key,
  provider_id text not null,
  external_id text not null,
  email text,
  data jsonb not null default '{}',
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index account_holder_provider_id_external_id_unique
  on payment.account_holder (provider_id, external_id) where deleted_at is null;
create index account_holder_email on payment.account_holder (email) where deleted_at is null;
