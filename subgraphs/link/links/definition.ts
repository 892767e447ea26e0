/**
 * A stored link, declared once in the spirit of Medusa's `defineLink`: a pivot table in the
 * `link` schema joins one record of side A to one of side B. Sides are in Medusa's order
 * (relationships[0], relationships[1]), which is also the order `link.create` expects.
 */
export interface LinkSide {
  /** Owning module, as Medusa's `Modules` names it: `cart`, `order`, `payment`, `promotion`, … */
  module: string;
  /** The entity in the supergraph. */
  entity: string;
  /** Pivot column and linkable key: `cart_id`. */
  key: string;
  /** Id prefix of the entity, to reject malformed ids. */
  idPrefix: string;
  /** Field the *other* side's entity gets to reach this side: `Cart.order`, `Promotion.carts`. */
  field: string;
  /** Whether one record of the other side may link to many records of this side. */
  many: boolean;
}

export interface LinkDefinition {
  /** Pivot table name, inside the `link` schema. */
  table: string;
  /** Prefix of the pivot row ids. */
  idPrefix: string;
  sides: readonly [LinkSide, LinkSide];
}

export function defineLink(definition: LinkDefinition): LinkDefinition {
  return definition;
}
