import type { Queryable } from '../../kit/database';
import { tables } from '../../kit/table';
import { models } from './models';

/** All SQL of the sales channel module: every statement is derived from its declaration (models.ts). */
export const createSalesChannelStore = (db: Queryable) => tables(db, models);

export type SalesChannelStore = ReturnType<typeof createSalesChannelStore>;
