/**
 * Real Medusa 2.21.2 beside our gateway on the same store (`--gateways …,medusa`): conformance's
 * set-up (conformance/medusa.ts) on the benchmark's cluster, conformance's store seeded into both
 * through their admin APIs, conformance's generated checkouts made on both through their storefront
 * APIs; then the cart page and a completed cart's order page through each storefront API under the
 * same load, with the CPU time of every process that serves them. See bench/README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { Pool } from 'pg';
import { issueToken, type TokenClaims } from '../kit/auth';
import { openDatabase } from '../kit/database';
import { projectPath } from '../kit/paths';
import { migrateAll } from '../bin/supergraph';
import { CART_TOTALS, checkoutOnMedusa, checkoutOnOurs, contextOf, type Snapshot } from '../conformance/checkout';
import { compare, sameValue, type Difference } from '../conformance/compare';
import { generateCheckouts, type Checkout } from '../conformance/generator';
import { startMedusa } from '../conformance/medusa';
import { OursError, type GraphQLError, type OursClient } from '../conformance/ours';
import { cleanup as stopConformanceProcesses } from '../conformance/processes';
import { seedMedusa, seedOurs } from '../conformance/seed';
import { FEATURES, PROMOTIONS, type Feature } from '../conformance/store';
import type { LoadRequest, LoadResult, LoadSequence } from './load';
import { runLoad } from './load';
import type { PrivateCluster } from './postgres';
import { cpuMilliseconds, freePort, sampleRss, type NodeProcess } from './processes';
import type { MedusaRun, PageId, Side } from './report';
import { startSubgraphs, type RunningSubgraphs } from './subgraphs';

/**
 * Left out of the shared store: campaign budgets, whose refusals depend on the order in which
 * concurrent checkouts complete. Tax and tax-inclusive prices are in: both sides compute them.
 */
export const MEDUSA_STORE_WITHOUT: readonly Feature[] = ['budget'];
const CHECKOUT_SEED = 1;
const CHECKOUT_CONCURRENCY = 4;

/**
 * The storefront starter's `fields=` (nextjs-starter-medusa, `retrieveCart` and `retrieveOrder`),
 * added to Medusa's defaults for these routes, which already hold the totals, the items' tax lines
 * and adjustments, the shipping methods, the payment collection and its sessions. The order page
 * leaves out the starter's `*payment_collections.payments`: ours answers payments to admin users
 * only, so neither side reads them; and it adds `shipping_discount_total`, the one total of the
 * cart's that Medusa's order defaults lack, so both pages answer every total that is compared.
 */
export const MEDUSA_CART_FIELDS =
  '*items,*region,*items.product,*items.variant,*items.thumbnail,*items.metadata,+items.total,*promotions,+shipping_methods.name';
export const MEDUSA_ORDER_FIELDS = '*items,*items.metadata,*items.variant,*items.product,+shipping_discount_total';

const TOTALS = CART_TOTALS.join(' ');
const LINE_TOTALS =
  'total subtotal tax_total discount_total discount_subtotal discount_tax_total original_total original_subtotal original_tax_total item_total item_subtotal item_tax_total';
const METHOD_TOTALS =
  'total subtotal tax_total discount_total discount_subtotal discount_tax_total original_total original_subtotal original_tax_total';
const ADDRESS = 'id first_name last_name company address_1 address_2 city postal_code country_code province phone';
const ITEM = `id title subtitle thumbnail quantity unit_price compare_at_unit_price is_tax_inclusive requires_shipping is_discountable is_giftcard metadata
      variant_id product_id product_title product_description product_subtitle product_type product_type_id product_collection product_handle variant_sku variant_barcode variant_title
      created_at updated_at ${LINE_TOTALS}
      tax_lines { id description code rate provider_id }
      adjustments { id code amount promotion_id is_tax_inclusive }
      product { id title handle subtitle description thumbnail status collection_id type_id categories { id } tags { id } }
      variant { id title sku barcode product_id manage_inventory allow_backorder }`;

/** Our storefront's cart page with what Medusa's answer holds (its defaults and the starter's fields). */
export const OURS_CART_QUERY = `query CartPage($id: ID!) {
  cart(id: $id) {
    id email currency_code locale region_id sales_channel_id created_at updated_at completed_at metadata
    ${TOTALS} discount_subtotal original_subtotal original_item_subtotal original_item_tax_total item_discount_total
    original_shipping_subtotal original_shipping_tax_total credit_line_total credit_line_subtotal credit_line_tax_total
    customer { id email }
    shipping_address { ${ADDRESS} }
    billing_address { ${ADDRESS} }
    region { id name currency_code automatic_taxes countries { iso_2 iso_3 name display_name } }
    items { ${ITEM} }
    promotions { id code is_automatic is_tax_inclusive application_method { value type currency_code } }
    shipping_methods { id name amount is_tax_inclusive shipping_option_id ${METHOD_TOTALS}
      tax_lines { id description code rate provider_id }
      adjustments { id code amount promotion_id } }
    payment_collection { id currency_code amount status payment_sessions { id amount currency_code provider_id status data } }
    credit_lines { id amount reference reference_id }
  }
}`;

/** Our storefront's order page with what Medusa's holds. */
export const OURS_ORDER_QUERY = `query OrderPage($id: ID!) {
  order(id: $id) {
    id status display_id custom_display_id currency_code region_id email created_at updated_at metadata
    ${TOTALS} discount_subtotal original_subtotal original_item_subtotal original_item_tax_total
    original_shipping_subtotal original_shipping_tax_total credit_line_total
    summary { paid_total refunded_total pending_difference current_order_total original_order_total transaction_total }
    shipping_address { ${ADDRESS} }
    billing_address { ${ADDRESS} }
    items { ${ITEM.replace('is_discountable is_giftcard', 'is_discountable is_giftcard detail { id quantity fulfilled_quantity shipped_quantity }')} }
    shipping_methods { id name amount is_tax_inclusive shipping_option_id ${METHOD_TOTALS}
      tax_lines { id description code rate provider_id }
      adjustments { id code amount promotion_id } }
    payment_collections { id currency_code amount status }
    credit_lines { id amount reference reference_id }
  }
}`;

export interface MedusaPeerSetup {
  cluster: PrivateCluster;
  subgraphSecret: string;
  jwtSecret: string;
  /** Starts our gateway on `port` over these subgraph routes (as the rest of the benchmark does). */
  startOursGateway(routes: Record<string, string>, port: number): Promise<{ process: NodeProcess; url: string }>;
  say(line: string): void;
  cleanup: (() => Promise<void>)[];
}

export interface MedusaComparison {
  version: string;
  checkouts: number;
  completed: number;
  setupSeconds: Record<string, number>;
  runs: MedusaRun[];
  /** Values the two sides answered differently: a non-empty list fails the run. */
  differences: string[];
}

/** One page of one side: a request per cart or order, in the same order on both sides. */
interface Page {
  sequence: LoadSequence;
  url: string;
}

export async function compareWithMedusa(
  setup: MedusaPeerSetup,
  options: { carts: number; duration: number; warmup: number; rounds: number; connections: number },
): Promise<MedusaComparison> {
  const { cluster, say } = setup;
  const timings: Record<string, number> = {};
  const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const from = Date.now();
    const result = await work();
    timings[name] = (Date.now() - from) / 1000;
    say(`medusa comparison · ${name}: ${timings[name].toFixed(0)} s`);
    return result;
  };
  await cluster.admin('create database medusa');
  await cluster.admin('create database store');
  // Medusa's processes (install, migrate, server) are conformance's: stopped by its clean-up, before the cluster.
  setup.cleanup.push(() => stopConformanceProcesses());

  const oursSide = async () => {
    const db = await openDatabase({ url: cluster.url('store'), poolSize: 2 });
    try {
      await migrateAll(db);
    } finally {
      await db.close();
    }
    // The workflows subgraph reads through the gateway: its port is chosen before the subgraphs start.
    const port = await freePort();
    const subgraphs = await startSubgraphs({
      databaseUrl: cluster.url('store'),
      subgraphSecret: setup.subgraphSecret,
      gatewayUrl: `http://127.0.0.1:${port}/graphql`,
    });
    setup.cleanup.push(() => subgraphs.stop());
    const gateway = await setup.startOursGateway(subgraphs.routes, port);
    setup.cleanup.push(() => gateway.process.stop());
    return { subgraphs, gateway, client: await oursClient(gateway.url, setup.jwtSecret) };
  };
  const [medusa, ours] = await Promise.all([
    timed('Medusa set-up (conformance/medusa.ts)', () =>
      startMedusa(join(projectPath(), 'conformance', '.work'), cluster.url('medusa'), (line) =>
        say(`medusa comparison · ${line}`),
      ),
    ),
    timed('our subgraphs and gateway on an empty database', oursSide),
  ]);

  const enabled = new Set(FEATURES.filter((feature) => !MEDUSA_STORE_WITHOUT.includes(feature)));
  const promotions = PROMOTIONS.filter((promotion) => enabled.has(promotion.feature));
  const [medusaStore, oursStore] = await timed('seed (conformance/store.ts, through both admin APIs)', () =>
    Promise.all([seedMedusa(medusa, enabled, promotions), seedOurs(ours.client, enabled, promotions)]),
  );
  const medusaDb = new Pool({ connectionString: cluster.url('medusa'), max: 2 });
  const oursDb = new Pool({ connectionString: cluster.url('store'), max: 2 });
  setup.cleanup.push(async () => {
    await medusaDb.end();
    await oursDb.end();
  });
  const medusaCodes = await medusa.admin.get<{ promotions: { id: string; code: string }[] }>(
    '/admin/promotions?limit=200&fields=id,code',
  );
  const oursCodes = await ours.client.query<{ promotions: { data: { id: string; code: string }[] } }>(
    '{ promotions(pagination: { take: 200 }) { data { id code } } }',
  );
  const medusaContext = contextOf(medusaStore, new Map(medusaCodes.promotions.map((p) => [p.id, p.code])), medusaDb);
  const oursContext = contextOf(oursStore, new Map(oursCodes.promotions.data.map((p) => [p.id, p.code])), oursDb);

  // Every other checkout is completed: the open ones are the cart page's, the completed ones the order page's.
  const checkouts = generateCheckouts(options.carts, CHECKOUT_SEED, promotions, enabled);
  const differences: string[] = [];
  const made: MadeCheckout[] = [];
  await timed(`${checkouts.length} checkouts on both (conformance/generator.ts)`, async () => {
    const queue = [...checkouts];
    await Promise.all(
      Array.from({ length: CHECKOUT_CONCURRENCY }, async () => {
        for (let checkout = queue.shift(); checkout; checkout = queue.shift()) {
          const complete = checkout.index % 2 === 1;
          const medusaIds: { cart?: string; order?: string } = {};
          const oursIds: { cart?: string; order?: string } = {};
          const [m, o] = await Promise.all([
            checkoutOnMedusa(medusa, medusaContext, checkout, { complete, ids: medusaIds }),
            checkoutOnOurs(ours.client, oursContext, checkout, { complete, ids: oursIds }),
          ]);
          for (const difference of compare(m, o)) differences.push(describe(checkout, difference));
          if (complete && (!medusaIds.order || !oursIds.order)) {
            differences.push(
              `checkout ${checkout.index}: completed on ${medusaIds.order ? 'Medusa' : 'neither'}${oursIds.order ? ' and ours' : ''} only (${String(m.get('step.complete'))} / ${String(o.get('step.complete'))})`,
            );
            continue;
          }
          made.push({ checkout, medusa: medusaIds, ours: oursIds, snapshot: { medusa: m, ours: o } });
        }
      }),
    );
  });
  made.sort((a, b) => a.checkout.index - b.checkout.index);
  if (differences.length) return finish([]);

  const tokens = {
    medusa: (checkout: Checkout) =>
      checkout.customer ? medusaStore.customers.get(checkout.customer)!.token : undefined,
    ours: (checkout: Checkout) => (checkout.customer ? oursStore.customers.get(checkout.customer)!.token : undefined),
  };
  const bearer = (token: string | undefined): Record<string, string> =>
    token ? { authorization: `Bearer ${token}` } : {};
  const open = made.filter((entry) => !entry.medusa.order);
  const completed = made.filter((entry) => entry.medusa.order);
  const medusaHeaders = (checkout: Checkout) => ({
    'x-publishable-api-key': medusa.publishableKey,
    ...bearer(tokens.medusa(checkout)),
  });
  // As a storefront sends them: the shopper's own token when signed in (a registered customer's cart and order are theirs alone on ours), none for a guest.
  const pages: Record<PageId, Record<Side, Page>> = {
    cart: {
      medusa: {
        url: medusa.url,
        sequence: restSequence(
          open.map(({ checkout, medusa: ids }) => ({
            method: 'GET',
            path: `/store/carts/${ids.cart}?fields=${encodeURIComponent(MEDUSA_CART_FIELDS)}`,
            headers: medusaHeaders(checkout),
          })),
          '{"cart":{',
        ),
      },
      ours: {
        url: new URL(ours.gateway.url).origin,
        sequence: graphqlSequence(
          open.map(({ checkout, ours: ids }) => ({
            method: 'POST',
            path: '/graphql',
            body: JSON.stringify({ query: OURS_CART_QUERY, variables: { id: ids.cart } }),
            headers: bearer(tokens.ours(checkout)),
          })),
        ),
      },
    },
    order: {
      medusa: {
        url: medusa.url,
        sequence: restSequence(
          completed.map(({ checkout, medusa: ids }) => ({
            method: 'GET',
            path: `/store/orders/${ids.order}?fields=${encodeURIComponent(MEDUSA_ORDER_FIELDS)}`,
            headers: medusaHeaders(checkout),
          })),
          '{"order":{',
        ),
      },
      ours: {
        url: new URL(ours.gateway.url).origin,
        sequence: graphqlSequence(
          completed.map(({ checkout, ours: ids }) => ({
            method: 'POST',
            path: '/graphql',
            body: JSON.stringify({ query: OURS_ORDER_QUERY, variables: { id: ids.order } }),
            headers: bearer(tokens.ours(checkout)),
          })),
        ),
      },
    },
  };

  // Once, every cart and order of the sequences through both pages: the same totals, or the run fails.
  await timed('totals check (every page once on both sides)', async () => {
    for (const page of ['cart', 'order'] as const) {
      const entries = page === 'cart' ? open : completed;
      for (const [index, entry] of entries.entries()) {
        const [m, o] = await Promise.all([send(pages[page].medusa, index), send(pages[page].ours, index)]);
        const medusaRecord = (m as Record<string, Record<string, unknown>>)[page];
        const oursRecord = (o as { data: Record<string, Record<string, unknown>> }).data[page];
        for (const field of CART_TOTALS) {
          const medusaValue = medusaRecord[field] as number;
          const oursValue = oursRecord[field] as string;
          if (!sameValue(medusaValue, oursValue))
            differences.push(
              `${page} page of checkout ${entry.checkout.index}: ${field} is ${medusaValue} on Medusa, ${oursValue} on ours`,
            );
        }
        const lines = (record: Record<string, unknown>) => (record.items as unknown[]).length;
        if (lines(medusaRecord) !== lines(oursRecord))
          differences.push(`${page} page of checkout ${entry.checkout.index}: a different number of lines`);
      }
    }
  });
  if (differences.length) return finish([]);

  const runs: MedusaRun[] = [];
  const postgresPid = cluster.postmasterPid();
  const postgresCpu = () => cpuMilliseconds(postgresPid, { withExited: true });
  const subgraphsCpu = (subgraphs: RunningSubgraphs) => {
    const values = subgraphs.processes.map((subgraph) => cpuMilliseconds(subgraph.pid));
    return values.some((value) => value === undefined) ? undefined : values.reduce((a, b) => a! + b!, 0);
  };
  for (let round = 1; round <= options.rounds; round++) {
    const sides: Side[] = round % 2 === 1 ? ['ours', 'medusa'] : ['medusa', 'ours'];
    for (const side of sides) {
      const pid = side === 'ours' ? ours.gateway.process.pid : medusa.pid;
      for (const page of ['cart', 'order'] as const) {
        const { url, sequence } = pages[page][side];
        const load = { url, operation: sequence, headers: {}, connections: options.connections };
        if (options.warmup > 0)
          await runLoad({ ...load, seconds: options.warmup, startAt: Math.floor(sequence.requests!.length / 2) });
        const sampler = sampleRss(pid);
        const before = {
          process: cpuMilliseconds(pid),
          subgraphs: side === 'ours' ? subgraphsCpu(ours.subgraphs) : 0,
          postgres: postgresCpu(),
        };
        const result = await runLoad({ ...load, seconds: options.duration });
        const after = {
          process: cpuMilliseconds(pid),
          subgraphs: side === 'ours' ? subgraphsCpu(ours.subgraphs) : 0,
          postgres: postgresCpu(),
        };
        const peakRssBytes = sampler.stop();
        const perRequest = (key: keyof typeof before) => {
          const from = before[key];
          const to = after[key];
          return from === undefined || to === undefined || result.responses === 0
            ? undefined
            : (to - from) / result.responses;
        };
        const run: MedusaRun = {
          round,
          side,
          page,
          load: result,
          peakRssBytes,
          processCpuMs: perRequest('process'),
          subgraphsCpuMs: side === 'ours' ? perRequest('subgraphs') : undefined,
          postgresCpuMs: perRequest('postgres'),
        };
        runs.push(run);
        say(`medusa comparison · round ${round}/${options.rounds} · ${side} · ${page} page: ${summary(run)}`);
      }
    }
  }
  return finish(runs);

  function finish(measured: MedusaRun[]): MedusaComparison {
    if (differences.length) say(`medusa comparison · DIFFERENT ANSWERS: ${differences.slice(0, 10).join('; ')}`);
    return {
      version: medusa.version,
      checkouts: made.length,
      completed: made.filter((entry) => entry.medusa.order).length,
      setupSeconds: timings,
      runs: measured,
      differences,
    };
  }
}

interface MadeCheckout {
  checkout: Checkout;
  medusa: { cart?: string; order?: string };
  ours: { cart?: string; order?: string };
  snapshot: { medusa: Snapshot; ours: Snapshot };
}

function describe(checkout: Checkout, difference: Difference): string {
  return `checkout ${checkout.index}: ${difference.path} is ${String(difference.medusa)} on Medusa, ${String(difference.ours)} on ours`;
}

function restSequence(requests: LoadRequest[], answerStart: string): LoadSequence {
  return { bodies: [], requests, isAnswer: (body) => body.startsWith(answerStart) };
}

function graphqlSequence(requests: LoadRequest[]): LoadSequence {
  return { bodies: [], requests };
}

/** One request of a page's sequence, outside the load: its parsed answer, or an error saying what came back. */
async function send(page: Page, index: number): Promise<unknown> {
  const request = page.sequence.requests![index];
  const response = await fetch(new URL(request.path, page.url), {
    method: request.method,
    headers: { 'content-type': 'application/json', accept: 'application/json', ...request.headers },
    body: request.body,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  const isAnswer = page.sequence.isAnswer ?? ((body: string) => body.includes('"data"') && !body.includes('"errors"'));
  if (!response.ok || !isAnswer(text))
    throw new Error(
      `${request.method} ${new URL(request.path, page.url).href} answered ${response.status}: ${text.slice(0, 800)}`,
    );
  return JSON.parse(text) as unknown;
}

function summary(run: MedusaRun): string {
  const load: LoadResult = run.load;
  const ms = (value: number | undefined) => (value === undefined ? 'n/a' : value.toFixed(1));
  return (
    `${load.requestsPerSecond.toFixed(1)} req/s, p50 ${load.p50.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms, ` +
    `${load.errors + load.non2xx + load.graphqlErrors} failed of ${load.responses}, peak RSS ${(run.peakRssBytes / 2 ** 20).toFixed(0)} MB; ` +
    `CPU per request: ${run.side === 'ours' ? `gateway ${ms(run.processCpuMs)} ms, subgraphs ${ms(run.subgraphsCpuMs)} ms` : `Medusa ${ms(run.processCpuMs)} ms`}, PostgreSQL ${ms(run.postgresCpuMs)} ms` +
    (load.firstError ? `; first failure: ${load.firstError.slice(0, 300)}` : '')
  );
}

/**
 * A client of our gateway for conformance's seed and checkouts: admin requests with an admin
 * user's token; which admin mutations exist (and their `data` types) from the committed API schema
 * (gateway/api-schema.graphql), as the production gateway answers no introspection.
 */
async function oursClient(url: string, jwtSecret: string): Promise<OursClient> {
  const tokenFor = (claims: TokenClaims) => issueToken(claims, jwtSecret, { expiresIn: '1d' });
  const adminToken = await tokenFor({ actor_type: 'user', actor_id: 'user_bench' });
  const schema = buildSchema(readFileSync(projectPath('gateway', 'api-schema.graphql'), 'utf8'));
  const mutations = new Map(
    Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => {
      const data = field.args.find((arg) => arg.name === 'data');
      return [field.name, data ? String(data.type) : ''];
    }),
  );
  const query = async <Data>(
    text: string,
    variables: Record<string, unknown> = {},
    token: string | null = adminToken,
  ): Promise<Data> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: text, variables }),
      signal: AbortSignal.timeout(60_000),
    });
    const body = (await response.json()) as { data?: Data; errors?: GraphQLError[] };
    if (body.errors?.length) throw new OursError(body.errors);
    return body.data as Data;
  };
  return { query, tokenFor, mutations };
}
