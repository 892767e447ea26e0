import { randomBytes } from 'node:crypto';
import { openDatabase, type Database, type DatabaseOptions } from '../kit/database';
import { subgraphHeaders } from '../kit/secret';
import { serve, type RunningServer } from '../kit/http';
import { log } from '../kit/log';
import { migrate } from '../kit/migrate';
import { projectPath } from '../kit/paths';
import { buildSubgraph, serveSubgraph, type SubgraphModule, type SubgraphServices, type SubgraphStats } from '../kit/subgraph';
import { seedDemo, isSeeded } from '../seed/seed';
import { subgraphModules } from '../subgraphs';
import { buildGateway } from './server';

/** Applies every module's migrations, each to its own Postgres schema. */
export async function migrateAll(db: Database, modules: readonly SubgraphModule[] = subgraphModules): Promise<void> {
  for (const module of modules) await migrate(db, module.dbSchema, module.migrations());
}

export interface SupergraphOptions {
  /** An open database, or how to open one. */
  database: Database | DatabaseOptions;
  /** Seed the demo store with this many carts unless it is there already; false: never. */
  seedCarts: number | false;
  host?: string;
  /** Gateway port; 0 picks a free one. */
  gatewayPort: number;
  /** `default`: 4001–4011 as in supergraph.yaml; `free`: any free ports (tests). */
  subgraphPorts: 'default' | 'free';
  /** The secret subgraphs require from their callers; default SUBGRAPH_SECRET, else a new random one. */
  subgraphSecret?: string;
  /** The HS256 secret bearer tokens are verified with; default JWT_SECRET, else a new random one. */
  jwtSecret?: string;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  stats: SubgraphStats;
}

export interface RunningSupergraph {
  db: Database;
  /** What a direct call to a subgraph must send in the x-subgraph-secret header. */
  subgraphSecret: string;
  gatewayUrl: string;
  subgraphs: RunningSubgraph[];
  stop(): Promise<void>;
}

/**
 * The whole supergraph in one process: migrate, seed when empty, the eleven subgraphs, then the
 * gateway routed to them. `npm start` and the tests both run through here.
 */
export async function startSupergraph(options: SupergraphOptions): Promise<RunningSupergraph> {
  const ownsDatabase = !('query' in options.database);
  const db = 'query' in options.database ? options.database : await openDatabase(options.database);
  const servers: RunningServer[] = [];
  const stop = async () => {
    for (const server of servers.reverse()) await server.close();
    if (ownsDatabase) await db.close();
  };
  try {
    await migrateAll(db);
    if (options.seedCarts !== false && !(await isSeeded(db, options.seedCarts))) {
      await seedDemo(db, { carts: options.seedCarts });
    }
    const subgraphs: RunningSubgraph[] = [];
    let gatewayUrl: string | undefined;
    // In one process nobody else needs to know it: a fresh secret keeps the subgraph ports closed to others.
    const subgraphSecret = options.subgraphSecret ?? process.env.SUBGRAPH_SECRET ?? randomBytes(24).toString('hex');
    const services: SubgraphServices = {
      subgraphUrl(name) {
        const running = subgraphs.find((subgraph) => subgraph.name === name);
        if (!running) throw new Error(`Subgraph "${name}" is not running in this supergraph`);
        return running.url;
      },
      gatewayUrl() {
        if (!gatewayUrl) throw new Error('The gateway is not running yet');
        return gatewayUrl;
      },
      subgraphHeaders: () => subgraphHeaders(subgraphSecret),
    };
    for (const module of subgraphModules) {
      const built = buildSubgraph(module, db, projectPath(module.schemaFile), services);
      const port = options.subgraphPorts === 'default' ? module.port : 0;
      const server = await serveSubgraph(built, port, options.host, subgraphSecret);
      servers.push(server);
      subgraphs.push({ name: module.name, url: server.url, stats: built.stats });
    }
    const gateway = buildGateway({
      subgraphUrls: Object.fromEntries(subgraphs.map((subgraph) => [subgraph.name, subgraph.url])),
      subgraphSecret,
    });
    const gatewayServer = await serve(gateway, {
      name: 'gateway',
      port: options.gatewayPort,
      host: options.host,
      context: async () => ({}),
    });
    servers.push(gatewayServer);
    gatewayUrl = gatewayServer.url;
    log('supergraph', `ready: gateway ${gatewayServer.url}`);
    return { db, subgraphSecret, gatewayUrl: gatewayServer.url, subgraphs, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
