/**
 * `npm run bench`: our gateway beside stock @apollo/gateway and Hive Gateway, on the same
 * subgraphs and the same data, in one run. See bench/README.md; `npm run bench -- --help`.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { issueToken } from '../kit/auth';
import { openDatabase } from '../kit/database';
import { projectPath } from '../kit/paths';
import { migrateAll } from '../bin/supergraph';
import { seedDemo } from '../seed/seed';
import { subgraphModules } from '../subgraphs';
import {
  capturePlans,
  resetStatementCount,
  startCountingRelay,
  statementCount,
  type CountingRelay,
  type ScanFinding,
} from './counting';
import { BENCH_ACTOR, gateways, writeSupergraph, type GatewayId } from './gateways';
import { postGraphql, runLoad, type LoadResult } from './load';
import { buildOperations, OPERATION_IDS, type Operation, type OperationId } from './operations';
import { parseOptions, type BenchOptions } from './options';
import { startPrivateCluster, type PrivateCluster } from './postgres';
import { cpuMilliseconds, freePort, sampleRss, waitUntil, type NodeProcess } from './processes';
import { formatProfile, summarizeProfile, type ProfileSummary } from './profile';
import {
  medusaTable,
  medusaTargetLines,
  bySubgraphLine,
  comparisonTable,
  indexSummary,
  loadAverage,
  machineDescription,
  median,
  scanLines,
  SMALL_TABLE_ROWS,
  type MeasuredRun,
  type OperationCounts,
} from './report';
import { startSubgraphs, type RunningSubgraphs } from './subgraphs';
import {
  compareWithMedusa,
  MEDUSA_CART_FIELDS,
  MEDUSA_ORDER_FIELDS,
  MEDUSA_STORE_WITHOUT,
  type MedusaComparison,
} from './medusa';

const DATABASE = 'bench';
const started = Date.now();
const loadBefore = loadAverage();

function say(message: string): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[bench ${seconds}s] ${message}`);
}

/** Everything the runs share: the cluster, the seeded data, the secrets, a scratch folder. */
interface Stage {
  cluster: PrivateCluster;
  databaseUrl: string;
  subgraphSecret: string;
  jwtSecret: string;
  token: string;
  scratch: string;
  cleanup: (() => Promise<void>)[];
}

async function prepareStage(cleanup: (() => Promise<void>)[]): Promise<Stage> {
  say('starting a private PostgreSQL cluster');
  const cluster = await startPrivateCluster();
  cleanup.push(() => cluster.stop());
  say(
    `PostgreSQL ${cluster.version} on port ${cluster.port}${cluster.hasStatementStats ? '' : ' (pg_stat_statements/auto_explain not found: SQL counts and plans are skipped)'}`,
  );
  await cluster.admin(`create database ${DATABASE}`);
  const scratch = mkdtempSync(join(tmpdir(), 'bench-'));
  cleanup.push(async () => rmSync(scratch, { recursive: true, force: true }));
  const subgraphSecret = randomBytes(24).toString('hex');
  const jwtSecret = randomBytes(32).toString('hex');
  const token = await issueToken(BENCH_ACTOR, jwtSecret, { expiresIn: '7d' });
  return { cluster, databaseUrl: cluster.url(DATABASE), subgraphSecret, jwtSecret, token, scratch, cleanup };
}

/** Migrates and seeds (the project's own seed) up to `carts`; returns the seconds it took and the cart ids. */
async function seed(stage: Stage, carts: number): Promise<{ seconds: number; cartIds: string[] }> {
  say(`migrating and seeding ${carts} carts (seed/seed.ts)`);
  const from = Date.now();
  const db = await openDatabase({ url: stage.databaseUrl, poolSize: 2 });
  try {
    await migrateAll(db);
    await seedDemo(db, { carts });
  } finally {
    await db.close();
  }
  const seconds = (Date.now() - from) / 1000;
  say(`seeded ${carts} carts in ${seconds.toFixed(1)} s; analyzing`);
  // Planner statistics as autovacuum would have them on a live database.
  await stage.cluster.query(DATABASE, 'analyze');
  const rows = await stage.cluster.query<{ id: string }>(
    DATABASE,
    'select id from cart.cart where deleted_at is null order by id',
  );
  return { seconds, cartIds: rows.map((row) => row.id) };
}

async function startAllSubgraphs(stage: Stage, nodeArgs?: Record<string, string[]>): Promise<RunningSubgraphs> {
  say(`starting the ${subgraphModules.length} subgraphs (bin/subgraph.ts, one process each)`);
  const from = Date.now();
  // The operations are reads: the workflows subgraph, which reads through a gateway, is never asked, so it is given none.
  const subgraphs = await startSubgraphs({
    databaseUrl: stage.databaseUrl,
    subgraphSecret: stage.subgraphSecret,
    gatewayUrl: 'http://127.0.0.1:1/graphql',
    nodeArgs,
  });
  stage.cleanup.push(() => subgraphs.stop());
  say(`subgraphs healthy in ${((Date.now() - from) / 1000).toFixed(1)} s`);
  return subgraphs;
}

interface RunningGateway {
  id: GatewayId;
  process: NodeProcess;
  url: string;
  headers: Record<string, string>;
}

async function startGateway(
  stage: Stage,
  id: GatewayId,
  routes: Record<string, string>,
  nodeArgs?: string[],
  /** A port chosen beforehand (the workflows subgraph is told the gateway's URL); default a free one. */
  fixedPort?: number,
): Promise<RunningGateway> {
  const port = fixedPort ?? (await freePort());
  const supergraphFile = join(stage.scratch, `supergraph-${id}-${port}.graphql`);
  writeSupergraph(routes, supergraphFile);
  const gateway = gateways[id];
  const child = gateway.start({
    port,
    routes,
    supergraphFile,
    subgraphSecret: stage.subgraphSecret,
    jwtSecret: stage.jwtSecret,
    nodeArgs,
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const headers = gateway.clientHeaders(stage.token);
  try {
    await waitUntil(
      `gateway ${gateway.title}`,
      async () => (await postGraphql(url, JSON.stringify({ query: '{ __typename }' }), headers)).status === 200,
      { process: child },
    );
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { id, process: child, url, headers };
}

/** What a GraphQL answer is, for comparing gateways: keys sorted, so key order does not count. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

interface CountingResult {
  counts: OperationCounts;
  /** The answer to the first counted request, canonical. */
  firstAnswer: string;
  plans: ScanFinding[];
  /** Database time per operation: the sum of its statements' execution times (auto_explain), ms. */
  databaseMs?: number;
  /** The statement that took longest on average, with that average. */
  slowest?: { statement: string; durationMs: number };
}

/**
 * Requests through the counting relay, each checked to be a clean answer: first `n` unmeasured
 * sequential ones (they also bring auto_explain's setting to the subgraphs' pooled connections),
 * then `n` counted sequential ones (the operation alone, with its plans), then `n × connections`
 * counted ones, `connections` at a time.
 */
async function countOperation(
  stage: Stage,
  gateway: RunningGateway,
  relay: CountingRelay,
  operation: Operation,
  n: number,
  connections: number,
  withPlans: boolean,
): Promise<CountingResult> {
  const send = async (body: string) => {
    const answer = await postGraphql(gateway.url, body, gateway.headers);
    const json = answer.json as { data?: unknown; errors?: unknown } | undefined;
    if (answer.status !== 200 || !json?.data || json.errors)
      throw new Error(
        `${gateways[gateway.id].title} answered ${operation.id} with HTTP ${answer.status}: ${(json?.errors ? JSON.stringify({ errors: json.errors }) : answer.text).slice(0, 800)}`,
      );
    return json;
  };
  let result: Omit<CountingResult, 'plans' | 'databaseMs' | 'slowest'> | undefined;
  const work = async (startCounting?: () => Promise<void>) => {
    for (let i = 0; i < n; i++) await send(operation.bodies[(n + i) % operation.bodies.length]);
    await startCounting?.();
    relay.reset();
    if (stage.cluster.hasStatementStats) await resetStatementCount(stage.cluster);
    let firstAnswer = '';
    for (let i = 0; i < n; i++) {
      const json = await send(operation.bodies[i % operation.bodies.length]);
      if (i === 0) firstAnswer = canonical(json.data);
    }
    const bySubgraph: Record<string, number> = {};
    let requests = 0;
    for (const [name, count] of relay.counts) {
      bySubgraph[name] = count / n;
      requests += count;
    }
    const sqlStatements = stage.cluster.hasStatementStats
      ? (await statementCount(stage.cluster, DATABASE)) / n
      : undefined;
    result = { counts: { subgraphRequests: requests / n, bySubgraph, sqlStatements }, firstAnswer };
  };
  const captured =
    withPlans && stage.cluster.hasStatementStats ? await capturePlans(stage.cluster, work) : (await work(), undefined);
  if (!result) throw new Error('the counting pass did not finish');
  // Then `connections` at once, as under load: a gateway may merge the subgraph requests of concurrent operations.
  relay.reset();
  if (stage.cluster.hasStatementStats) await resetStatementCount(stage.cluster);
  const total = n * connections;
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < total) {
        const index = next++;
        await send(operation.bodies[(2 * n + index) % operation.bodies.length]);
      }
    }),
  );
  const concurrentBySubgraph: Record<string, number> = {};
  let concurrentRequests = 0;
  for (const [name, count] of relay.counts) {
    concurrentBySubgraph[name] = count / total;
    concurrentRequests += count;
  }
  result.counts.concurrent = {
    connections,
    subgraphRequests: concurrentRequests / total,
    bySubgraph: concurrentBySubgraph,
    sqlStatements: stage.cluster.hasStatementStats
      ? (await statementCount(stage.cluster, DATABASE)) / total
      : undefined,
  };
  if (!captured) return { ...result, plans: [] };
  const byStatement = new Map<string, number[]>();
  for (const { statement, durationMs } of captured.statements)
    byStatement.set(statement, [...(byStatement.get(statement) ?? []), durationMs]);
  const slowest = [...byStatement]
    .map(([statement, durations]) => ({
      statement,
      durationMs: durations.reduce((a, b) => a + b, 0) / durations.length,
    }))
    .sort((a, b) => b.durationMs - a.durationMs)[0];
  const databaseMs = captured.statements.reduce((total, { durationMs }) => total + durationMs, 0) / n;
  return { ...result, plans: captured.scans, databaseMs, slowest };
}

async function tableRowCounts(stage: Stage): Promise<Record<string, number>> {
  const rows = await stage.cluster.query<{ relation: string; rows: number }>(
    DATABASE,
    `select n.nspname || '.' || c.relname as relation, greatest(c.reltuples, 0)::bigint as rows
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema')`,
  );
  return Object.fromEntries(rows.map((row) => [row.relation, Number(row.rows)]));
}

function databaseLine(time: Pick<CountingResult, 'databaseMs' | 'slowest'> | undefined): string {
  if (time?.databaseMs === undefined) return 'database time n/a';
  const slowest = time.slowest
    ? `, slowest statement ${time.slowest.durationMs.toFixed(2)} ms: \`${time.slowest.statement.slice(0, 160)}${time.slowest.statement.length > 160 ? '…' : ''}\``
    : '';
  return `database time per operation ${time.databaseMs.toFixed(2)} ms (sum of its statements' execution times)${slowest}`;
}

function sumDefined(values: (number | undefined)[]): number | undefined {
  return values.some((value) => value === undefined)
    ? undefined
    : values.reduce<number>((total, value) => total + (value ?? 0), 0);
}

function describeLoad(load: LoadResult, peakRssBytes?: number): string {
  const failed = load.errors + load.non2xx + load.graphqlErrors;
  return (
    `${load.requestsPerSecond.toFixed(0)} req/s, p50 ${load.p50.toFixed(1)} ms, p95 ${load.p95.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms` +
    `, ${failed} failed of ${load.responses}` +
    (peakRssBytes !== undefined ? `, peak RSS ${(peakRssBytes / 2 ** 20).toFixed(0)} MB` : '') +
    (load.firstError ? `; first failure: ${load.firstError.slice(0, 300)}` : '')
  );
}

function commandLine(): string {
  const args = process.argv.slice(2);
  return `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// The comparison: every gateway, every operation, in rounds.
// ---------------------------------------------------------------------------------------------

async function runComparison(options: BenchOptions, cleanup: (() => Promise<void>)[]): Promise<void> {
  const stage = await prepareStage(cleanup);
  const counts: Partial<Record<OperationId, Partial<Record<GatewayId, OperationCounts>>>> = {};
  const answers: Partial<Record<OperationId, Partial<Record<GatewayId, string>>>> = {};
  const plans: Partial<Record<OperationId, ScanFinding[]>> = {};
  const databaseTime: Partial<Record<OperationId, Pick<CountingResult, 'databaseMs' | 'slowest'>>> = {};
  const failed: Partial<Record<GatewayId, string>> = {};
  const differences: string[] = [];
  const runs: MeasuredRun[] = [];
  let seeded = { seconds: 0, cartIds: [] as string[] };
  let operations = buildOperations([]);
  // The gateways on the demo store (skipped when only Medusa is asked for).
  if (options.gateways.length) {
    seeded = await seed(stage, options.carts);
    operations = buildOperations(seeded.cartIds);
    const subgraphs = await startAllSubgraphs(stage);

    say(`counting pass: ${options.countRequests} sequential requests per operation through a counting relay`);
    const relay = await startCountingRelay(subgraphs.routes);
    cleanup.push(() => relay.close());
    for (const id of options.gateways) {
      let gateway: RunningGateway | undefined;
      try {
        gateway = await startGateway(stage, id, relay.routes);
        for (const operationId of options.operations) {
          const counted = await countOperation(
            stage,
            gateway,
            relay,
            operations[operationId],
            options.countRequests,
            options.connections,
            id === 'ours',
          );
          (counts[operationId] ??= {})[id] = counted.counts;
          (answers[operationId] ??= {})[id] = counted.firstAnswer;
          if (id === 'ours') {
            plans[operationId] = counted.plans;
            databaseTime[operationId] = { databaseMs: counted.databaseMs, slowest: counted.slowest };
          }
          const concurrent = counted.counts.concurrent;
          say(
            `${gateways[id].title} · ${operationId}: alone ${counted.counts.subgraphRequests} subgraph requests (${bySubgraphLine(counted.counts.bySubgraph)}), ${counted.counts.sqlStatements ?? 'n/a'} SQL statements per operation` +
              (concurrent
                ? `; ${concurrent.connections} at once ${concurrent.subgraphRequests.toFixed(2)} subgraph requests, ${concurrent.sqlStatements?.toFixed(2) ?? 'n/a'} SQL statements`
                : ''),
          );
        }
      } catch (error) {
        failed[id] = (error as Error).message;
        // What the gateway itself printed says why (its errors only: every gateway runs with errors-only logging).
        const printed = gateway?.process.output().trim().slice(-2000);
        say(
          `${gateways[id].title} FAILED in the counting pass: ${(error as Error).message.slice(0, 2000)}${printed ? `\nIts output:\n${printed}` : ''}`,
        );
      } finally {
        await gateway?.process.stop();
      }
    }
    for (const operationId of options.operations) {
      const byGateway = answers[operationId] ?? {};
      const reference = byGateway.ours ?? Object.values(byGateway)[0];
      for (const [id, answer] of Object.entries(byGateway)) {
        if (answer !== reference)
          differences.push(
            `${operationId}: ${gateways[id as GatewayId].title} answers differently from ${byGateway.ours ? 'ours' : 'the first gateway'}`,
          );
      }
    }
    if (differences.length) say(`WARNING: ${differences.join('; ')}`);
    else say('every gateway gave the same answers');

    for (let round = 1; round <= options.rounds; round++) {
      const alive = options.gateways.filter((id) => !failed[id]);
      const order = alive.map((_, index) => alive[(index + round - 1) % alive.length]);
      for (const id of order) {
        let gateway: RunningGateway | undefined;
        try {
          gateway = await startGateway(stage, id, subgraphs.routes);
          for (const operationId of options.operations) {
            const operation = operations[operationId];
            const load = { url: gateway.url, operation, headers: gateway.headers, connections: options.connections };
            if (options.warmup > 0) {
              say(
                `round ${round}/${options.rounds} · ${gateways[id].title} · ${operationId}: warm-up ${options.warmup} s`,
              );
              await runLoad({
                ...load,
                seconds: options.warmup,
                startAt: Math.floor(load.operation.bodies.length / 2),
              });
            }
            const sampler = sampleRss(gateway.process.pid);
            const subgraphsCpu = () => sumDefined(subgraphs.processes.map((subgraph) => cpuMilliseconds(subgraph.pid)));
            const statementsBefore = stage.cluster.hasStatementStats
              ? await statementCount(stage.cluster, DATABASE)
              : undefined;
            const cpuBefore = { gateway: cpuMilliseconds(gateway.process.pid), subgraphs: subgraphsCpu() };
            const result = await runLoad({ ...load, seconds: options.duration });
            const cpuAfter = { gateway: cpuMilliseconds(gateway.process.pid), subgraphs: subgraphsCpu() };
            const statementsAfter = stage.cluster.hasStatementStats
              ? await statementCount(stage.cluster, DATABASE)
              : undefined;
            const peakRssBytes = sampler.stop();
            const perRequest = (before: number | undefined, after: number | undefined) =>
              before === undefined || after === undefined || result.responses === 0
                ? undefined
                : (after - before) / result.responses;
            runs.push({
              round,
              gateway: id,
              operation: operationId,
              load: result,
              peakRssBytes,
              gatewayCpuMs: perRequest(cpuBefore.gateway, cpuAfter.gateway),
              subgraphsCpuMs: perRequest(cpuBefore.subgraphs, cpuAfter.subgraphs),
              sqlPerRequest: perRequest(statementsBefore, statementsAfter),
            });
            const cpu = runs[runs.length - 1];
            say(
              `round ${round}/${options.rounds} · ${gateways[id].title} · ${operationId}: ${describeLoad(result, peakRssBytes)}` +
                (cpu.gatewayCpuMs !== undefined
                  ? `, CPU per request: gateway ${cpu.gatewayCpuMs.toFixed(1)} ms, subgraphs ${cpu.subgraphsCpuMs?.toFixed(1)} ms`
                  : ''),
            );
          }
        } catch (error) {
          failed[id] = (error as Error).message;
          say(`${gateways[id].title} FAILED: ${(error as Error).message.slice(0, 2000)}`);
        } finally {
          await gateway?.process.stop();
        }
      }
    }

    // The demo store's subgraphs are done: stopped, so they take no memory from the Medusa comparison.
    await subgraphs.stop();
  }

  let medusa: MedusaComparison | undefined;
  let medusaFailure: string | undefined;
  if (options.medusa) {
    try {
      medusa = await compareWithMedusa(
        {
          cluster: stage.cluster,
          subgraphSecret: stage.subgraphSecret,
          jwtSecret: stage.jwtSecret,
          startOursGateway: async (routes, port) => {
            const gateway = await startGateway(stage, 'ours', routes, undefined, port);
            return { process: gateway.process, url: gateway.url };
          },
          say,
          cleanup,
        },
        {
          carts: options.medusaCarts,
          duration: options.medusaDuration,
          warmup: options.warmup,
          rounds: options.rounds,
          connections: options.connections,
        },
      );
    } catch (error) {
      medusaFailure = (error as Error).message;
      say(`the Medusa comparison FAILED: ${medusaFailure.slice(0, 2000)}`);
    }
  }

  const rowCounts = options.gateways.length ? await tableRowCounts(stage) : {};
  const markdown = comparisonReport({
    options,
    seedSeconds: seeded.seconds,
    postgres: stage.cluster.version,
    runs,
    counts,
    plans,
    databaseTime,
    failed,
    differences,
    rowCounts,
    operations,
    medusa,
    medusaFailure,
  });
  const out = resolve(projectPath(), options.out);
  writeFileSync(out, markdown);
  console.log(`\n${markdown}`);
  say(`written to ${relative(projectPath(), out)}`);
  if (medusaFailure) throw new Error(`The Medusa comparison failed: ${medusaFailure.split('\n')[0]}`);
  if (medusa?.differences.length)
    throw new Error(
      `Medusa and ours answered differently for the same carts (${medusa.differences.length} values; see ${relative(projectPath(), out)})`,
    );
}

function comparisonReport(input: {
  options: BenchOptions;
  seedSeconds: number;
  postgres: string;
  runs: MeasuredRun[];
  counts: Partial<Record<OperationId, Partial<Record<GatewayId, OperationCounts>>>>;
  plans: Partial<Record<OperationId, ScanFinding[]>>;
  databaseTime: Partial<Record<OperationId, Pick<CountingResult, 'databaseMs' | 'slowest'>>>;
  failed: Partial<Record<GatewayId, string>>;
  differences: string[];
  rowCounts: Record<string, number>;
  operations: Record<OperationId, Operation>;
  medusa?: MedusaComparison;
  medusaFailure?: string;
}): string {
  const { options } = input;
  const lines: string[] = [
    `# Benchmark: our gateway beside ${[...options.gateways.filter((id) => id !== 'ours').map((id) => gateways[id].title), ...(options.medusa ? ['Medusa'] : [])].join(', ') || 'itself'}`,
    '',
    `Written by \`${commandLine()}\` (\`bench/run.ts\`). The ratios are the result: absolute numbers depend on the machine,`,
    `and the load generator, PostgreSQL, the ${subgraphModules.length} subgraphs and the gateway all share its cores.`,
    '',
    ...machineDescription(input.postgres, loadBefore),
  ];
  if (options.gateways.length) lines.push(...gatewayLines(input));
  if (options.medusa) lines.push(...medusaSection(input.medusa, input.medusaFailure, options), '');
  if (options.gateways.length) lines.push(...countLines(input));
  lines.push(...targetLines(input.runs, input.options, input.failed, input.medusa), '');
  return `${lines.join('\n')}\n`;
}

type ReportInput = Parameters<typeof comparisonReport>[0];

/** The gateways on the demo store: how they ran and a table per operation. */
function gatewayLines(input: ReportInput): string[] {
  const { options } = input;
  const lines = [
    `- Data: ${options.carts.toLocaleString('en-US')} carts seeded by \`seed/seed.ts\` (${input.seedSeconds.toFixed(1)} s) into a private PostgreSQL cluster; the ${subgraphModules.length} subgraphs run as separate processes (\`bin/subgraph.ts\`, NODE_ENV=production, logging off), the same ones for every gateway.`,
    `- Load: autocannon, ${options.connections} keep-alive connections, closed loop; ${options.warmup} s warm-up, then ${options.duration} s measured, per gateway, operation and round; ${options.rounds} round(s), the gateways in a rotating order, each started afresh per round. Cells are the median over rounds (min–max); RSS is the highest sample (every 200 ms) of the gateway process while measured. CPU per request is the user + system time the gateway process (and the ${subgraphModules.length} subgraph processes) used during the measured run (/proc), divided by the answers: unlike requests/s and latency, it hardly depends on what else the machine is running.`,
    '- Cart page: every request another seeded cart (all ids, shuffled once: the same sequence for every gateway), so no cache or request merging answers for free. List page: `carts(pagination: { take: 50, skip })` with the same selection and `metadata { count }`, `skip` drawn at random over the whole table. Cursor page (when run): the same selection with `pagination: { take: 50, after }`, the cursor at a random position over the whole table, no count.',
    `- Counts: with the gateway routed through a counting relay (never under load), ${options.countRequests} sequential requests per operation after as many unmeasured ones ("alone"), then ${options.countRequests * options.connections} more, ${options.connections} at a time ("N at once": a gateway may merge the subgraph requests of concurrent operations); SQL statements from pg_stat_statements (begin/commit not counted), also counted during each measured run ("under load").`,
    '',
    '## Gateways',
    '',
    ...options.gateways.map(
      (id) =>
        `- **${gateways[id].title}**: ${gateways[id].settings}.${input.failed[id] ? ` **Failed**: ${input.failed[id]!.split('\n')[0].slice(0, 300)}` : ''}`,
    ),
    '',
    '## Results',
    '',
    'Ratios are ours ÷ theirs: above 1 is better for throughput, below 1 is better for latency and memory.',
    '',
  ];
  for (const operationId of options.operations) {
    lines.push(
      comparisonTable({
        operation: operationId,
        title: input.operations[operationId].title,
        gatewayIds: options.gateways,
        runs: input.runs,
        counts: input.counts[operationId] ?? {},
        failed: input.failed,
        connections: options.connections,
      }),
      '',
    );
  }
  if (input.differences.length)
    lines.push('**The answers differ:**', ...input.differences.map((line) => `- ${line}`), '');
  else lines.push('Every gateway gave the same answers (the first counted request of each operation, compared).', '');
  return lines;
}

/** Subgraph requests by subgraph and the plans of our gateway's statements. */
function countLines(input: ReportInput): string[] {
  const { options } = input;
  const lines = ['## Subgraph requests per operation, by subgraph', ''];
  for (const operationId of options.operations) {
    for (const id of options.gateways) {
      const count = input.counts[operationId]?.[id];
      if (count) {
        const concurrent = count.concurrent
          ? `; ${count.concurrent.connections} at once: ${bySubgraphLine(count.concurrent.bySubgraph)}`
          : '';
        lines.push(`- ${operationId}, ${gateways[id].title}, alone: ${bySubgraphLine(count.bySubgraph)}${concurrent}`);
      }
    }
  }
  lines.push('');
  if (options.operations.some((operationId) => input.plans[operationId])) {
    lines.push(
      '## Query plans',
      '',
      'Every statement of the counted requests through our gateway, explained by auto_explain (tables with their row counts).',
      '',
    );
    for (const operationId of options.operations) {
      const findings = input.plans[operationId] ?? [];
      const sequential = scanLines(findings, input.rowCounts);
      lines.push(
        `**${operationId}**: ${new Set(findings.map((finding) => finding.statement)).size} distinct statements; ${databaseLine(input.databaseTime[operationId])}; sequential scans: ${sequential.length ? '' : 'none'}`,
        ...sequential,
        '',
        'Scans by table:',
        ...indexSummary(findings),
        '',
      );
    }
  }
  return lines;
}

/** The comparison with Medusa: how both sides were set up, a table per page, and issue 18's targets. */
function medusaSection(
  medusa: MedusaComparison | undefined,
  failure: string | undefined,
  options: BenchOptions,
): string[] {
  const lines = ['', '## Beside Medusa: the same store through both storefront APIs', ''];
  if (!medusa) return [...lines, `**Failed**: ${(failure ?? 'not run').split('\n')[0].slice(0, 500)}`];
  const setup = Object.entries(medusa.setupSeconds)
    .map(([step, seconds]) => `${step} ${seconds.toFixed(0)} s`)
    .join(', ');
  lines.push(
    `- Medusa ${medusa.version} (\`conformance/medusa.ts\`: \`medusa start\`, NODE_ENV=production, no Redis: its in-memory cache, event bus and workflow engine) on database \`medusa\` of the benchmark's cluster; ours: the ${subgraphModules.length} subgraphs and our gateway (\`bin/subgraph.ts\`, \`bin/gateway.ts\`, as shipped, NODE_ENV=production) on database \`store\` of the same cluster, migrated, no demo data.`,
    `- The same store in both: \`conformance/store.ts\` through each admin API (\`conformance/seed.ts\`), without ${MEDUSA_STORE_WITHOUT.join(', ')}; then ${medusa.checkouts} checkouts of \`conformance/generator.ts\` (seed 1) through each storefront API (\`conformance/checkout.ts\`), ${medusa.completed} of them completed. Set-up: ${setup}.`,
    `- Cart page: Medusa \`GET /store/carts/:id?fields=${MEDUSA_CART_FIELDS}\` (the storefront starter's fields on top of Medusa's defaults: totals, region, items with products and variants, tax lines and adjustments, promotions, payment collection and sessions, shipping methods, addresses) vs our gateway's \`cart(id)\` with the same fields and totals but the customer's group ids (admin users only on ours) (\`OURS_CART_QUERY\` in \`bench/medusa.ts\`), over the ${medusa.checkouts - medusa.completed} open carts. Order page: Medusa \`GET /store/orders/:id?fields=${MEDUSA_ORDER_FIELDS}\` (the starter's fields but its payments, which ours answers to admin users only, plus the one compared total Medusa's order defaults lack; open to anyone holding the id, as Medusa ships it) vs \`order(id)\` with the same fields, over the ${medusa.completed} orders. Every request another cart or order, the same sequence on both sides, each with the shopper's own token for a registered customer's cart or order (ours answers it to that customer only) and none for a guest's; Medusa's also carry the publishable key.`,
    `- Checked once before the load: every checkout's values compared as \`npm run conformance\` compares them, and every cart and order of the sequences read through both pages with the same totals; a difference fails the run. ${medusa.differences.length ? `**${medusa.differences.length} differences**: ${medusa.differences.slice(0, 5).join('; ')}` : 'No difference.'}`,
    `- Load: ${options.connections} connections, ${options.warmup} s warm-up and ${options.medusaDuration} s measured per side, page and round; ${options.rounds} round(s), the side that goes first alternating; both servers stay up across rounds. CPU per request from /proc over the measured run: our gateway, the ${subgraphModules.length} subgraph processes and PostgreSQL for ours; the Medusa process (and any child) and PostgreSQL for Medusa. PostgreSQL's is the postmaster and all its children (backends, background workers), with the children that exited during the run, and covers the whole cluster (the idle side's background work included).`,
    '',
  );
  if (!medusa.runs.length) return [...lines, 'Not measured: the answers differ.'];
  lines.push(medusaTable('cart', medusa.runs), '', medusaTable('order', medusa.runs));
  return lines;
}

/** Issue 8's targets (and issue 18's against Medusa), each said met or not, with how far. */
function targetLines(
  runs: MeasuredRun[],
  options: BenchOptions,
  failed: Partial<Record<GatewayId, string>>,
  medusa?: MedusaComparison,
): string[] {
  const medusaTargets = medusa?.runs.length ? medusaTargetLines(medusa.runs) : [];
  if (!options.gateways.includes('ours') || failed.ours)
    return medusaTargets.length ? ['## Against the targets', '', ...medusaTargets] : [];
  const lines = ['## Against the targets', '', ...medusaTargets];
  const of = (id: GatewayId, operation: OperationId, pick: (load: LoadResult) => number) =>
    median(runs.filter((run) => run.gateway === id && run.operation === operation).map((run) => pick(run.load)));
  for (const operation of options.operations) {
    const ours = of('ours', operation, (load) => load.requestsPerSecond);
    const oursP99 = of('ours', operation, (load) => load.p99);
    if (options.gateways.includes('stock') && !failed.stock) {
      const stock = of('stock', operation, (load) => load.requestsPerSecond);
      lines.push(
        `- ${operation}: throughput ${(ours / stock).toFixed(2)}× stock (target ≥ 1.5×: ${ours / stock >= 1.5 ? 'met' : 'not met'}); p99 ${oursP99.toFixed(1)} ms vs ${of('stock', operation, (load) => load.p99).toFixed(1)} ms`,
      );
    }
    if (options.gateways.includes('hive') && !failed.hive) {
      const hive = of('hive', operation, (load) => load.requestsPerSecond);
      lines.push(
        `- ${operation}: throughput ${(ours / hive).toFixed(2)}× Hive Gateway (target ≥ 1×: ${ours / hive >= 1 ? 'met' : 'not met'}); p99 ${oursP99.toFixed(1)} ms vs ${of('hive', operation, (load) => load.p99).toFixed(1)} ms`,
      );
    }
    if (options.gateways.includes('hive-rust') && !failed['hive-rust']) {
      const hiveRust = of('hive-rust', operation, (load) => load.requestsPerSecond);
      lines.push(
        `- ${operation}: throughput ${(ours / hiveRust).toFixed(2)}× Hive Gateway with the Rust planner (no target); p99 ${oursP99.toFixed(1)} ms vs ${of('hive-rust', operation, (load) => load.p99).toFixed(1)} ms`,
      );
    }
  }
  for (const operation of options.operations) {
    const cpu = (id: GatewayId) =>
      median(
        runs.filter((run) => run.gateway === id && run.operation === operation).map((run) => run.gatewayCpuMs ?? NaN),
      );
    const others = (['stock', 'hive', 'hive-rust'] as const).filter(
      (id) => options.gateways.includes(id) && !failed[id] && Number.isFinite(cpu(id)),
    );
    if (Number.isFinite(cpu('ours')) && others.length) {
      lines.push(
        `- ${operation}: gateway CPU per request ${cpu('ours').toFixed(2)} ms (ours) vs ${others.map((id) => `${cpu(id).toFixed(2)} ms (${gateways[id].title}, ${(cpu(id) / cpu('ours')).toFixed(2)}× ours)`).join(', ')}`,
      );
    }
  }
  const peak = Math.max(...runs.filter((run) => run.gateway === 'ours').map((run) => run.peakRssBytes)) / 2 ** 20;
  if (Number.isFinite(peak))
    lines.push(
      `- our gateway's peak RSS under load: ${peak.toFixed(0)} MB (target < 300 MB: ${peak < 300 ? 'met' : 'not met'})`,
    );
  return lines;
}

// ---------------------------------------------------------------------------------------------
// --profile: where the time goes in our gateway and in the subgraphs.
// ---------------------------------------------------------------------------------------------

async function runProfile(
  options: BenchOptions,
  explicitOperations: boolean,
  cleanup: (() => Promise<void>)[],
): Promise<void> {
  const stage = await prepareStage(cleanup);
  const seeded = await seed(stage, options.carts);
  const operations = buildOperations(seeded.cartIds);
  const folder = projectPath('.data', 'bench-profiles', new Date().toISOString().replace(/[:.]/g, '-'));
  mkdirSync(folder, { recursive: true });
  // A folder per process: Node writes a profile per thread (tsx's module hooks run on their own
  // thread), and the main thread's is the largest.
  const profileArgs = (name: string) => ['--cpu-prof', '--cpu-prof-dir', join(folder, name)];
  const subgraphNames = subgraphModules.map((module) => module.name).filter((name) => name !== 'workflows');
  const subgraphs = await startAllSubgraphs(
    stage,
    Object.fromEntries(subgraphNames.map((name) => [name, profileArgs(`${name}-subgraph`)])),
  );
  const gateway = await startGateway(stage, 'ours', subgraphs.routes, profileArgs('gateway'));
  const chosen = explicitOperations ? options.operations : (['cart'] as OperationId[]);
  // CLOCK_MONOTONIC, the clock V8's profiler stamps its samples with on Linux: the window of the measured load.
  const window = { fromMicros: Number.POSITIVE_INFINITY, toMicros: 0 };
  try {
    for (const operationId of chosen) {
      const load = {
        url: gateway.url,
        operation: operations[operationId],
        headers: gateway.headers,
        connections: options.connections,
      };
      if (options.warmup > 0) {
        say(`profile · ${operationId}: warm-up ${options.warmup} s`);
        await runLoad({ ...load, seconds: options.warmup, startAt: Math.floor(load.operation.bodies.length / 2) });
      }
      say(`profile · ${operationId}: ${options.duration} s under load, profiling`);
      window.fromMicros = Math.min(window.fromMicros, Number(process.hrtime.bigint() / 1000n));
      const result = await runLoad({ ...load, seconds: options.duration });
      window.toMicros = Number(process.hrtime.bigint() / 1000n);
      say(`profile · ${operationId}: ${describeLoad(result)}`);
    }
  } finally {
    await gateway.process.stop();
    await subgraphs.stop();
  }
  const texts: string[] = [];
  const summaries: { title: string; file: string; summary: ProfileSummary }[] = [];
  for (const [title, name] of [
    ['gateway', 'gateway'],
    ...subgraphNames.map((subgraph) => [`${subgraph} subgraph`, `${subgraph}-subgraph`]),
  ]) {
    const file = largestProfile(join(folder, name));
    if (!file) texts.push(`${title}: no profile was written in ${join(folder, name)}`);
    else summaries.push({ title, file, summary: summarizeProfile(file, window) });
  }
  // The gateway, then the two busiest subgraphs in full; every subgraph's busy time in one list.
  const gatewaySummary = summaries.find((entry) => entry.title === 'gateway');
  const bySubgraph = summaries.filter((entry) => entry !== gatewaySummary);
  bySubgraph.sort((a, b) => b.summary.busyMs - a.summary.busyMs);
  const busy = bySubgraph.map(
    ({ title, summary }) => `  ${(summary.busyMs / 1000).toFixed(1).padStart(6)} s  ${title}`,
  );
  texts.push(`Busy time under load, by subgraph:\n${busy.join('\n')}`);
  for (const { title, file, summary } of [...(gatewaySummary ? [gatewaySummary] : []), ...bySubgraph.slice(0, 2)]) {
    texts.push(formatProfile(`${title} (${relative(projectPath(), file)})`, summary));
  }
  const text = texts.join('\n\n');
  writeFileSync(join(folder, 'summary.txt'), `${text}\n`);
  console.log(`\n${text}\n`);
  say(
    `profiles and summary in ${relative(projectPath(), folder)} (open a .cpuprofile in Chrome DevTools or speedscope)`,
  );
}

function largestProfile(directory: string): string | undefined {
  if (!existsSync(directory)) return undefined;
  const files = readdirSync(directory)
    .filter((file) => file.endsWith('.cpuprofile'))
    .map((file) => join(directory, file));
  return files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
}

// ---------------------------------------------------------------------------------------------
// --scale: the cart page by id at growing cart counts, with the plans.
// ---------------------------------------------------------------------------------------------

async function runScale(options: BenchOptions, sizes: number[], cleanup: (() => Promise<void>)[]): Promise<void> {
  const stage = await prepareStage(cleanup);
  let subgraphs: RunningSubgraphs | undefined;
  let relay: CountingRelay | undefined;
  const sections: string[] = [];
  const table = [
    '| carts | seed, s | cart page p50 / p95 / p99 ms (1 connection) | cart page req/s · p99 ms (' +
      options.connections +
      ' connections) | offset list page p50 / p99 ms (1 connection) | cursor list page p50 / p99 ms (1 connection) | SQL statements: cart · offset · cursor | database time, ms: cart · offset · cursor | sequential scans on tables over 1,000 rows |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  let seedTotal = 0;
  const out = resolve(projectPath(), options.out);
  const write = (final: boolean) => {
    const markdown = [
      '# Scale: the cart page by id and the list pages as the store grows',
      '',
      `Written by \`${commandLine()}\` (\`bench/run.ts\`): one database seeded up to each size in turn (the seed adds carts), analyzed, then our gateway on the ${subgraphModules.length} subgraph processes.${final ? '' : ' (Still running: sizes so far.)'}`,
      '',
      ...machineDescription(stage.cluster.version, loadBefore),
      `- Latency: autocannon, ${options.duration} s per measure after a ${options.warmup} s warm-up, every request another cart. The offset list page is \`carts(pagination: { take: 50, skip })\` with \`metadata { count }\`, \`skip\` drawn over the whole table (an offset costs the rows skipped; the run lifts PAGINATION_MAX_SKIP so it can go that deep); the cursor list page is the same 50-cart selection with \`pagination: { take: 50, after }\` from a cursor at a random position over the whole table, and \`metadata { next_cursor }\` without the count.`,
      `- Plans and database time: every statement of ${options.countRequests} counted requests per operation (sequential, no other load), explained by auto_explain; database time is the sum of an operation's statement execution times. "seed, s" is the cumulative seeding time.`,
      '',
      ...table,
      '',
      '## Plans by size',
      '',
      ...sections,
    ].join('\n');
    writeFileSync(out, `${markdown}\n`);
    return markdown;
  };
  for (const size of sizes) {
    const seeded = await seed(stage, size);
    seedTotal += seeded.seconds;
    const operations = buildOperations(seeded.cartIds);
    subgraphs ??= await startAllSubgraphs(stage);
    if (!relay) {
      const started = await startCountingRelay(subgraphs.routes);
      cleanup.push(() => started.close());
      relay = started;
    }
    const counted: Partial<Record<OperationId, CountingResult>> = {};
    const counting = await startGateway(stage, 'ours', relay.routes);
    try {
      for (const operationId of OPERATION_IDS)
        counted[operationId] = await countOperation(
          stage,
          counting,
          relay,
          operations[operationId],
          options.countRequests,
          options.connections,
          true,
        );
    } finally {
      await counting.process.stop();
    }
    const gateway = await startGateway(stage, 'ours', subgraphs.routes);
    let single: LoadResult, loaded: LoadResult, list: LoadResult, cursor: LoadResult;
    try {
      const base = { url: gateway.url, headers: gateway.headers };
      if (options.warmup > 0)
        await runLoad({
          ...base,
          operation: operations.cart,
          connections: options.connections,
          seconds: options.warmup,
          startAt: Math.floor(operations.cart.bodies.length / 2),
        });
      say(`${size} carts · cart page, 1 connection, ${options.duration} s`);
      single = await runLoad({ ...base, operation: operations.cart, connections: 1, seconds: options.duration });
      say(`${size} carts · cart page, 1 connection: ${describeLoad(single)}`);
      loaded = await runLoad({
        ...base,
        operation: operations.cart,
        connections: options.connections,
        seconds: options.duration,
      });
      say(`${size} carts · cart page, ${options.connections} connections: ${describeLoad(loaded)}`);
      list = await runLoad({ ...base, operation: operations.list, connections: 1, seconds: options.duration });
      say(`${size} carts · offset list page, 1 connection: ${describeLoad(list)}`);
      cursor = await runLoad({ ...base, operation: operations.cursor, connections: 1, seconds: options.duration });
      say(`${size} carts · cursor list page, 1 connection: ${describeLoad(cursor)}`);
    } finally {
      await gateway.process.stop();
    }
    const rowCounts = await tableRowCounts(stage);
    const allPlans = OPERATION_IDS.flatMap((operationId) => counted[operationId]?.plans ?? []);
    const bigSequential = new Set(
      allPlans
        .filter((finding) => finding.scan === 'Seq Scan' && (rowCounts[finding.relation] ?? 0) > SMALL_TABLE_ROWS)
        .map((finding) => `\`${finding.relation}\``),
    );
    table.push(
      `| ${size.toLocaleString('en-US')} | ${seedTotal.toFixed(0)} | ${single.p50.toFixed(1)} / ${single.p95.toFixed(1)} / ${single.p99.toFixed(1)} | ${loaded.requestsPerSecond.toFixed(0)} · ${loaded.p99.toFixed(1)} | ${list.p50.toFixed(1)} / ${list.p99.toFixed(1)} | ${cursor.p50.toFixed(1)} / ${cursor.p99.toFixed(1)} | ${OPERATION_IDS.map((id) => counted[id]?.counts.sqlStatements ?? 'n/a').join(' · ')} | ${OPERATION_IDS.map((id) => counted[id]?.databaseMs?.toFixed(2) ?? 'n/a').join(' · ')} | ${[...bigSequential].join(', ') || 'none'} |`,
    );
    sections.push(`### ${size.toLocaleString('en-US')} carts`, '');
    for (const operationId of OPERATION_IDS) {
      const findings = counted[operationId]?.plans ?? [];
      const sequential = scanLines(findings, rowCounts);
      sections.push(
        `**${operationId}**: ${new Set(findings.map((finding) => finding.statement)).size} distinct statements; ${databaseLine(counted[operationId])}; sequential scans: ${sequential.length ? '' : 'none'}`,
        ...sequential,
        '',
        'Scans by table:',
        ...indexSummary(findings),
        '',
      );
    }
    write(false);
    say(`${size} carts done; written to ${relative(projectPath(), out)}`);
  }
  console.log(`\n${write(true)}\n`);
  say(`written to ${relative(projectPath(), out)}`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv);
  const cleanup: (() => Promise<void>)[] = [];
  let cleaned = false;
  const cleanUp = async () => {
    if (cleaned) return;
    cleaned = true;
    for (const step of cleanup.reverse())
      await step().catch((error: Error) => console.error(`[bench] cleanup: ${error.message}`));
  };
  const interrupted = () => {
    say('interrupted: stopping everything it started');
    void cleanUp().then(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    if (options.scale) await runScale(options, options.scale, cleanup);
    else if (options.profile) await runProfile(options, argv.includes('--operations'), cleanup);
    else await runComparison(options, cleanup);
  } finally {
    await cleanUp();
  }
  say('done');
}

main().catch((error: Error) => {
  console.error(`[bench] failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
