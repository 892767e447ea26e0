import { badUserInput } from '../../kit/errors';
import { assertId } from '../../kit/ids';
import type { Resolvers } from './generated/resolvers';

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
      (with_deleted ? loaders.region.any : loaders.region.live).load(assertId(id, 'reg')),
    regions: (_, { filters, pagination, with_deleted }, { store }) => store.region.list(filters, store.region.page(pagination), { withDeleted: with_deleted }),
    country: (_, { iso_2, with_deleted }, { loaders }) =>
      (with_deleted ? loaders.country.any : loaders.country.live).load(assertIso2(iso_2)),
    countries: (_, { filters, pagination, with_deleted }, { store }) =>
      store.country.list(
        { ...filters, iso_2: filters?.iso_2?.map((code) => assertIso2(code, 'filters.iso_2')) },
        store.country.page(pagination),
        { withDeleted: with_deleted },
      ),
  },
  Region: {
    __resolveReference: ({ id }, { loaders }) => loaders.region.live.load(id),
    countries: (region, _, { loaders }) => loaders.countriesByRegion.load(region.id),
  },
  Country: {
    __resolveReference: ({ iso_2 }, { loaders }) => loaders.country.live.load(iso_2),
    region: (country, _, { loaders }) => (country.region_id ? loaders.region.live.load(country.region_id) : null),
  },
};
