-- The manual fulfillment provider, which a Medusa store registers by default (`manual_manual`:
-- the merchant ships by hand); other providers come from the configuration or the seed.
insert into fulfillment.fulfillment_provider (id, is_enabled) values ('manual_manual', true) on conflict (id) do nothing;
