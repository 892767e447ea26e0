-- Medusa's payment module always registers its system provider on start (`pp_system_default`,
-- payment without an external processor); other providers come from the configuration or the seed.
insert into payment.payment_provider (id, is_enabled) values ('pp_system_default', true) on conflict (id) do nothing;
