import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { projectPath } from '../kit/paths';
import type { ScanFinding } from './counting';
import { gateways, type GatewayId } from './gateways';
import type { LoadResult } from './load';
import type { OperationId } from './operations';

export interface MeasuredRun {
  round: number;
  gateway: GatewayId;
  operation: OperationId;
  load: LoadResult;
  peakRssBytes: number;
  /** CPU time the gateway process used per answered request, ms (undefined without /proc). */
  gatewayCpuMs?: number;
  /** CPU time the eleven subgraph processes used per answered request, ms. */
  subgraphsCpuMs?: number;
  /** SQL statements per answered request during the measured run (pg_stat_statements). */
  sqlPerRequest?: number;
}

export interface OperationCounts {
  /** Gateway-to-subgraph requests per operation, and by subgraph, the operation alone. */
  subgraphRequests: number;
  bySubgraph: Record<string, number>;
  /** SQL statements per operation (pg_stat_statements), the operation alone; undefined when it is not available. */
  sqlStatements?: number;
  /** The same, with `connections` operations at once (a gateway may merge their subgraph requests). */
  concurrent?: {
    connections: number;
    subgraphRequests: number;
    bySubgraph: Record<string, number>;
    sqlStatements?: number;
  };
}

/** The 1-minute load average now: how busy the machine was apart from the benchmark. */
export function loadAverage(): number {
  return loadavg()[0];
}

export function machineDescription(postgresVersion: string, loadBefore?: number): string[] {
  const cpuList = cpus();
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectPath() }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'kit', 'gateway', 'subgraphs', 'bin'], {
      cwd: projectPath(),
    })
      .toString()
      .trim();
    if (dirty) commit += ' (with uncommitted changes)';
  } catch {
    // Not a git checkout: the commit stays unknown.
  }
  return [
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}, commit ${commit}`,
    `- Machine: ${cpuList[0]?.model.trim() ?? 'unknown CPU'}, ${cpuList.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${osType()} ${release()}`,
    `- Node ${process.version}, PostgreSQL ${postgresVersion}`,
    ...(loadBefore !== undefined
      ? [
          `- Load average (1 min) before the run: ${loadBefore.toFixed(1)}, at its end: ${loadAverage().toFixed(1)} (on ${cpuList.length} cores; the benchmark itself adds about the core count, so more means other work shared the machine)`,
        ]
      : []),
  ];
}

export function median(values: readonly number[]): number {
  const finite = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (finite.length === 0) return NaN;
  const middle = Math.floor(finite.length / 2);
  return finite.length % 2 ? finite[middle] : (finite[middle - 1] + finite[middle]) / 2;
}

function spread(values: readonly number[], digits: number): string {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return 'n/a';
  const m = median(finite).toFixed(digits);
  if (finite.length === 1) return m;
  return `${m} (${Math.min(...finite).toFixed(digits)}–${Math.max(...finite).toFixed(digits)})`;
}

function ratio(ours: number, theirs: number): string {
  if (!Number.isFinite(ours) || !Number.isFinite(theirs) || theirs === 0) return 'n/a';
  return `${(ours / theirs).toFixed(2)}×`;
}

interface Row {
  label: string;
  /** The value per gateway that ratios are taken of. */
  value(runs: MeasuredRun[], counts: OperationCounts | undefined): number;
  /** The cell text per gateway. */
  cell(runs: MeasuredRun[], counts: OperationCounts | undefined): string;
}

const mb = (bytes: number) => bytes / 2 ** 20;
const failures = (run: MeasuredRun) => run.load.errors + run.load.non2xx + run.load.graphqlErrors;

/** The table's rows; `connections` is how many operations ran at once in the concurrent count. */
function rows(connections: number): Row[] {
  return [
    {
      label: 'requests/s, median (min–max)',
      value: (runs) => median(runs.map((run) => run.load.requestsPerSecond)),
      cell: (runs) =>
        spread(
          runs.map((run) => run.load.requestsPerSecond),
          0,
        ),
    },
    ...(['p50', 'p95', 'p99'] as const).map<Row>((key) => ({
      label: `${key} latency, ms`,
      value: (runs) => median(runs.map((run) => run.load[key])),
      cell: (runs) =>
        spread(
          runs.map((run) => run.load[key]),
          1,
        ),
    })),
    {
      label: 'gateway CPU per request, ms',
      value: (runs) => median(runs.map((run) => run.gatewayCpuMs ?? NaN)),
      cell: (runs) =>
        spread(
          runs.map((run) => run.gatewayCpuMs ?? NaN),
          2,
        ),
    },
    {
      label: 'subgraphs’ CPU per request (all eleven), ms',
      value: (runs) => median(runs.map((run) => run.subgraphsCpuMs ?? NaN)),
      cell: (runs) =>
        spread(
          runs.map((run) => run.subgraphsCpuMs ?? NaN),
          2,
        ),
    },
    {
      label: 'failed / all responses',
      value: (runs) => runs.reduce((total, run) => total + failures(run), 0),
      cell: (runs) =>
        `${runs.reduce((total, run) => total + failures(run), 0)} / ${runs.reduce((total, run) => total + run.load.responses, 0)}`,
    },
    {
      label: 'peak RSS of the gateway, MB',
      value: (runs) => Math.max(...runs.map((run) => mb(run.peakRssBytes))),
      cell: (runs) => (runs.length ? Math.max(...runs.map((run) => mb(run.peakRssBytes))).toFixed(0) : 'n/a'),
    },
    {
      label: 'subgraph requests per operation, alone',
      value: (_runs, counts) => counts?.subgraphRequests ?? NaN,
      cell: (_runs, counts) => (counts ? formatCount(counts.subgraphRequests) : 'n/a'),
    },
    {
      label: `subgraph requests per operation, ${connections} at once`,
      value: (_runs, counts) => counts?.concurrent?.subgraphRequests ?? NaN,
      cell: (_runs, counts) => (counts?.concurrent ? formatCount(counts.concurrent.subgraphRequests) : 'n/a'),
    },
    {
      label: 'SQL statements per operation, alone',
      value: (_runs, counts) => counts?.sqlStatements ?? NaN,
      cell: (_runs, counts) => (counts?.sqlStatements !== undefined ? formatCount(counts.sqlStatements) : 'n/a'),
    },
    {
      label: 'SQL statements per request under load',
      value: (runs) => median(runs.map((run) => run.sqlPerRequest ?? NaN)),
      cell: (runs) =>
        spread(
          runs.map((run) => run.sqlPerRequest ?? NaN),
          2,
        ),
    },
  ];
}

function formatCount(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/** One table per operation: a row per measure, a column per gateway, then ours ÷ each other gateway. */
export function comparisonTable(options: {
  operation: OperationId;
  title: string;
  gatewayIds: readonly GatewayId[];
  runs: MeasuredRun[];
  counts: Partial<Record<GatewayId, OperationCounts>>;
  failed: Partial<Record<GatewayId, string>>;
  connections: number;
}): string {
  const { gatewayIds } = options;
  const others = gatewayIds.filter((id) => id !== 'ours');
  const withOurs = gatewayIds.includes('ours');
  const header = [
    '',
    ...gatewayIds.map((id) => gateways[id].title),
    ...(withOurs ? others.map((id) => `ours ÷ ${id}`) : []),
  ];
  const lines = [
    `### ${options.title}`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map((_, index) => (index === 0 ? '---' : '---:')).join('|')}|`,
  ];
  const runsOf = (id: GatewayId) =>
    options.runs.filter((run) => run.gateway === id && run.operation === options.operation);
  for (const row of rows(options.connections)) {
    const cells = gatewayIds.map((id) => (options.failed[id] ? 'failed' : row.cell(runsOf(id), options.counts[id])));
    const ratios = withOurs
      ? others.map((id) =>
          options.failed[id] || options.failed.ours
            ? 'n/a'
            : ratio(row.value(runsOf('ours'), options.counts.ours), row.value(runsOf(id), options.counts[id])),
        )
      : [];
    lines.push(`| ${[row.label, ...cells, ...ratios].join(' | ')} |`);
  }
  return lines.join('\n');
}

/** Subgraph requests of one operation, by subgraph: `cart 1, link 2, …`. */
export function bySubgraphLine(bySubgraph: Record<string, number>): string {
  return Object.entries(bySubgraph)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, count]) => `${name} ${formatCount(count)}`)
    .join(', ');
}

/** Tables up to this size are read whole by the planner's own (right) choice; larger ones should be reached by an index. */
export const SMALL_TABLE_ROWS = 1000;

/**
 * Sequential scans among the plans: one line per table over SMALL_TABLE_ROWS rows and statement,
 * with the table's row count; then the small tables read whole, on one line.
 */
export function scanLines(findings: readonly ScanFinding[], rowCounts: Record<string, number>): string[] {
  const seen = new Map<string, ScanFinding>();
  for (const finding of findings)
    if (finding.scan === 'Seq Scan') seen.set(`${finding.relation}|${finding.statement}`, finding);
  const rows = (finding: ScanFinding) => rowCounts[finding.relation] ?? 0;
  const large = [...seen.values()]
    .filter((finding) => rows(finding) > SMALL_TABLE_ROWS)
    .sort((a, b) => rows(b) - rows(a));
  const small = [
    ...new Set(
      [...seen.values()]
        .filter((finding) => rows(finding) <= SMALL_TABLE_ROWS)
        .map((finding) => `\`${finding.relation}\` (${rows(finding)})`),
    ),
  ];
  return [
    ...large.map(
      (finding) =>
        `- \`${finding.relation}\` (${rows(finding).toLocaleString('en-US')} rows): \`${truncate(finding.statement, 220)}\``,
    ),
    ...(small.length
      ? [`- small tables read whole (the planner's cheaper choice at this size; rows): ${small.sort().join(', ')}`]
      : []),
  ];
}

/** How many statements used which index (or scan), per table: a compact proof that lookups are indexed. */
export function indexSummary(findings: readonly ScanFinding[]): string[] {
  const byRelation = new Map<string, Map<string, number>>();
  for (const finding of findings) {
    const scans = byRelation.get(finding.relation) ?? new Map<string, number>();
    const label = finding.index ? `${finding.scan} using ${finding.index}` : finding.scan;
    scans.set(label, (scans.get(label) ?? 0) + 1);
    byRelation.set(finding.relation, scans);
  }
  return [...byRelation]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([relation, scans]) =>
        `- \`${relation}\`: ${[...scans].map(([label, count]) => `${label} ×${count}`).join(', ')}`,
    );
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
