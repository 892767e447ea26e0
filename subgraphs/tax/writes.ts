import type { Queryable } from '../../kit/database';
import { badUserInput, conflict, notFound } from '../../kit/errors';
import { generateId } from '../../kit/ids';
import { MAX_ROWS_PER_WRITE, type WriteRule } from '../../kit/writes';

type Written = Parameters<NonNullable<WriteRule['apply']>>[1];
interface RuleInput {
  reference: string;
  reference_id: string;
}

/** Medusa's normalizeRegionCodes: country and province codes in lower case. */
function lowerCodes(input: Record<string, unknown>): Record<string, unknown> {
  const { country_code, province_code } = input;
  return {
    ...input,
    ...(typeof country_code === 'string' ? { country_code: country_code.toLowerCase() } : {}),
    ...(typeof province_code === 'string' ? { province_code: province_code.toLowerCase() } : {}),
  };
}

/**
 * Medusa's admin rule (a country's region needs a provider), the model's checks (a province's
 * region has a province code and no provider of its own), verifyProvinceToCountryMatch (the parent
 * is a live region of the same country) and the one live region per country and province, each
 * refused with Medusa's message before anything is written.
 */
async function checkRegions(db: Queryable, written: Written): Promise<void> {
  const parentIds = written.map(({ input }) => input.parent_id).filter((id): id is string => typeof id === 'string');
  const parents = await db.query<{ id: string; country_code: string }>(
    'select id, country_code from tax.tax_region where id = any($1::text[]) and deleted_at is null',
    [parentIds],
  );
  const seen = new Set<string>();
  for (const { input, argument } of written) {
    const country = String(input.country_code);
    const province = (input.province_code as string | null | undefined) ?? null;
    if (!input.parent_id && !input.provider_id)
      throw badUserInput('Provider is required when creating a non-province tax region.', {
        argument: `${argument}.provider_id`,
      });
    if (input.parent_id) {
      if (!province)
        throw badUserInput('A province tax region needs a province_code', { argument: `${argument}.province_code` });
      if (input.provider_id)
        throw badUserInput("A province tax region has no provider of its own: its country's applies", {
          argument: `${argument}.provider_id`,
        });
      const parent = parents.find((candidate) => candidate.id === input.parent_id);
      if (!parent)
        throw badUserInput(
          `Province region must belong to a parent region. You are trying to create a province region with (country: ${country}, province: ${province}) but parent does not exist`,
          { argument: `${argument}.parent_id` },
        );
      if (parent.country_code !== country)
        throw badUserInput(
          `Province region must belong to a parent region with the same country code. You are trying to create a province region with (country: ${country}, province: ${province}) but parent expects (country: ${parent.country_code})`,
          { argument: `${argument}.parent_id` },
        );
    }
    const key = `${country}\u0000${province ?? ''}`;
    const [taken] = await db.query<{ id: string }>(
      `select id from tax.tax_region where country_code = $1 and province_code is not distinct from $2 and deleted_at is null`,
      [country, province],
    );
    if (taken || seen.has(key))
      throw conflict(
        province
          ? `Tax region with country_code: ${country}, province_code: ${province}, already exists.`
          : `Tax region with country_code: ${country}, already exists.`,
        { argument: `${argument}.country_code` },
      );
    seen.add(key);
  }
}

/** The model's checks on an update: a province's region keeps its province code and has no provider of its own. */
async function checkRegionUpdate(db: Queryable, written: Written): Promise<void> {
  for (const { id, input, argument } of written) {
    const [region] = await db.query<{ parent_id: string | null }>(
      'select parent_id from tax.tax_region where id = $1',
      [id],
    );
    if (!region?.parent_id) continue;
    if (input.province_code === null)
      throw badUserInput('A province tax region needs a province_code', { argument: `${argument}.province_code` });
    if (input.provider_id != null)
      throw badUserInput("A province tax region has no provider of its own: its country's applies", {
        argument: `${argument}.provider_id`,
      });
  }
}

/** Medusa's createTaxRegions: each region's `default_tax_rate` becomes its default rate, by the region's creator. */
async function createDefaultRates(db: Queryable, written: Written): Promise<void> {
  for (const { id, input } of written) {
    const rate = input.default_tax_rate as Record<string, unknown> | null | undefined;
    if (!rate) continue;
    await db.query(
      `insert into tax.tax_rate (id, rate, code, name, is_default, is_combinable, tax_region_id, metadata, created_by)
       select $1, $2, $3, $4, true, $5, id, $6, created_by from tax.tax_region where id = $7`,
      [
        generateId('txr'),
        rate.rate ?? null,
        rate.code,
        rate.name,
        rate.is_combinable ?? false,
        rate.metadata == null ? null : JSON.stringify(rate.metadata),
        id,
      ],
    );
  }
}

/**
 * A rate's region must be live (Medusa's message for a missing relation) and hold at most one
 * default rate (Medusa's message for its unique index), refused before anything is written.
 */
async function checkRates(db: Queryable, written: Written, creating: boolean): Promise<void> {
  const regionOf = new Map<string, string>();
  if (!creating) {
    const rows = await db.query<{ id: string; tax_region_id: string }>(
      'select id, tax_region_id from tax.tax_rate where id = any($1::text[])',
      [written.map(({ id }) => id)],
    );
    for (const row of rows) regionOf.set(row.id, row.tax_region_id);
  }
  const defaults = new Set<string>();
  for (const { id, input, argument } of written) {
    const region = creating ? String(input.tax_region_id) : regionOf.get(id)!;
    if (creating) {
      const [live] = await db.query('select 1 from tax.tax_region where id = $1 and deleted_at is null', [region]);
      if (!live)
        throw notFound(`You tried to set relationship tax_region_id: ${region}, but such entity does not exist`, {
          argument: `${argument}.tax_region_id`,
        });
    }
    const rules = input.rules as RuleInput[] | null | undefined;
    if (rules && rules.length > MAX_ROWS_PER_WRITE)
      throw badUserInput(`${argument}.rules may hold at most ${MAX_ROWS_PER_WRITE} rules, got ${rules.length}`, {
        argument: `${argument}.rules`,
      });
    if (input.is_default !== true) continue;
    const [other] = await db.query(
      'select 1 from tax.tax_rate where tax_region_id = $1 and is_default and deleted_at is null and id <> $2',
      [region, id],
    );
    if (other || defaults.has(region))
      throw conflict(`Tax rate with tax_region_id: ${region}, already exists.`, {
        argument: `${argument}.is_default`,
      });
    defaults.add(region);
  }
}

/**
 * Medusa's createTaxRates and setTaxRateRulesForTaxRates: the rules given are the rate's rules
 * (on an update the old ones are soft-deleted first), created by who writes them (on an update,
 * the updating user: Medusa 2.21.2's updateTaxRatesWorkflow passes `created_by: update.updated_by`).
 */
async function setRules(db: Queryable, written: Written, replace: boolean, writer?: string): Promise<void> {
  for (const { id, input } of written) {
    const rules = input.rules as RuleInput[] | null | undefined;
    if (!rules) continue;
    if (replace)
      await db.query(
        'update tax.tax_rate_rule set deleted_at = now(), updated_at = now() where tax_rate_id = $1 and deleted_at is null',
        [id],
      );
    if (rules.length === 0) continue;
    await db.query(
      `insert into tax.tax_rate_rule (id, tax_rate_id, reference, reference_id, created_by)
       select rule.id, r.id, rule.reference, rule.reference_id, coalesce($5, r.created_by)
         from tax.tax_rate r, unnest($2::text[], $3::text[], $4::text[]) as rule (id, reference, reference_id)
        where r.id = $1`,
      [
        id,
        rules.map(() => generateId('txrule')),
        rules.map((rule) => rule.reference),
        rules.map((rule) => rule.reference_id),
        writer ?? null,
      ],
    );
  }
}

/** A rule's rate must be live. */
async function checkRuleRates(db: Queryable, written: Written): Promise<void> {
  for (const { input, argument } of written) {
    const [live] = await db.query('select 1 from tax.tax_rate where id = $1 and deleted_at is null', [
      input.tax_rate_id,
    ]);
    if (!live)
      throw notFound(
        `You tried to set relationship tax_rate_id: ${String(input.tax_rate_id)}, but such entity does not exist`,
        {
          argument: `${argument}.tax_rate_id`,
        },
      );
  }
}

/** The tax module's rules on its derived writes (kit/writes.ts): Medusa's nested shapes and checks. */
export const writeRules: Record<string, WriteRule> = {
  create_tax_regions: {
    fields: ['default_tax_rate'],
    prepare: lowerCodes,
    check: checkRegions,
    apply: createDefaultRates,
  },
  update_tax_regions: { prepare: lowerCodes, check: checkRegionUpdate },
  create_tax_rates: {
    fields: ['rules'],
    check: (db, written) => checkRates(db, written, true),
    apply: (db, written, writer) => setRules(db, written, false, writer),
  },
  update_tax_rates: {
    fields: ['rules'],
    check: (db, written) => checkRates(db, written, false),
    apply: (db, written, writer) => setRules(db, written, true, writer),
  },
  create_tax_rate_rules: { check: checkRuleRates },
};
