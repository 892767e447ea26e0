import type { LinkContext } from './context';
import { links } from './links';

type Reference = { id: string };
type FieldResolver = (parent: Reference, args: unknown, context: LinkContext) => Promise<Reference | Reference[] | null>;
type EntityResolvers = Record<string, FieldResolver | ((reference: Reference) => Reference)>;

/**
 * Resolvers come from the link declarations: for each link, each side's entity gets a field that
 * reads the pivot rows by its own key and returns references to the other side, which the
 * gateway then resolves in the owning subgraph.
 */
function buildResolvers(): Record<string, EntityResolvers> {
  const entities: Record<string, EntityResolvers> = {};
  for (const link of links) {
    link.sides.forEach((side, index) => {
      const other = link.sides[1 - index];
      const entity = (entities[side.entity] ??= { __resolveReference: (reference: Reference) => ({ id: reference.id }) });
      entity[other.field] = async (parent, _args, { loaders }) => {
        const rows = await loaders.pivots(link, side.key).load(parent.id);
        const references = rows.map((row) => ({ id: String(row[other.key]) }));
        return other.many ? references : (references[0] ?? null);
      };
    });
  }
  return entities;
}

export const resolvers = buildResolvers();
