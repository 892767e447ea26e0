-- Pivot tables of the stored links, with Medusa's columns: a prefixed `id`, the two keys as the
-- primary key, timestamps and `deleted_at` (a dismissed link is soft-deleted and can be revived).
-- Partial unique indexes hold each link's cardinality among live rows.

create table link.order_cart (
  id text not null,
  order_id text not null,
  cart_id text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  primary key (order_id, cart_id)
);
create unique index order_cart_id on link.order_cart (id);
-- one-to-one: an order has one live cart and a cart one live order
create unique index order_cart_order_id_live on link.order_cart (order_id) where deleted_at is null;
create unique index order_cart_cart_id_live on link.order_cart (cart_id) where deleted_at is null;

create table link.cart_payment_collection (
  id text not null,
  cart_id text not null,
  payment_collection_id text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  primary key (cart_id, payment_collection_id)
);
create unique index cart_payment_collection_id on link.cart_payment_collection (id);
-- one-to-one
create unique index cart_payment_collection_cart_id_live on link.cart_payment_collection (cart_id) where deleted_at is null;
create unique index cart_payment_collection_payment_collection_id_live on link.cart_payment_collection (payment_collection_id) where deleted_at is null;

create table link.cart_promotion (
  id text not null,
  cart_id text not null,
  promotion_id text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  primary key (cart_id, promotion_id)
);
create unique index cart_promotion_id on link.cart_promotion (id);
-- many-to-many: only the pair is unique (the primary key); lookups from either side
create index cart_promotion_cart_id on link.cart_promotion (cart_id) where deleted_at is null;
create index cart_promotion_promotion_id on link.cart_promotion (promotion_id) where deleted_at is null;
