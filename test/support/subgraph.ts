import type { BaseContext } from '@apollo/server';
import type { Actor } from '../../kit/auth';
import type { Database } from '../../kit/database';
import { migrate } from '../../kit/migrate';
import { buildSubgraph, type SubgraphModule } from '../../kit/subgraph';
import { seedDemo } from '../../seed/seed';
import { subgraphModules } from '../../subgraphs';
import { testConfig } from './config';
import { openTestDatabase } from './database';

export interface InProcessSubgraph {
  db: Database;
  /**
   * Runs an operation on the subgraph's Apollo Server as the gateway would send it (no HTTP, no
   * port): its `data`, or its errors as thrown, with each error's code. `actor` defaults to the
   * gateway's own `system` actor, as the gateway's entity fetches carry it.
   */
  execute<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    actor?: Actor,
  ): Promise<ExecutionResult<Data>>;
  /** Statements run on its database so far (exact, for no-N+1 checks). */
  statements(): number;
  stop(): Promise<void>;
}

export interface ExecutionResult<Data> {
  data?: Data | null;
  errors?: {
    message: string;
    path?: readonly (string | number)[];
    extensions?: { code?: string } & Record<string, unknown>;
  }[];
}

/**
 * One module's subgraph in this process, as Apollo's subgraph template tests it: on a fresh
 * database (PGlite, or a new database on DATABASE_URL), with the demo store seeded (`carts` carts,
 * none by default), served through `executeOperation`.
 */
export async function startInProcessSubgraph<Context extends BaseContext>(
  module: SubgraphModule<Context>,
  options: { carts?: number; seed?: boolean } = {},
): Promise<InProcessSubgraph> {
  const { db, drop } = await openTestDatabase();
  // The seed writes every module's rows, so every module's tables are made.
  for (const each of subgraphModules) await migrate(db, each.dbSchema, each.migrations());
  if (options.seed ?? true) await seedDemo(db, { carts: options.carts ?? 0 });
  const noNetwork = () => {
    throw new Error(`${module.name} is tested in-process: it has no other subgraph or gateway to call`);
  };
  const built = buildSubgraph(module, db, module.schemaFile, {
    config: testConfig(),
    subgraphUrl: noNetwork,
    gatewayUrl: noNetwork,
    subgraphHeaders: () => ({}),
  });
  await built.server.start();
  let requests = 0;
  return {
    db,
    async execute<Data>(query: string, variables: Record<string, unknown> = {}, actor: Actor = { type: 'system' }) {
      requests += 1;
      const contextValue = await built.context({ actor, requestId: `in-process-${requests}` });
      const response = await built.server.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('an incremental response was not asked for');
      return response.body.singleResult as ExecutionResult<Data>;
    },
    statements: () => db.stats.statements,
    async stop() {
      await built.server.stop();
      await drop();
    },
  };
}
