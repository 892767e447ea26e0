import { fulfillmentResolvers } from './fulfillments';
import type { Resolvers } from './generated/resolvers';
import { setupMutations } from './setup';

/**
 * Every field of the fulfillment module is derived from its declarations (models.ts: each table's
 * entity and relations, kit/entities.ts): entity references, relations, reads by id and lists.
 * The admin writes are derived too (kit/writes.ts), but for the set-up's nested creates and cascades.
 */
export const resolvers: Resolvers = {
  // The set-up's nested creates (setup.ts) and order management's fulfillments (fulfillments.ts).
  Mutation: { ...setupMutations, ...fulfillmentResolvers() },
};
