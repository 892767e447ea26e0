import { GATEWAY_IDS, type GatewayId } from './gateways';
import { OPERATION_IDS, type OperationId } from './operations';

/** What `--gateways` can name: the gateways, and Medusa itself. */
export const PEER_IDS: readonly (GatewayId | 'medusa')[] = [...GATEWAY_IDS, 'medusa'];

export interface BenchOptions {
  carts: number;
  /** Measured seconds per gateway, operation and round. */
  duration: number;
  /** Unmeasured seconds before each measured run. */
  warmup: number;
  connections: number;
  rounds: number;
  gateways: GatewayId[];
  /** `medusa` among `--gateways`: real Medusa beside our gateway on the cart and order pages of the same store. */
  medusa: boolean;
  /** Checkouts made on both sides for the Medusa comparison (every other one completed). */
  medusaCarts: number;
  /** Measured seconds per side, page and round in the Medusa comparison. */
  medusaDuration: number;
  operations: OperationId[];
  /** Requests per operation in the counting pass (subgraph requests and SQL statements per operation). */
  countRequests: number;
  /** Where the results table is written. */
  out: string;
  /** `--profile`: CPU profiles of our gateway and every subgraph under load, instead of the comparison. */
  profile: boolean;
  /** `--scale 1000,100000`: by-id latency and plans at each cart count, instead of the comparison. */
  scale?: number[];
}

export const USAGE = `npm run bench -- [options]

  --carts N            carts to seed (default 10000)
  --duration S         measured seconds per gateway, operation and round (default 20)
  --warmup S           unmeasured seconds before each measured run (default 5)
  --connections N      concurrent keep-alive connections of the load generator (default 10)
  --rounds N           rounds; each round runs every gateway, in a rotating order (default 3)
  --gateways LIST      which gateways, of ours,stock,hive,hive-rust,medusa (default all); medusa is real
                       Medusa 2.21.2 beside ours on the cart and order pages of the same store
  --medusa-carts N     checkouts made on both Medusa and ours, every other one completed (default 40)
  --medusa-duration S  measured seconds per side, page and round against Medusa (default 10)
  --operations LIST    which operations, of cart,list,cursor (default cart,list; --scale runs all three)
  --count-requests N   requests per operation in the counting pass (default 20)
  --out FILE           results file (default bench/results.md; scale: bench/scale.md)
  --profile            CPU-profile our gateway and every subgraph under the cart page load
  --scale N,N,...      by-id latency, the offset and cursor list pages, SQL statements and plans at each cart count (e.g. 1000,100000)`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    if (arg === '--profile') {
      flags.add('profile');
      continue;
    }
    if (!arg.startsWith('--') || i + 1 >= argv.length) throw new Error(`Unexpected argument "${arg}"\n\n${USAGE}`);
    values.set(arg.slice(2), argv[++i]);
  }
  const known = [
    'carts',
    'duration',
    'warmup',
    'connections',
    'rounds',
    'gateways',
    'operations',
    'count-requests',
    'medusa-carts',
    'medusa-duration',
    'out',
    'scale',
  ];
  for (const key of values.keys()) if (!known.includes(key)) throw new Error(`Unknown option --${key}\n\n${USAGE}`);
  const whole = (key: string, fallback: number, min = 1) => {
    const raw = values.get(key);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min)
      throw new Error(`--${key} takes a whole number of at least ${min}, got "${raw}"`);
    return value;
  };
  const list = <T extends string>(key: string, allowed: readonly T[], fallback: readonly T[] = allowed): T[] => {
    const raw = values.get(key);
    if (raw === undefined) return [...fallback];
    const chosen = raw.split(',').map((item) => item.trim());
    for (const item of chosen)
      if (!allowed.includes(item as T)) throw new Error(`--${key}: "${item}" is not one of ${allowed.join(', ')}`);
    return chosen as T[];
  };
  const scale = values
    .get('scale')
    ?.split(',')
    .map((item) => {
      const value = Number(item);
      if (!Number.isInteger(value) || value < 1)
        throw new Error(`--scale takes cart counts such as 1000,100000, got "${item}"`);
      return value;
    });
  const peers = list('gateways', PEER_IDS);
  return {
    carts: whole('carts', 10_000),
    duration: whole('duration', 20),
    warmup: whole('warmup', 5, 0),
    connections: whole('connections', 10),
    rounds: whole('rounds', 3),
    gateways: peers.filter((id): id is GatewayId => id !== 'medusa'),
    medusa: peers.includes('medusa'),
    // Two at least: one left open for the cart page, one completed for the order page.
    medusaCarts: whole('medusa-carts', 40, 2),
    medusaDuration: whole('medusa-duration', 10),
    operations: list('operations', OPERATION_IDS, ['cart', 'list']),
    countRequests: whole('count-requests', 20),
    out: values.get('out') ?? (scale ? 'bench/scale.md' : 'bench/results.md'),
    profile: flags.has('profile'),
    scale: scale?.sort((a, b) => a - b),
  };
}
