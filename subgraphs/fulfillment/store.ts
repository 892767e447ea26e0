import type { Queryable } from '../../kit/database';
import { tables } from '../../kit/table';
import { models } from './models';

/** All SQL of the fulfillment module: every statement is derived from its declarations (models.ts). */
export const createFulfillmentStore = (db: Queryable) => tables(db, models);

export type FulfillmentStore = ReturnType<typeof createFulfillmentStore>;
