import { gatewayNodeFlags } from '../gateway/settings';
import { readFileSync, writeFileSync } from 'node:fs';
import { readConfig, subgraphUrlVariable } from '../kit/config';
import { subgraphModules } from '../subgraphs';
import { projectPath } from '../kit/paths';
import { startNode, TSX_IMPORT, type NodeProcess } from './processes';

export type GatewayId = 'ours' | 'stock' | 'hive' | 'hive-rust';

export const GATEWAY_IDS: readonly GatewayId[] = ['ours', 'stock', 'hive', 'hive-rust'];

/** The benchmark's client: an admin user, so the list page is allowed on every gateway. */
export const BENCH_ACTOR = { actor_type: 'user', actor_id: 'user_bench' } as const;

export interface GatewayLaunch {
  port: number;
  /** Where each subgraph is reached, by name. */
  routes: Record<string, string>;
  /** A supergraph.graphql copy whose routing URLs are `routes`. */
  supergraphFile: string;
  subgraphSecret: string;
  jwtSecret: string;
  /** Extra arguments for node (e.g. --cpu-prof). */
  nodeArgs?: string[];
}

export interface Gateway {
  id: GatewayId;
  title: string;
  /** The settings it runs with, for the results. */
  settings: string;
  start(launch: GatewayLaunch): NodeProcess;
  /** Headers every client request carries. */
  clientHeaders(token: string): Record<string, string>;
}

const HIVE_BIN = projectPath('node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');

function packageVersion(name: string): string {
  try {
    return (
      JSON.parse(readFileSync(projectPath('node_modules', ...name.split('/'), 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  } catch {
    return '?';
  }
}

/** Our gateway's own settings (GATEWAY_WORKERS, GATEWAY_BATCH_ENTITIES, …) pass through from the caller's environment; the results say which were set. */
function ourEnvironment(): string {
  const set = Object.entries(process.env).filter(
    ([key]) => (key.startsWith('GATEWAY_') && key !== 'GATEWAY_URL') || /^SUBGRAPH_.*TIMEOUT_MS$/.test(key),
  );
  return set.length
    ? `with ${set.map(([key, value]) => `${key}=${value}`).join(', ')}`
    : 'default settings (one process)';
}

const common = (launch: GatewayLaunch) => ({
  HOST: '127.0.0.1',
  PORT: String(launch.port),
  SUBGRAPH_SECRET: launch.subgraphSecret,
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
});

/** Hive Gateway's CLI with a configuration file of bench/; `planner` says what that file changes. */
function hiveGateway(id: GatewayId, title: string, configFile: string, planner: string): Gateway {
  return {
    id,
    title,
    settings: `@graphql-hive/gateway ${packageVersion('@graphql-hive/gateway')} CLI (\`hive-gateway supergraph\`)${planner}, default settings: one process (fork 1), no JIT, no response cache, inbound request deduplication off, deduplication of identical in-flight subgraph requests on (its default); subgraph requests carry the secret and the admin actor headers (\`bench/${configFile}\`)`,
    start: (launch) =>
      startNode(
        `gateway (${title})`,
        [
          ...(launch.nodeArgs ?? []),
          HIVE_BIN,
          'supergraph',
          launch.supergraphFile,
          '--host',
          '127.0.0.1',
          '--port',
          String(launch.port),
          '--config-path',
          projectPath('bench', configFile),
        ],
        // Errors only: Hive's logger refuses `silent` (and, despite its message, `false`).
        {
          ...common(launch),
          LOG_LEVEL: 'error',
          BENCH_ACTOR_TYPE: BENCH_ACTOR.actor_type,
          BENCH_ACTOR_ID: BENCH_ACTOR.actor_id,
        },
      ),
    clientHeaders: () => ({}),
  };
}

export const gateways: Record<GatewayId, Gateway> = {
  ours: {
    id: 'ours',
    title: 'ours',
    settings: `\`bin/gateway.ts\` as shipped, ${ourEnvironment()} and no per-client rate limit (GATEWAY_RATE_LIMIT=0: the load is one client); the client sends \`Authorization: Bearer <admin JWT>\`, which it verifies and forwards as actor headers`,
    start: (launch) =>
      startNode(
        'gateway (ours)',
        [
          ...gatewayNodeFlags(readConfig(process.env, { subgraphs: subgraphModules.map((module) => module.name) })),
          ...(launch.nodeArgs ?? []),
          ...TSX_IMPORT,
          'bin/gateway.ts',
        ],
        {
          ...common(launch),
          JWT_SECRET: launch.jwtSecret,
          // One client (the load generator, one admin token) sends hundreds of requests a second: no per-client limit.
          GATEWAY_RATE_LIMIT: '0',
          ...Object.fromEntries(Object.entries(launch.routes).map(([name, url]) => [subgraphUrlVariable(name), url])),
        },
      ),
    clientHeaders: (token) => ({ authorization: `Bearer ${token}` }),
  },
  stock: {
    id: 'stock',
    title: 'stock @apollo/gateway',
    settings: `@apollo/gateway ${packageVersion('@apollo/gateway')} + @apollo/server ${packageVersion('@apollo/server')} \`startStandaloneServer\`, default settings (one process); subgraph requests carry the secret and the admin actor headers (\`bench/stock-gateway.ts\`)`,
    start: (launch) =>
      startNode('gateway (stock)', [...(launch.nodeArgs ?? []), ...TSX_IMPORT, 'bench/stock-gateway.ts'], {
        ...common(launch),
        SUPERGRAPH_FILE: launch.supergraphFile,
        BENCH_ACTOR_TYPE: BENCH_ACTOR.actor_type,
        BENCH_ACTOR_ID: BENCH_ACTOR.actor_id,
      }),
    clientHeaders: () => ({}),
  },
  hive: hiveGateway('hive', 'Hive Gateway', 'hive-gateway.config.ts', ''),
  'hive-rust': hiveGateway(
    'hive-rust',
    'Hive Gateway + Rust planner',
    'hive-rust-gateway.config.ts',
    `, with Hive Router's Rust query planner (\`@graphql-hive/router-runtime\` ${packageVersion('@graphql-hive/router-runtime')}, its \`unifiedGraphHandler\`)`,
  ),
};

/** Writes the committed supergraph.graphql with each subgraph's routing URL replaced by `routes`. */
export function writeSupergraph(routes: Record<string, string>, file: string): void {
  const sdl = readFileSync(projectPath('supergraph.graphql'), 'utf8');
  const rewritten = sdl.replace(/@join__graph\(name: "([^"]+)", url: "([^"]*)"\)/g, (_match, name: string) => {
    const url = routes[name];
    if (!url) throw new Error(`No route for subgraph "${name}"`);
    return `@join__graph(name: "${name}", url: "${url}")`;
  });
  writeFileSync(file, rewritten);
}
