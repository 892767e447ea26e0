import { badUserInput } from '../../kit/errors';
import { MAX_ROWS_PER_WRITE } from '../../kit/writes';
import type { Resolvers } from './generated/resolvers';
import { taxLines } from './lines';

/**
 * Reads and admin writes are derived from the declarations (models.ts, kit/entities.ts,
 * kit/writes.ts with writes.ts); only the tax lines are the module's own (lines.ts).
 */
export const resolvers: Resolvers = {
  Query: {
    tax_lines: async (_, { items, shipping_methods, context }, { db }) => {
      if (items.length + shipping_methods.length > MAX_ROWS_PER_WRITE)
        throw badUserInput(`At most ${MAX_ROWS_PER_WRITE} items and shipping methods`, { argument: 'items' });
      // As Medusa's getItemTaxLinesStep: the items' lines, then the shipping methods'.
      return [
        ...(await taxLines(db, items, context.address)),
        ...(await taxLines(
          db,
          shipping_methods.map((method) => ({ id: method.id, shipping_option_id: method.shipping_option_id ?? null })),
          context.address,
        )),
      ];
    },
  },
};
