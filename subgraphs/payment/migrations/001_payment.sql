-- The payment module's tables, as Medusa's payment module defines them (main fields).
-- Payments, captures, refunds and providers are not here yet; provider_id references nothing.
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
