import { subgraphUrlVariable } from '../kit/config';
import { subgraphModules } from '../subgraphs';
import { answersOk, freePort, startNode, TSX_IMPORT, waitUntil, type NodeProcess } from './processes';

export interface RunningSubgraphs {
  /** GraphQL URL of each subgraph, by name. */
  routes: Record<string, string>;
  processes: NodeProcess[];
  stop(): Promise<void>;
}

/**
 * Every subgraph of the registry, each its own process (`bin/subgraph.ts <name>`) on a free port, on the
 * benchmark's database. Resolves once every `/health` answers. `nodeArgs` adds node arguments to
 * one subgraph (the CPU profile of the cart subgraph).
 */
export async function startSubgraphs(options: {
  databaseUrl: string;
  subgraphSecret: string;
  gatewayUrl: string;
  nodeArgs?: Record<string, string[]>;
}): Promise<RunningSubgraphs> {
  const ports = new Map<string, number>();
  for (const module of subgraphModules) ports.set(module.name, await freePort());
  const routes = Object.fromEntries([...ports].map(([name, port]) => [name, `http://127.0.0.1:${port}/graphql`]));
  const routing = Object.fromEntries(Object.entries(routes).map(([name, url]) => [subgraphUrlVariable(name), url]));
  const processes = subgraphModules.map((module) =>
    startNode(
      `subgraph ${module.name}`,
      [...(options.nodeArgs?.[module.name] ?? []), ...TSX_IMPORT, 'bin/subgraph.ts', module.name],
      {
        ...routing,
        DATABASE_URL: options.databaseUrl,
        PORT: String(ports.get(module.name)),
        HOST: '127.0.0.1',
        SUBGRAPH_SECRET: options.subgraphSecret,
        GATEWAY_URL: options.gatewayUrl,
        LOG_LEVEL: 'silent',
        NODE_ENV: 'production',
        // The offset list page measures what a deep offset costs: every skip up to the table's size.
        PAGINATION_MAX_SKIP: String(1e9),
      },
    ),
  );
  const stop = async () => {
    await Promise.all(processes.map((child) => child.stop()));
  };
  try {
    await Promise.all(
      processes.map((child, index) =>
        waitUntil(
          `subgraph ${subgraphModules[index].name}`,
          () => answersOk(`http://127.0.0.1:${ports.get(subgraphModules[index].name)}/health`),
          { process: child },
        ),
      ),
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { routes, processes, stop };
}
