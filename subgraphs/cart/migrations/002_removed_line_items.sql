-- line_items_restore brings back the adjustments and tax lines a line's delete removed: it reads
-- soft-deleted rows by item, which the indexes of 001 (live rows only) do not cover.
create index cart_line_item_adjustment_removed_item_id
  on cart.cart_line_item_adjustment (item_id, deleted_at) where deleted_at is not null;
create index cart_line_item_tax_line_removed_item_id
  on cart.cart_line_item_tax_line (item_id, deleted_at) where deleted_at is not null;
