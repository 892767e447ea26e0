/**
 * The whole supergraph in one process, for `npm start` (bin/start.ts) and the tests: a module the
 * entry points import, not one to run.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { openDatabase, type Database, type DatabaseOptions } from '../kit/database';
import { subgraphHeaders } from '../kit/secret';
import type { Config } from '../kit/config';
import { httpLimits, type HttpLimits, type RunningServer } from '../kit/http';
import { log } from '../kit/log';
import { migrate } from '../kit/migrate';
import { projectPath } from '../kit/paths';
import {
  buildSubgraph,
  serveSubgraph,
  type BuiltSubgraph,
  type SubgraphModule,
  type SubgraphServices,
  type SubgraphStats,
} from '../kit/subgraph';
import { seedDemo, isSeeded } from '../seed/seed';
import { findSubgraph, subgraphModules } from '../subgraphs';
import { composeSubgraphs } from '../gateway/compose';
import { serveGateway } from '../gateway/serve';
import { buildGateway, type GatewayOptions } from '../gateway/server';
import { gatewayOptions } from '../gateway/settings';

/** Applies every module's migrations, each to its own Postgres schema. */
export async function migrateAll(db: Database, modules: readonly SubgraphModule[] = subgraphModules): Promise<void> {
  for (const module of modules) await migrate(db, module.dbSchema, module.migrations());
}

export interface SupergraphOptions {
  /**
   * The configuration (kit/config.ts): the subgraphs get it, and the gateway's options, its and the
   * subgraphs' HTTP limits and the secrets come from it unless given below.
   */
  config: Config;
  /** An open database, or how to open one. */
  database: Database | DatabaseOptions;
  /** Seed the demo store with this many carts unless it is there already; false: never. */
  seedCarts: number | false;
  host?: string;
  /** Gateway port; 0 picks a free one. */
  gatewayPort: number;
  /** `default`: each module's own port (subgraphs/index.ts); `free`: any free ports (tests); or a port per subgraph name. */
  subgraphPorts: 'default' | 'free' | Record<string, number>;
  /** The secret subgraphs require from their callers; default SUBGRAPH_SECRET, else a new random one. */
  subgraphSecret?: string;
  /** The HS256 secret bearer tokens are verified with; default JWT_SECRET, else a new random one. */
  jwtSecret?: string;
  /** Gateway options that replace the configuration's (tokens, time limits, abuse limits, development or production mode, CORS). */
  gateway?: Omit<GatewayOptions, 'supergraphSdl' | 'subgraphUrls' | 'subgraphSecret' | 'devIssuerSecret'>;
  /** Serve the development token issuer (`POST /auth/token`) on the gateway: `npm start` outside production. */
  devIssuer?: boolean;
  /** Where the gateway reaches a subgraph, given where it listens (tests put a proxy in between). */
  route?: (name: string, url: string) => string;
  /**
   * Where the subgraphs reach each other and the gateway (the link subgraph's checks, the
   * workflows' steps), given where it listens: tests put a proxy in between to inject faults at
   * that transport.
   */
  serviceRoute?: (name: string, url: string) => string;
  /** Subgraphs that run elsewhere (another process), by name and URL: not started here, routed there. */
  external?: Record<string, string>;
  /**
   * Only these subgraphs, composed into a supergraph of their own (a test of a few modules, as Hive's
   * gateway tester builds one); default every subgraph, on the committed supergraph.graphql.
   */
  only?: readonly string[];
  /** Time limits and connection caps of the gateway's and the subgraphs' servers, instead of the configuration's. */
  httpLimits?: { gateway?: HttpLimits; subgraphs?: HttpLimits };
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
  /** What the gateway verifies bearer tokens with (HS256). */
  jwtSecret: string;
  gatewayUrl: string;
  subgraphs: RunningSubgraph[];
  /** Stops one subgraph's server (as if its process died); the rest keeps running. */
  stopSubgraph(name: string): Promise<void>;
  /** Starts a stopped subgraph again on its port. */
  startSubgraph(name: string): Promise<void>;
  /** Stops the gateway first (draining its requests), then the subgraphs, then closes the database. */
  stop(): Promise<void>;
}

/**
 * The whole supergraph in one process: migrate, seed when empty, the twelve subgraphs, then the
 * gateway routed to them. `npm start` and the tests both run through here.
 */
export async function startSupergraph(options: SupergraphOptions): Promise<RunningSupergraph> {
  const ownsDatabase = !('query' in options.database);
  const db = 'query' in options.database ? options.database : await openDatabase(options.database);
  const servers = new Map<string, RunningServer>();
  let gatewayServer: RunningServer | undefined;
  const stop = async () => {
    await gatewayServer?.close();
    gatewayServer = undefined;
    await Promise.all([...servers.values()].map((server) => server.close()));
    servers.clear();
    if (ownsDatabase) await db.close();
  };
  try {
    await migrateAll(db);
    if (options.seedCarts !== false && !(await isSeeded(db, options.seedCarts))) {
      await seedDemo(db, { carts: options.seedCarts });
    }
    const subgraphs: RunningSubgraph[] = [];
    const built = new Map<string, BuiltSubgraph<object>>();
    let gatewayUrl: string | undefined;
    const { config } = options;
    // In one process nobody else needs to know them: fresh secrets keep the ports closed to others.
    const subgraphSecret = options.subgraphSecret ?? config.SUBGRAPH_SECRET ?? randomBytes(32).toString('hex');
    const jwtSecret = options.jwtSecret ?? config.JWT_SECRET ?? randomBytes(32).toString('hex');
    const limits = {
      gateway: options.httpLimits?.gateway ?? httpLimits(config, 'gateway'),
      subgraphs: options.httpLimits?.subgraphs ?? httpLimits(config, 'subgraph'),
    };
    const serviceRoute = options.serviceRoute ?? ((_name: string, url: string) => url);
    const services: SubgraphServices = {
      config,
      subgraphUrl(name) {
        const running = subgraphs.find((subgraph) => subgraph.name === name);
        if (!running) throw new Error(`Subgraph "${name}" is not running in this supergraph`);
        return serviceRoute(name, running.url);
      },
      gatewayUrl() {
        if (!gatewayUrl) throw new Error('The gateway is not running yet');
        return serviceRoute('gateway', gatewayUrl);
      },
      subgraphHeaders: () => subgraphHeaders(subgraphSecret),
      // On its default ports the supergraph is one instance across restarts (`npm start` again on the
      // same data): the workflows take up its earlier runs at once.
      instance: options.subgraphPorts === 'default' ? `${hostname()}:supergraph` : undefined,
    };
    const listen = async (name: string, port: number) => {
      const subgraph = built.get(name);
      if (!subgraph) throw new Error(`No subgraph named "${name}"`);
      const server = await serveSubgraph(subgraph, port, options.host, subgraphSecret, limits.subgraphs);
      servers.set(name, server);
      return server;
    };
    const chosen = options.only ? options.only.map((name) => findSubgraph(name)) : subgraphModules;
    for (const module of chosen) {
      const elsewhere = options.external?.[module.name];
      if (elsewhere) {
        subgraphs.push({ name: module.name, url: elsewhere, stats: { requests: 0 } });
        continue;
      }
      built.set(module.name, buildSubgraph(module, db, projectPath(module.schemaFile), services));
      const ports = options.subgraphPorts;
      const server = await listen(
        module.name,
        ports === 'default' ? module.port : ports === 'free' ? 0 : (ports[module.name] ?? 0),
      );
      subgraphs.push({ name: module.name, url: server.url, stats: built.get(module.name)!.stats });
    }
    const route = options.route ?? ((_name: string, url: string) => url);
    const fromConfig = gatewayOptions(config);
    const gateway = buildGateway({
      ...fromConfig,
      ...options.gateway,
      ...(options.only
        ? {
            supergraphSdl: composeSubgraphs(
              chosen.map((module) => ({
                name: module.name,
                routingUrl: 'http://routed.by.subgraphUrls',
                schemaFile: projectPath(module.schemaFile),
              })),
            ).supergraphSdl,
          }
        : {}),
      subgraphUrls: Object.fromEntries(
        subgraphs.map((subgraph) => [subgraph.name, route(subgraph.name, subgraph.url)]),
      ),
      subgraphSecret,
      auth: { ...fromConfig.auth, ...options.gateway?.auth, jwtSecret },
      devIssuerSecret: options.devIssuer ? jwtSecret : undefined,
    });
    gatewayServer = await serveGateway(gateway, options.gatewayPort, options.host, limits.gateway);
    gatewayUrl = gatewayServer.url;
    log('supergraph', `ready: gateway ${gatewayServer.url}`);
    return {
      db,
      subgraphSecret,
      jwtSecret,
      gatewayUrl: gatewayServer.url,
      subgraphs,
      async stopSubgraph(name) {
        const server = servers.get(name);
        if (!server) throw new Error(`The ${name} subgraph is not running`);
        servers.delete(name);
        await server.close();
      },
      async startSubgraph(name) {
        const running = subgraphs.find((subgraph) => subgraph.name === name);
        if (!running) throw new Error(`No subgraph named "${name}"`);
        if (servers.has(name)) throw new Error(`The ${name} subgraph is already running`);
        // An Apollo Server cannot start twice: a stopped subgraph comes back as a new server on the same port.
        const module = subgraphModules.find((candidate) => candidate.name === name)!;
        built.set(name, buildSubgraph(module, db, projectPath(module.schemaFile), services, running.stats));
        await listen(name, Number(new URL(running.url).port));
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
