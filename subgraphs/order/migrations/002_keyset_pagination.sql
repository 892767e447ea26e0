-- Indexes for keyset pages (kit/sql.ts): a cursor page reads a range of an index in the page's
-- order, from the cursor's row, and stops after the page, so a deep page costs what the first
-- costs. Each list needs an index in its order; the common ones are `id` (the default) and
-- `-created_at` (created_at desc, then id asc).

-- `orders` sorted -created_at: (created_at) alone cannot give created_at desc with id asc, so
-- every page sorted all the orders of a created_at range. The new index serves the created_at
-- filters too, so it replaces the old one.
drop index "order".order_created_at;
create index order_created_at_id on "order"."order" (created_at desc, id) where deleted_at is null;

-- Region.orders, SalesChannel.orders and Customer.orders read each parent's orders in the page's
-- order: (parent, id) for the default order, in place of (parent), which it serves as well
-- (without it a region's first page read and sorted all of the region's orders).
drop index "order".order_region_id;
create index order_region_id_id on "order"."order" (region_id, id) where deleted_at is null;
drop index "order".order_sales_channel_id;
create index order_sales_channel_id_id on "order"."order" (sales_channel_id, id) where deleted_at is null;
drop index "order".order_customer_id;
create index order_customer_id_id on "order"."order" (customer_id, id) where deleted_at is null;
-- And -created_at for the parents with many orders (a customer's orders sort in no time).
create index order_region_id_created_at on "order"."order" (region_id, created_at desc, id) where deleted_at is null;
create index order_sales_channel_id_created_at on "order"."order" (sales_channel_id, created_at desc, id) where deleted_at is null;

-- ProductVariant.order_items (the lines of every order's current version holding a variant),
-- in either order: a popular variant's first page read and sorted all of its lines.
drop index "order".order_line_item_variant_id;
create index order_line_item_variant_id_id on "order".order_line_item (variant_id, id) where deleted_at is null;
create index order_line_item_variant_id_created_at on "order".order_line_item (variant_id, created_at desc, id) where deleted_at is null;
