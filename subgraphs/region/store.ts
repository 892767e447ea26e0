import type { Queryable } from '../../kit/database';
import { tables } from '../../kit/table';
import { models } from './models';

/** All SQL of the region module: every statement is derived from its declarations (models.ts). */
export const createRegionStore = (db: Queryable) => tables(db, models);

export type RegionStore = ReturnType<typeof createRegionStore>;
