import { createServer, request as httpRequest, Agent, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LogMark, PrivateCluster } from './postgres';

/**
 * A counting relay between a gateway and the subgraphs, used only in the counting pass (never
 * under load): `/<subgraph>/graphql` is passed on to that subgraph as it is, and counted.
 */
export interface CountingRelay {
  /** The relay's URL for each subgraph, by name. */
  routes: Record<string, string>;
  counts: Map<string, number>;
  reset(): void;
  close(): Promise<void>;
}

export async function startCountingRelay(targets: Record<string, string>): Promise<CountingRelay> {
  const counts = new Map<string, number>();
  const agent = new Agent({ keepAlive: true });
  const server: Server = createServer((req, res) => {
    const requested = new URL(req.url ?? '/', 'http://relay');
    const name = requested.pathname.split('/')[1] ?? '';
    const target = targets[name];
    if (!target) {
      res.statusCode = 404;
      res.end(`No subgraph "${name}"`);
      return;
    }
    counts.set(name, (counts.get(name) ?? 0) + 1);
    const url = new URL(target);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const forward = (retried: boolean) => {
        const forwarded = httpRequest(
          {
            agent,
            host: url.hostname,
            port: url.port,
            method: req.method,
            path: url.pathname + requested.search,
            headers: { ...req.headers, host: url.host },
          },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        forwarded.on('error', (error: Error & { code?: string }) => {
          // A kept-alive connection the subgraph closed as this request went out on it (its idle
          // time ran out): Node's documented remedy is to send it again, on a new connection.
          if (!retried && forwarded.reusedSocket && error.code === 'ECONNRESET') {
            forward(true);
            return;
          }
          res.statusCode = 502;
          res.end(error.message);
        });
        forwarded.end(body);
      };
      forward(false);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    routes: Object.fromEntries(Object.keys(targets).map((name) => [name, `http://127.0.0.1:${port}/${name}/graphql`])),
    counts,
    reset: () => counts.clear(),
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** SQL statements the subgraphs ran on `database` since the last reset (pg_stat_statements). */
export async function statementCount(cluster: PrivateCluster, database: string): Promise<number> {
  const [row] = await cluster.admin<{ calls: number | string | null }>(
    'select coalesce(sum(calls), 0) as calls from pg_stat_statements where dbid = (select oid from pg_database where datname = $1)',
    [database],
  );
  return Number(row.calls);
}

export async function resetStatementCount(cluster: PrivateCluster): Promise<void> {
  await cluster.admin('select pg_stat_statements_reset()');
}

export interface ScanFinding {
  /** `schema.table`. */
  relation: string;
  /** The plan node: Seq Scan, Index Scan, Index Only Scan, Bitmap Heap Scan. */
  scan: string;
  index?: string;
  /** The statement's text, on one line. */
  statement: string;
}

/**
 * Plans of the statements the subgraphs run while `work` runs, from auto_explain (switched on for
 * the duration only), counting from when `work` calls `startCounting` (so that its warm-up
 * requests, which bring the setting to every pooled connection, stay out).
 */
export interface CapturedPlans {
  scans: ScanFinding[];
  /** Every statement with its execution time, as auto_explain logged it. */
  statements: { statement: string; durationMs: number }[];
}

export async function capturePlans(
  cluster: PrivateCluster,
  work: (startCounting: () => Promise<void>) => Promise<void>,
): Promise<CapturedPlans> {
  let mark: LogMark = cluster.logMark();
  const flushLog = async () => {
    const marker = `bench log mark ${Date.now()} ${Math.random()}`;
    await cluster.admin(`do $$ begin raise log '${marker}'; end $$`);
    return marker;
  };
  await cluster.admin('alter system set auto_explain.log_min_duration = 0');
  await cluster.admin('select pg_reload_conf()');
  try {
    await work(async () => {
      await mark.readSince(await flushLog());
      mark = cluster.logMark();
    });
  } finally {
    await cluster.admin('alter system reset auto_explain.log_min_duration');
    await cluster.admin('select pg_reload_conf()');
  }
  const records = await mark.readSince(await flushLog());
  const findings: ScanFinding[] = [];
  const statements: CapturedPlans['statements'] = [];
  for (const record of records) {
    const message = typeof record.message === 'string' ? record.message : '';
    const at = message.indexOf('plan:');
    if (at === -1) continue;
    let explained: { 'Query Text'?: string; Plan?: PlanNode };
    try {
      explained = JSON.parse(message.slice(at + 'plan:'.length)) as typeof explained;
    } catch {
      continue;
    }
    const statement = (explained['Query Text'] ?? '').replace(/\s+/g, ' ').trim();
    // The benchmark's own maintenance statements run on another database and are not plans of interest.
    if (record.dbname !== undefined && record.dbname === 'postgres') continue;
    statements.push({ statement, durationMs: Number(/duration: ([\d.]+) ms/.exec(message)?.[1] ?? NaN) });
    walk(explained.Plan, (node) => {
      if (!node['Relation Name'] || !/Scan/.test(node['Node Type'] ?? '')) return;
      findings.push({
        relation: `${node.Schema ?? '?'}.${node['Relation Name']}`,
        scan: node['Node Type'] ?? '?',
        index: node['Index Name'],
        statement,
      });
    });
  }
  return { scans: findings, statements };
}

interface PlanNode {
  'Node Type'?: string;
  'Relation Name'?: string;
  Schema?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function walk(node: PlanNode | undefined, visit: (node: PlanNode) => void): void {
  if (!node) return;
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}
