import { execFileSync } from 'node:child_process';
import { subgraphModules } from '../subgraphs';
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
  /** CPU time the subgraph processes (all of them) used per answered request, ms. */
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
const failures = (run: { load: LoadResult }) => run.load.errors + run.load.non2xx + run.load.graphqlErrors;

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
      label: `subgraphs’ CPU per request (all ${subgraphModules.length}), ms`,
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

// ---------------------------------------------------------------------------------------------
// Beside Medusa: the cart and order pages of the same store through both storefront APIs.
// ---------------------------------------------------------------------------------------------

export type Side = 'ours' | 'medusa';
export type PageId = 'cart' | 'order';

export const PAGE_TITLES: Record<PageId, string> = {
  cart: 'Cart page by id (varied carts)',
  order: "A completed cart's order page by id (varied orders)",
};

export interface MedusaRun {
  round: number;
  side: Side;
  page: PageId;
  load: LoadResult;
  /** Peak RSS of our gateway, or of the Medusa process (and its children). */
  peakRssBytes: number;
  /** CPU per answered request of our gateway, or of the Medusa process (and its children), ms. */
  processCpuMs?: number;
  /** CPU per answered request of all the subgraph processes (ours only), ms. */
  subgraphsCpuMs?: number;
  /** CPU per answered request of the PostgreSQL cluster: the postmaster and all its children, ms. */
  postgresCpuMs?: number;
}

/** Every process that served the requests, per answered request: ours all subgraphs, gateway and PostgreSQL; Medusa's process and PostgreSQL. */
export function totalCpuMs(run: MedusaRun): number {
  const parts = [run.processCpuMs, run.postgresCpuMs, ...(run.side === 'ours' ? [run.subgraphsCpuMs] : [])];
  return parts.some((part) => part === undefined) ? NaN : parts.reduce<number>((a, b) => a + (b ?? 0), 0);
}

interface MedusaRow {
  label: string;
  /** Undefined: the row has no value for that side. */
  value(runs: MedusaRun[], side: Side): number | undefined;
  digits: number;
  /** The ratio is ours ÷ Medusa; for rows only one side has, none. */
  ratio: boolean;
}

const medusaRows: MedusaRow[] = [
  {
    label: 'requests/s, median (min–max)',
    value: (runs) => median(runs.map((run) => run.load.requestsPerSecond)),
    digits: 1,
    ratio: true,
  },
  ...(['p50', 'p99'] as const).map<MedusaRow>((key) => ({
    label: `${key} latency, ms`,
    value: (runs) => median(runs.map((run) => run.load[key])),
    digits: 1,
    ratio: true,
  })),
  {
    label: 'CPU per request: our gateway / the Medusa process, ms',
    value: (runs) => median(runs.map((run) => run.processCpuMs ?? NaN)),
    digits: 2,
    ratio: true,
  },
  {
    label: `CPU per request: the ${subgraphModules.length} subgraphs, ms`,
    value: (runs, side) => (side === 'ours' ? median(runs.map((run) => run.subgraphsCpuMs ?? NaN)) : undefined),
    digits: 2,
    ratio: false,
  },
  {
    label: 'CPU per request: PostgreSQL (postmaster and all its children), ms',
    value: (runs) => median(runs.map((run) => run.postgresCpuMs ?? NaN)),
    digits: 2,
    ratio: true,
  },
  {
    label: '**CPU per request: every process, ms**',
    value: (runs) => median(runs.map(totalCpuMs)),
    digits: 2,
    ratio: true,
  },
  {
    label: 'peak RSS: our gateway / the Medusa process, MB',
    value: (runs) => (runs.length ? Math.max(...runs.map((run) => mb(run.peakRssBytes))) : NaN),
    digits: 0,
    ratio: true,
  },
];

/** One page's table: a row per measure, columns ours, Medusa and ours ÷ Medusa; medians over rounds (min–max for throughput). */
export function medusaTable(page: PageId, runs: readonly MedusaRun[]): string {
  const of = (side: Side) => runs.filter((run) => run.page === page && run.side === side);
  const lines = [
    `### ${PAGE_TITLES[page]}: ours beside Medusa`,
    '',
    '| | ours | Medusa | ours ÷ Medusa |',
    '|---|---:|---:|---:|',
  ];
  for (const row of medusaRows) {
    const cell = (side: Side) => {
      const sideRuns = of(side);
      if (row.label.startsWith('requests/s'))
        return spread(
          sideRuns.map((run) => run.load.requestsPerSecond),
          row.digits,
        );
      const value = row.value(sideRuns, side);
      return value === undefined ? '—' : Number.isFinite(value) ? value.toFixed(row.digits) : 'n/a';
    };
    const ours = row.value(of('ours'), 'ours');
    const medusa = row.value(of('medusa'), 'medusa');
    lines.push(
      `| ${row.label} | ${cell('ours')} | ${cell('medusa')} | ${row.ratio && ours !== undefined && medusa !== undefined ? ratio(ours, medusa) : '—'} |`,
    );
  }
  const failed = (side: Side) => of(side).reduce((total, run) => total + failures(run), 0);
  const all = (side: Side) => of(side).reduce((total, run) => total + run.load.responses, 0);
  lines.push(
    `| failed / all responses | ${failed('ours')} / ${all('ours')} | ${failed('medusa')} / ${all('medusa')} | — |`,
  );
  return lines.join('\n');
}

/** Issue 18's targets against Medusa, each said met or not, with the gap when not. */
export function medusaTargetLines(runs: readonly MedusaRun[]): string[] {
  const of = (side: Side, page: PageId) => runs.filter((run) => run.side === side && run.page === page);
  const lines: string[] = [];
  const ours = median(of('ours', 'cart').map((run) => run.load.requestsPerSecond));
  const medusa = median(of('medusa', 'cart').map((run) => run.load.requestsPerSecond));
  if (Number.isFinite(ours) && Number.isFinite(medusa) && medusa > 0) {
    const times = ours / medusa;
    lines.push(
      `- cart page: ${ours.toFixed(1)} req/s vs Medusa's ${medusa.toFixed(1)}, ${times.toFixed(2)}× (target ≥ 3×: ${times >= 3 ? 'met' : `not met, ${(3 * medusa - ours).toFixed(1)} req/s short`})`,
    );
  }
  for (const page of ['cart', 'order'] as const) {
    const oursCpu = median(of('ours', page).map(totalCpuMs));
    const medusaCpu = median(of('medusa', page).map(totalCpuMs));
    if (Number.isFinite(oursCpu) && Number.isFinite(medusaCpu))
      lines.push(
        `- ${page} page: CPU per request of every process ${oursCpu.toFixed(2)} ms (ours: gateway, subgraphs, PostgreSQL) vs ${medusaCpu.toFixed(2)} ms (Medusa and PostgreSQL) (target below Medusa's: ${oursCpu < medusaCpu ? 'met' : `not met, ${(oursCpu - medusaCpu).toFixed(2)} ms over`})`,
      );
  }
  const peak = (side: Side) => {
    const sideRuns = runs.filter((run) => run.side === side);
    return sideRuns.length ? Math.max(...sideRuns.map((run) => mb(run.peakRssBytes))) : NaN;
  };
  if (Number.isFinite(peak('ours')) && Number.isFinite(peak('medusa')))
    lines.push(
      `- peak RSS: our gateway ${peak('ours').toFixed(0)} MB vs the Medusa process ${peak('medusa').toFixed(0)} MB (target below Medusa's: ${peak('ours') < peak('medusa') ? 'met' : `not met, ${(peak('ours') - peak('medusa')).toFixed(0)} MB over`})`,
    );
  return lines;
}
