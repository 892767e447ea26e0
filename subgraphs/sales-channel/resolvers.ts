import type { Resolvers } from './generated/resolvers';

/** Every field of the sales channel module is derived from its declaration (models.ts, kit/entities.ts). */
export const resolvers: Resolvers = {};
