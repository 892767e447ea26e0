/**
 * `npm run conformance`: real Medusa 2.21.2 and the supergraph side by side on a private PostgreSQL,
 * the same store seeded into both through their admin APIs, the same generated checkouts run through
 * both storefront APIs, compared value by value; writes conformance/report.md, exits 1 on any
 * unexplained difference. See conformance/README.md.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { checkoutOnMedusa, checkoutOnOurs, contextOf, type Snapshot } from './checkout';
import { compare } from './compare';
import { explain } from './explained';
import { generateCheckouts, type Checkout } from './generator';
import { startMedusa } from './medusa';
import { startOurs } from './ours';
import { cleanup, onCleanup, startCluster } from './processes';
import { writeReport, type RunResult } from './report';
import { seedMedusa, seedOurs } from './seed';
import { FEATURES, PROMOTIONS, type Feature } from './store';

const HELP = `npm run conformance -- [options]

  --checkouts N      generated checkouts (default 200)
  --seed N           the generator's seed (default 1)
  --concurrency N    checkouts run at once (default 4; those with a budgeted code run one by one)
  --without a,b      leave these features out of the store and the checkouts
  --medusa-only a,b  treat these features as not supported by the supergraph (run on Medusa only)
  --keep             leave Medusa, the supergraph and PostgreSQL running at the end (Ctrl-C stops them)
  --help

Features: ${FEATURES.join(', ')}.
Writes conformance/report.md; exits 1 on an unexplained difference.`;

/** Features the supergraph has only when its gateway schema has these admin mutations. */
const NEEDS: Partial<Record<Feature, string[]>> = {
  tax: ['create_tax_regions', 'create_tax_rates'],
  'tax-inclusive': ['create_price_preferences'],
};

const features = (text: string | undefined): Feature[] => {
  const list = (text ?? '').split(',').filter(Boolean);
  for (const name of list)
    if (!FEATURES.includes(name as Feature)) throw new Error(`unknown feature ${name}; known: ${FEATURES.join(', ')}`);
  return list as Feature[];
};

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      checkouts: { type: 'string', default: '200' },
      seed: { type: 'string', default: '1' },
      concurrency: { type: 'string', default: '4' },
      without: { type: 'string' },
      'medusa-only': { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const count = Number(values.checkouts);
  const seed = Number(values.seed);
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || !(concurrency >= 1))
    throw new Error('--checkouts and --seed take whole numbers');
  const without = features(values.without);
  const enabled = new Set(FEATURES.filter((feature) => !without.includes(feature)));
  const say = (line: string) => console.log(`[conformance] ${line}`);
  const timings: Record<string, number> = {};
  const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    const result = await work();
    timings[name] = (Date.now() - started) / 1000;
    say(`${name}: ${timings[name].toFixed(0)}s`);
    return result;
  };

  const work = join(__dirname, '.work');
  mkdirSync(work, { recursive: true });
  const cluster = await timed('postgres', () => startCluster(join(work, 'pg'), ['medusa', 'supergraph']));
  const [medusa, ours] = await Promise.all([
    timed('medusa set-up', () => startMedusa(work, cluster.url('medusa'), say)),
    timed('supergraph set-up', () => startOurs(cluster.url('supergraph'))),
  ]);
  onCleanup(() => ours.running.stop());
  const unsupported = new Set(features(values['medusa-only']));
  for (const [feature, mutations] of Object.entries(NEEDS)) {
    if (mutations.some((name) => !ours.mutations.has(name))) unsupported.add(feature as Feature);
  }
  const promotions = PROMOTIONS.filter((promotion) => enabled.has(promotion.feature));
  const oursFeatures = new Set([...enabled].filter((feature) => !unsupported.has(feature)));
  const [medusaStore, oursStore] = await timed('seed', () =>
    Promise.all([seedMedusa(medusa, enabled, promotions), seedOurs(ours, oursFeatures, promotions)]),
  );

  const medusaDb = new Pool({ connectionString: cluster.url('medusa'), max: 2 });
  const oursDb = new Pool({ connectionString: cluster.url('supergraph'), max: 2 });
  onCleanup(() => medusaDb.end());
  onCleanup(() => oursDb.end());
  const medusaPromotions = await medusa.admin.get<{ promotions: { id: string; code: string }[] }>(
    '/admin/promotions?limit=200&fields=id,code',
  );
  const oursPromotions = await ours.query<{ promotions: { data: { id: string; code: string }[] } }>(
    '{ promotions(pagination: { take: 200 }) { data { id code } } }',
  );
  const medusaSide = contextOf(medusaStore, new Map(medusaPromotions.promotions.map((p) => [p.id, p.code])), medusaDb);
  const oursSide = contextOf(oursStore, new Map(oursPromotions.promotions.data.map((p) => [p.id, p.code])), oursDb);

  const checkouts = generateCheckouts(count, seed, promotions, enabled);
  const result: RunResult = {
    versions: {
      '@medusajs/medusa': medusa.version,
      supergraph: `commerce-supergraph ${(JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version}`,
      node: process.version,
      postgresql: '15 (private cluster)',
    },
    seed,
    checkouts,
    compared: [],
    medusaOnly: [],
    unsupported: [...unsupported],
    without,
    differences: [],
    failures: [],
    timings,
  };
  let done = 0;
  const one = async (checkout: Checkout) => {
    const missing = checkout.features.filter((feature) => unsupported.has(feature));
    if (missing.length) {
      // Not completed: a completion would count a promotion's use on Medusa alone.
      await checkoutOnMedusa(medusa, medusaSide, checkout, { complete: false }).catch((error: Error) =>
        result.failures.push({ checkout, side: 'Medusa', message: error.message }),
      );
      result.medusaOnly.push({ checkout, missing });
    } else {
      const run = (side: string, work: () => Promise<Snapshot>) =>
        work().catch((error: Error) => {
          result.failures.push({ checkout, side, message: error.message });
          return undefined;
        });
      const [m, o] = await Promise.all([
        run('Medusa', () => checkoutOnMedusa(medusa, medusaSide, checkout)),
        run('supergraph', () => checkoutOnOurs(ours, oursSide, checkout)),
      ]);
      result.compared.push(checkout);
      if (m && o) {
        for (const difference of compare(m, o)) {
          result.differences.push({ checkout, difference, explanation: explain(difference) });
        }
      }
    }
    if (++done % 25 === 0) say(`${done} checkouts, ${result.differences.length} differing values so far`);
  };
  await timed(`${count} checkouts`, async () => {
    // Checkouts with a budgeted code run one after another, in order, after the rest: which of them
    // Medusa refuses once the budget is spent must not depend on timing. The rest run `concurrency` at a time.
    const budgeted = checkouts.filter((checkout) => checkout.features.includes('budget'));
    const queue = checkouts.filter((checkout) => !checkout.features.includes('budget'));
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await one(next);
      }),
    );
    for (const checkout of budgeted) await one(checkout);
  });
  const byIndex = (a: { checkout: Checkout }, b: { checkout: Checkout }) => a.checkout.index - b.checkout.index;
  result.compared.sort((a, b) => a.index - b.index);
  result.medusaOnly.sort(byIndex);
  result.failures.sort(byIndex);
  result.differences.sort((a, b) => byIndex(a, b) || a.difference.path.localeCompare(b.difference.path));
  const { unexplained } = writeReport(join(__dirname, 'report.md'), result);
  say(`report: conformance/report.md (${unexplained} unexplained difference(s) or failure(s))`);
  if (values.keep) {
    say(
      `kept running: Medusa ${medusa.url}, supergraph ${ours.running.gatewayUrl}, PostgreSQL port ${cluster.port}; Ctrl-C stops them`,
    );
    await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  }
  return unexplained ? 1 : 0;
}

let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await cleanup();
  process.exit(code);
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // With --keep, main waits for SIGINT itself and then returns.
    if (process.listenerCount('SIGINT') > 1 && signal === 'SIGINT') return;
    console.error(`\n${signal}: stopping Medusa, the supergraph and PostgreSQL…`);
    void stop(130);
  });
}
main().then(
  (code) => stop(code),
  (error: unknown) => {
    console.error(error);
    void stop(2);
  },
);
