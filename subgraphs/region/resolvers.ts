import { badUserInput } from '../../kit/errors';
import { assertId, assertIds } from '../../kit/ids';
import { pageMetadata, toPage } from '../../kit/sql';
import type { Resolvers } from './generated/resolvers';
import { SORTABLE } from './store';

const ISO_2 = /^[a-z]{2}$/;

/** Checks a country code from a client, as `assertId` checks ids: Medusa stores iso_2 in lower case. */
function assertIso2(value: string, argument = 'iso_2'): string {
  if (!ISO_2.test(value)) {
    throw badUserInput(`Invalid ${argument} "${value.slice(0, 64)}": expected two lower-case letters (ISO 3166-1 alpha-2)`, {
      argument,
    });
  }
  return value;
}

export const resolvers: Resolvers = {
  Query: {
    region: (_, { id, with_deleted }, { loaders }) =>
      (with_deleted ? loaders.regionWithDeleted : loaders.region).load(assertId(id, 'reg')),
    regions: (_, { filters, pagination, with_deleted }, { store }) =>
      store.listRegions({ ...filters, id: assertIds(filters?.id, 'reg', 'filters.id') }, toPage(pagination, SORTABLE.region), with_deleted ?? false),
    country: (_, { iso_2, with_deleted }, { loaders }) =>
      (with_deleted ? loaders.countryWithDeleted : loaders.country).load(assertIso2(iso_2)),
    countries: (_, { filters, pagination, with_deleted }, { store }) =>
      store.listCountries(
        {
          ...filters,
          iso_2: filters?.iso_2?.map((code) => assertIso2(code, 'filters.iso_2')),
          region_id: assertIds(filters?.region_id, 'reg', 'filters.region_id'),
        },
        toPage(pagination, SORTABLE.country, 'iso_2'),
        with_deleted ?? false,
      ),
  },
  RegionList: {
    data: (list) => list.rows,
    metadata: pageMetadata,
  },
  CountryList: {
    data: (list) => list.rows,
    metadata: pageMetadata,
  },
  Region: {
    __resolveReference: ({ id }, { loaders }) => loaders.region.load(id),
    countries: (region, _, { loaders }) => loaders.countriesByRegion.load(region.id),
  },
  Country: {
    __resolveReference: ({ iso_2 }, { loaders }) => loaders.country.load(iso_2),
    region: (country, _, { loaders }) => (country.region_id ? loaders.region.load(country.region_id) : null),
  },
};
