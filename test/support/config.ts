import { readConfig, type Config, type Environment } from '../../kit/config';
import { subgraphModules } from '../../subgraphs';

/** The configuration an entry point would read from `env`, with every subgraph's variables allowed. */
export function configFrom(env: Environment): Config {
  return readConfig(env, { subgraphs: subgraphModules.map((module) => module.name) });
}

/**
 * The configuration of a supergraph a test starts in its own process: every default, in production
 * (as jest's NODE_ENV=test is), and without the workflows' periodic look for abandoned runs: tests
 * count SQL statements exactly, so the workflows look at start-up only (the tests of recovery run
 * the workflows as a process of their own, with their own settings).
 */
export function testConfig(env: Environment = {}): Config {
  return configFrom({ NODE_ENV: 'test', WORKFLOW_RECOVERY_INTERVAL_MS: '3600000', ...env });
}
