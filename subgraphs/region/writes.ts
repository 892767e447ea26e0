import type { Queryable } from '../../kit/database';
import { badUserInput } from '../../kit/errors';
import type { WriteRule } from '../../kit/writes';

/** More codes than ISO 3166-1 has countries (249) are refused before any is looked up. */
const MAX_COUNTRIES = 300;

/** Medusa's `normalizeInput`: currency and country codes in lower case, the name trimmed. */
function prepare(input: Record<string, unknown>): Record<string, unknown> {
  const { name, currency_code, countries } = input;
  return {
    ...input,
    ...(typeof name === 'string' ? { name: name.trim() } : {}),
    ...(typeof currency_code === 'string' ? { currency_code: currency_code.toLowerCase() } : {}),
    ...(Array.isArray(countries) ? { countries: countries.map((code) => String(code).toLowerCase()) } : {}),
  };
}

const list = (codes: string[]) => `"${codes.map((code) => code.slice(0, 8)).join(', ')}"`;

/**
 * Medusa's `validateCountries` and the claim that follows: the regions given `countries` first let
 * go of theirs (an update replaces them), then each code must name a country no region owns, once.
 * The claim only takes countries still free, so two writes racing for one cannot both get it.
 */
async function claimCountries(db: Queryable, written: Parameters<NonNullable<WriteRule['apply']>>[1]): Promise<void> {
  const claims = written.filter((write) => Array.isArray(write.input.countries));
  if (claims.length === 0) return;
  await db.query(
    'update region.region_country set region_id = null, updated_at = now() where region_id = any($1::text[])',
    [claims.map((claim) => claim.id)],
  );
  for (const { id, input, argument } of claims) {
    const codes = input.countries as string[];
    if (codes.length === 0) continue;
    const at = { argument: `${argument}.countries` };
    if (codes.length > MAX_COUNTRIES) {
      throw badUserInput(`${at.argument} may hold at most ${MAX_COUNTRIES} codes, got ${codes.length}`, at);
    }
    const twice = [...new Set(codes.filter((code, index) => codes.indexOf(code) !== index))];
    if (twice.length > 0)
      throw badUserInput(`Countries with codes: ${list(twice)} are already assigned to a region`, at);
    const found = await db.query<{ iso_2: string; region_id: string | null }>(
      'select iso_2, region_id from region.region_country where iso_2 = any($1::text[]) and deleted_at is null',
      [codes],
    );
    const known = new Set(found.map((country) => country.iso_2));
    const missing = codes.filter((code) => !known.has(code));
    if (missing.length > 0) throw badUserInput(`Countries with codes: ${list(missing)} do not exist`, at);
    const taken = found.filter((country) => country.region_id !== null).map((country) => country.iso_2);
    const claimed = await db.query<{ iso_2: string }>(
      `update region.region_country set region_id = $1, updated_at = now()
        where iso_2 = any($2::text[]) and region_id is null and deleted_at is null returning iso_2`,
      [id, codes],
    );
    if (taken.length > 0 || claimed.length < codes.length) {
      const lost = taken.length > 0 ? taken : codes.filter((code) => !claimed.some((row) => row.iso_2 === code));
      throw badUserInput(`Countries with codes: ${list(lost)} are already assigned to a region`, at);
    }
  }
}

/**
 * The region module's rules on its derived writes (kit/writes.ts): a region's countries, and
 * Medusa's soft delete, which frees them (a restored region has none: Medusa's own note says the
 * association is lost).
 */
export const writeRules: Record<string, WriteRule> = {
  create_regions: { fields: ['countries'], prepare, apply: claimCountries },
  update_regions: { fields: ['countries'], prepare, apply: claimCountries },
  soft_delete_regions: {
    apply: async (db, written) => {
      await db.query(
        'update region.region_country set region_id = null, updated_at = now() where region_id = any($1::text[])',
        [written.map((write) => write.id)],
      );
    },
  },
};
