-- The workflows' journal (kit/journal.ts): every run of a storefront workflow and each step's
-- outcome, written before the next step starts, so a run left half-done by a dead process is
-- found and driven to an end (forward, or undone) by any workflows process on this database.

create table workflows.run (
  id text primary key,
  workflow text not null,
  -- Runs on one key (a cart) go one at a time: at most one unfinished run per key (below).
  lock_key text not null,
  -- The client's Idempotency-Key (with the field it was sent for): a retry finds this run.
  idempotency_key text,
  -- What the key was first used for (actor, mutation, arguments): another use is refused.
  fingerprint text,
  actor jsonb not null,
  input jsonb not null,
  status text not null check (status in ('running', 'compensating', 'succeeded', 'failed')),
  result jsonb,
  error jsonb,
  -- The process driving the run (`<instance>#<incarnation>`) and until when: an expired lease,
  -- or a holder that is an earlier incarnation of a restarted instance, means it died.
  holder text,
  expires_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index run_one_unfinished_per_key on workflows.run (lock_key) where status in ('running', 'compensating');
create unique index run_idempotency_key on workflows.run (idempotency_key) where idempotency_key is not null;
create index run_unfinished on workflows.run (expires_at) where status in ('running', 'compensating');
create index run_finished_at on workflows.run (updated_at) where status in ('succeeded', 'failed');

create table workflows.step (
  run_id text not null references workflows.run (id) on delete cascade,
  position integer not null,
  name text not null,
  status text not null check (status in ('started', 'done', 'undone')),
  -- What the step was called with (ids chosen before the call included): a retry repeats it.
  input jsonb,
  -- What it answered: the next steps read it, its undo needs it.
  output jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (run_id, position)
);

-- The per-cart lease table is replaced by the runs themselves (one unfinished run per key).
drop table workflows.lease;
