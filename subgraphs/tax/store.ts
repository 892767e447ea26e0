import type { Queryable } from '../../kit/database';
import { tables } from '../../kit/table';
import { models } from './models';

/** The tax module's tables, every statement derived from their declarations (models.ts); tax lines are lines.ts. */
export const createTaxStore = (db: Queryable) => tables(db, models);

export type TaxStore = ReturnType<typeof createTaxStore>;
