import { projectPath } from './paths';

/**
 * Settings from the environment, in one place:
 * - DATABASE_URL: a PostgreSQL server (`postgres://…`). Unset: the embedded PGlite in DATA_DIR.
 * - DATA_DIR: PGlite's data folder (default `.data/pglite`, git-ignored).
 * - HOST: the interface servers bind to (default 127.0.0.1; `0.0.0.0` in containers).
 * - PORT: the port of the process's server (gateway 4000; a subgraph its own default).
 * - SUBGRAPH_<NAME>_URL: where the gateway reaches a subgraph, e.g. SUBGRAPH_SALES_CHANNEL_URL.
 */
export interface Config {
  databaseUrl?: string;
  dataDir: string;
  host: string;
  port?: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR || projectPath('.data', 'pglite'),
    host: env.HOST || '127.0.0.1',
    port: env.PORT ? parsePort(env.PORT, 'PORT') : undefined,
  };
}

export function parsePort(value: string, name: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${name} must be a port number, got "${value}"`);
  return port;
}

/** `sales-channel` → `SUBGRAPH_SALES_CHANNEL_URL`. */
export function subgraphUrlVariable(subgraph: string): string {
  return `SUBGRAPH_${subgraph.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`;
}

/** Routing URLs set in the environment, by subgraph name. */
export function subgraphUrlOverrides(names: readonly string[], env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const name of names) {
    const url = env[subgraphUrlVariable(name)];
    if (url) overrides[name] = url;
  }
  return overrides;
}

/** A whole number of at least 1 from a setting; a wrong value stops the start with a message naming the variable. */
export function positiveIntegerSetting(value: string, variable: string): number {
  const number = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(number) || number <= 0) throw new Error(`${variable} must be a positive whole number, got "${value}"`);
  return number;
}

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3_600, d: 86_400 };

/** A duration in seconds, written as seconds (`86400`) or with a unit as Medusa's `jwtExpiresIn` is (`30m`, `12h`, `1d`). */
export function durationSetting(value: string, variable: string): number {
  const match = /^\s*(\d+)\s*([smhd]?)\s*$/i.exec(value);
  const seconds = match ? Number(match[1]) * DURATION_UNITS[(match[2] || 's').toLowerCase()] : NaN;
  if (!Number.isSafeInteger(seconds) || seconds <= 0) throw new Error(`${variable} must be a duration such as 1d, 12h, 30m or a number of seconds, got "${value}"`);
  return seconds;
}
