-- Keyset pages (kit/sql.ts) read a range of an index in the page's order, from the cursor's row,
-- and stop after the page. `products` sorted -created_at (created_at desc, then id asc: the
-- catalog's newest-first) had no index in that order, so every page sorted every product.
-- The default order, `id`, has the primary key.
create index product_created_at_id on product.product (created_at desc, id) where deleted_at is null;
