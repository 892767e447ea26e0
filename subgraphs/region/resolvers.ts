import { badUserInput } from '../../kit/errors';
import type { Resolvers } from './generated/resolvers';

const ISO_2 = /^[a-z]{2}$/;

/** Checks a country code from a client, as `assertId` checks ids: Medusa stores iso_2 in lower case. */
function assertIso2(value: string, argument = 'iso_2'): string {
  if (!ISO_2.test(value)) {
    throw badUserInput(
      `Invalid ${argument} "${value.slice(0, 64)}": expected two lower-case letters (ISO 3166-1 alpha-2)`,
      {
        argument,
      },
    );
  }
  return value;
}

/**
 * Regions and countries are read as their declarations say (models.ts, kit/entities.ts); only a
 * country code from a client is checked here, as ids are checked by their prefix.
 */
export const resolvers: Resolvers = {
  Query: {
    country: (_, { iso_2, with_deleted }, { entities }) =>
      entities.byKey('country', with_deleted).load(assertIso2(iso_2)),
    countries: (_, { filters, pagination, with_deleted }, { store }) =>
      store.country.list(
        { ...filters, iso_2: filters?.iso_2?.map((code) => assertIso2(code, 'filters.iso_2')) },
        store.country.page(pagination),
        { withDeleted: with_deleted },
      ),
  },
};
