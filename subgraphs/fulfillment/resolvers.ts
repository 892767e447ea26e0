import { fulfillmentResolvers } from './fulfillments';
import type { Resolvers } from './generated/resolvers';

/**
 * Every field of the fulfillment module is derived from its declarations (models.ts: each table's
 * entity and relations, kit/entities.ts): entity references, relations, reads by id and lists.
 */
export const resolvers: Resolvers = {
  // Order management: an admin's fulfillments (fulfillments.ts).
  Mutation: fulfillmentResolvers(),
};
