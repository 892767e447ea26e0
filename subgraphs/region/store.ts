import type { Queryable } from '../../kit/database';
import {
  insertRows,
  listPage,
  rowsWhereIn,
  Where,
  type ListResult,
  type NewRow,
  type Page,
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

export interface RegionFilters {
  id?: readonly string[] | null;
  name?: string | null;
  currency_code?: string | null;
}

export interface CountryFilters {
  iso_2?: readonly string[] | null;
  region_id?: readonly string[] | null;
}

/** New rows, as the seed and (later) the admin mutations write them. */
export interface RegionData {
  regions?: NewRow<RegionRow>[];
  countries?: NewRow<CountryRow>[];
}

const COUNTRY = 'region.region_country';

/** All SQL of the region module; every read takes and returns arrays. */
export function createRegionStore(db: Queryable) {
  // Countries have no id column, so the kit helpers (which order by id) do not fit: these order by iso_2.
  async function countriesWhereIn(column: 'iso_2' | 'region_id', values: string[]): Promise<CountryRow[]> {
    if (values.length === 0) return [];
    return db.query<CountryRow>(
      `select * from ${COUNTRY} where ${column} = any($1::text[]) and deleted_at is null order by iso_2`,
      [values],
    );
  }

  return {
    regionsByIds: (ids: string[]) => rowsWhereIn<RegionRow>(db, 'region.region', 'id', ids),
    countriesByIso2: (codes: string[]) => countriesWhereIn('iso_2', codes),
    countriesByRegionIds: (regionIds: string[]) => countriesWhereIn('region_id', regionIds),

    listRegions(filters: RegionFilters, page: Page) {
      const where = new Where()
        .equals('id', filters.id)
        .equals('name', filters.name)
        .equals('currency_code', filters.currency_code);
      return listPage<RegionRow>(db, 'region.region', where, page);
    },

    /** As kit `listPage`, ordered by iso_2. */
    async listCountries(filters: CountryFilters, page: Page): Promise<ListResult<CountryRow>> {
      const where = new Where().equals('iso_2', filters.iso_2).equals('region_id', filters.region_id);
      const rows = await db.query<CountryRow>(
        `select * from ${COUNTRY} where ${where} order by iso_2 limit ${page.take} offset ${page.skip}`,
        where.params,
      );
      let counted: Promise<number> | undefined;
      const count = () =>
        (counted ??= db
          .query<{ count: number }>(`select count(*)::int as count from ${COUNTRY} where ${where}`, where.params)
          .then(([row]) => row.count));
      return { rows, page, count };
    },

    async insert(data: RegionData): Promise<void> {
      await insertRows(db, 'region.region', data.regions ?? []);
      await insertRows(db, COUNTRY, data.countries ?? []);
    },
  };
}

export type RegionStore = ReturnType<typeof createRegionStore>;
