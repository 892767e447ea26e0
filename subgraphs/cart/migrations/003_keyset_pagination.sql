-- Indexes for keyset pages (kit/sql.ts): a cursor page reads a range of an index in the page's
-- order, from the cursor's row, and stops after the page, so a deep page costs what the first
-- costs. Each list needs an index in its order; the common ones are `id` (the default) and
-- `-created_at` (created_at desc, then id asc).

-- `carts` sorted -created_at: no index had that order, so every page sorted every live cart.
create index cart_created_at_id on cart.cart (created_at desc, id) where deleted_at is null;

-- Region.carts, SalesChannel.carts and Customer.carts read each parent's carts in the page's
-- order: (parent, id) for the default order, in place of (parent), which it serves as well
-- (without it a region's first page read and sorted all of the region's carts).
drop index cart.cart_region_id;
create index cart_region_id_id on cart.cart (region_id, id) where deleted_at is null;
drop index cart.cart_sales_channel_id;
create index cart_sales_channel_id_id on cart.cart (sales_channel_id, id) where deleted_at is null;
drop index cart.cart_customer_id;
create index cart_customer_id_id on cart.cart (customer_id, id) where deleted_at is null;
-- And -created_at for the parents with many carts (a customer's few carts sort in no time).
create index cart_region_id_created_at on cart.cart (region_id, created_at desc, id) where deleted_at is null;
create index cart_sales_channel_id_created_at on cart.cart (sales_channel_id, created_at desc, id) where deleted_at is null;

-- `line_items` sorted -created_at, and ProductVariant.cart_items (every cart line of a variant)
-- in either order: a popular variant's first page read and sorted all of its lines.
create index cart_line_item_created_at_id on cart.cart_line_item (created_at desc, id) where deleted_at is null;
drop index cart.cart_line_item_variant_id;
create index cart_line_item_variant_id_id on cart.cart_line_item (variant_id, id) where deleted_at is null;
create index cart_line_item_variant_id_created_at on cart.cart_line_item (variant_id, created_at desc, id) where deleted_at is null;
