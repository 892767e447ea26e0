-- Keyset pages (kit/sql.ts) read a range of an index in the page's order, from the cursor's row,
-- and stop after the page. `customers` sorted -created_at (created_at desc, then id asc, the
-- admin's newest-first list) had no index in that order, so every page sorted every customer.
-- The default order, `id`, has the primary key.
create index customer_created_at_id on customer.customer (created_at desc, id) where deleted_at is null;
