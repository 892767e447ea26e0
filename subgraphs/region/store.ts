import type { Queryable } from '../../kit/database';
import {
  insertRows,
  listPage,
  rowsWhereIn,
  Where,
  type NewRow,
  type Page,
  type RangeFilter,
  type ReadOptions,
  type Timestamps,
} from '../../kit/sql';

// Row types: one per table, with the columns as PostgreSQL returns them.
type Json = unknown;

export interface RegionRow extends Timestamps {
  id: string;
  name: string;
  currency_code: string;
  automatic_taxes: boolean;
  metadata: Json;
}

export interface CountryRow extends Timestamps {
  iso_2: string;
  iso_3: string;
  num_code: string;
  name: string;
  display_name: string;
  region_id: string | null;
  metadata: Json;
}

type DateRange = RangeFilter<Date | string> | null;

export interface RegionFilters {
  id?: readonly string[] | null;
  name?: readonly string[] | null;
  currency_code?: readonly string[] | null;
  created_at?: DateRange;
  updated_at?: DateRange;
  q?: string | null;
}

export interface CountryFilters {
  iso_2?: readonly string[] | null;
  iso_3?: readonly string[] | null;
  region_id?: readonly string[] | null;
  created_at?: DateRange;
  updated_at?: DateRange;
}

/** Sortable columns of each list (own scalar columns), for `toPage`. */
export const SORTABLE = {
  region: ['id', 'name', 'currency_code', 'created_at', 'updated_at'],
  country: ['iso_2', 'iso_3', 'num_code', 'name', 'display_name', 'created_at', 'updated_at'],
} as const;

/** New rows, as the seed and (later) the admin mutations write them. */
export interface RegionData {
  regions?: NewRow<RegionRow>[];
  countries?: NewRow<CountryRow>[];
}

const COUNTRY = 'region.region_country';

/** All SQL of the region module; every read takes and returns arrays. */
export function createRegionStore(db: Queryable) {
  // Countries have no id column: they are ordered by their key, iso_2.
  return {
    regionsByIds: (ids: string[], options: ReadOptions = {}) => rowsWhereIn<RegionRow>(db, 'region.region', 'id', ids, options),
    countriesByIso2: (codes: string[], options: ReadOptions = {}) =>
      rowsWhereIn<CountryRow>(db, COUNTRY, 'iso_2', codes, { ...options, orderBy: 'iso_2' }),
    countriesByRegionIds: (regionIds: string[]) => rowsWhereIn<CountryRow>(db, COUNTRY, 'region_id', regionIds, { orderBy: 'iso_2' }),

    listRegions(filters: RegionFilters, page: Page, withDeleted = false) {
      const where = new Where({ withDeleted })
        .equals('id', filters.id)
        .equals('name', filters.name)
        .equals('currency_code', filters.currency_code)
        .range('created_at', filters.created_at)
        .range('updated_at', filters.updated_at)
        .search(['name'], filters.q);
      return listPage<RegionRow>(db, 'region.region', where, page);
    },

    listCountries(filters: CountryFilters, page: Page, withDeleted = false) {
      const where = new Where({ withDeleted })
        .equals('iso_2', filters.iso_2)
        .equals('iso_3', filters.iso_3)
        .equals('region_id', filters.region_id)
        .range('created_at', filters.created_at)
        .range('updated_at', filters.updated_at);
      return listPage<CountryRow>(db, COUNTRY, where, page);
    },

    async insert(data: RegionData): Promise<void> {
      await insertRows(db, 'region.region', data.regions ?? []);
      await insertRows(db, COUNTRY, data.countries ?? [], 'iso_2');
    },
  };
}

export type RegionStore = ReturnType<typeof createRegionStore>;
