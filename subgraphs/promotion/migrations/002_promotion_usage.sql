-- What promotion_usage_register counted, one row per order (reference_id) and promotion: Medusa's
-- registerUsage adds to promotion.used and campaign budgets' used without a record; this ledger
-- makes a repeated registration count once and lets promotion_usage_revert take back exactly what
-- was counted. Written and deleted in the same transaction as the counters it explains.
create table promotion.promotion_usage (
  reference_id text not null,
  promotion_id text not null references promotion.promotion (id) on delete cascade,
  -- The code the usage was registered under.
  code text not null,
  -- The registered actions' amounts added up.
  amount numeric not null check (amount >= 0),
  -- What was added to promotion.used: 1 where the promotion has a limit, else 0.
  promotion_used integer not null check (promotion_used in (0, 1)),
  -- The campaign budget counted against, and what was added to its used (1 for `usage`, the
  -- amount for `spend`); null and 0 when nothing was.
  campaign_budget_id text references promotion.promotion_campaign_budget (id) on delete set null,
  campaign_budget_used numeric not null default 0 check (campaign_budget_used >= 0),
  created_at timestamptz not null default now(),
  primary key (reference_id, promotion_id)
);
create index promotion_usage_promotion_id on promotion.promotion_usage (promotion_id);
create index promotion_usage_campaign_budget_id on promotion.promotion_usage (campaign_budget_id) where campaign_budget_id is not null;
