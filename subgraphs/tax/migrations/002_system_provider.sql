-- Medusa's tax module always registers its system provider (`tp_system`: the rates as they are,
-- no external service); a tax region names it as its provider.
insert into tax.tax_provider (id, is_enabled) values ('tp_system', true) on conflict (id) do nothing;
