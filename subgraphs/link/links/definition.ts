/**
 * A stored link, declared once in the spirit of Medusa's `defineLink`: a pivot table in the
 * `link` schema joins a record of side A to a record of side B. Sides are in Medusa's order
 * (relationships[0], relationships[1]). The pivot table and its migration, the link subgraph's
 * schema, loaders, queries and mutations are all derived from these declarations.
 */
export interface LinkSide {
  /** The owning module, as Medusa's `Modules` names it: `cart`, `order`, `payment`, `sales_channel`, … */
  module: string;
  /** The subgraph that owns the entity (its name in supergraph.yaml). */
  subgraph: string;
  /** The entity in the supergraph. */
  entity: string;
  /** Pivot column and Medusa's linkable key: `cart_id`, `payment_collection_id`. */
  key: string;
  /** How ids of this entity look: `<prefix>_<ULID>`, or a registration name such as `pp_system_default`. */
  id: { prefix: string; format: 'ulid' | 'name' };
  /** Field the *other* side's entity gets to reach this side: `Cart.order`, `Promotion.carts`. */
  field: string;
  /**
   * Who besides admin users may read `field`: `guest` (anyone, e.g. `Cart.promotions` for the
   * storefront) or `customer` (a signed-in customer). Unset: admin users only. The pivot rows
   * (`<field>_link`, the pivot list queries) and the Link API are always admin-only.
   */
  readBy?: 'guest' | 'customer';
  /**
   * Medusa's `hasMany`: one record of the other side may link to many records of this side.
   * Without it, each record of the other side links to at most one of this side, and the
   * database holds that with a unique index among live rows.
   */
  many: boolean;
  /**
   * Medusa's `deleteCascade`: deleting the other side's record through `delete_links` also
   * soft-deletes the records of this side, through these mutations of the owning subgraph.
   */
  cascade?: { softDelete: string; restore: string };
}

/** An extra pivot column (Medusa's `extraColumns`), written through the link's `data`. */
export interface ExtraColumn {
  type: 'integer' | 'text' | 'boolean';
  /** SQL default, applied when `data` does not set it. */
  default: number | string | boolean;
  description: string;
}

export interface LinkDefinition {
  /** Pivot table name in the `link` schema; also the name of its list query. */
  table: string;
  /** Prefix of the pivot row ids. */
  idPrefix: string;
  description: string;
  sides: readonly [LinkSide, LinkSide];
  extraColumns?: Record<string, ExtraColumn>;
}

export function defineLink(definition: LinkDefinition): LinkDefinition {
  const [a, b] = definition.sides;
  if (a.key === b.key) throw new Error(`Link ${definition.table}: both sides use the key ${a.key}`);
  return definition;
}

/** `order_cart` → `LinkOrderCart`, the GraphQL type of its pivot rows (Medusa's naming). */
export function pivotTypeName(link: LinkDefinition): string {
  return `Link${link.table
    .split('_')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('')}`;
}

/** The cardinality in words, for descriptions and error messages. */
export function cardinality(link: LinkDefinition): string {
  const [a, b] = link.sides;
  if (a.many && b.many) return 'many-to-many';
  if (!a.many && !b.many) return 'one-to-one';
  return a.many ? `one ${b.entity} to many ${a.entity}` : `one ${a.entity} to many ${b.entity}`;
}
