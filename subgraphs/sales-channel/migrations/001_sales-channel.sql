-- The sales channel module's table, as Medusa's sales channel module defines it (main fields).
create table sales_channel.sales_channel (
  id text primary key,
  name text not null,
  description text,
  is_disabled boolean not null default false,
  metadata jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
