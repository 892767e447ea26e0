-- The per-cart lock across processes (kit/workflow.ts DatabaseLease): one row per key while a
-- workflow runs on it. A crashed holder's row expires and is taken over; a finished one is deleted.
create table workflows.lease (
  key text primary key,
  holder text not null,
  expires_at timestamptz not null
);
