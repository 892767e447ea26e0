import pino, { type Logger } from 'pino';
import { readLogConfig } from './config';

/**
 * Structured JSON logs (pino), one object per line: `time`, `level`, `scope` (gateway, cart, …),
 * `msg`, and the request's `request_id` where there is one. LOG_LEVEL picks the level (`info` by
 * default; `debug` adds a line per subgraph request; `silent` for tests). LOG_FORMAT=pretty prints
 * the same events as `[scope] message key=value` lines for a person at a terminal (`npm start`).
 */
let root: Logger | undefined;

export function logger(): Logger {
  if (root) return root;
  // Created on first use, so a test that sets LOG_LEVEL before starting anything is obeyed. Read
  // here, by their declaration (kit/config.ts), rather than passed down: every module logs, from
  // before an entry point has read its configuration.
  const { LOG_LEVEL, LOG_FORMAT } = readLogConfig(process.env);
  root = pino(
    {
      level: LOG_LEVEL,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    LOG_FORMAT === 'pretty' ? prettyDestination : pino.destination({ sync: true }),
  );
  return root;
}

const prettyDestination = {
  write(line: string): void {
    const { level, time: _time, scope, msg, ...fields } = JSON.parse(line) as Record<string, unknown>;
    const details = Object.entries(fields).map(
      ([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`,
    );
    const text = `[${String(scope ?? 'app')}] ${String(msg ?? '')}${details.length > 0 ? ` ${details.join(' ')}` : ''}\n`;
    (level === 'error' || level === 'fatal' || level === 'warn' ? process.stderr : process.stdout).write(text);
  },
};

export type LogFields = Record<string, unknown>;

export function log(scope: string, message: string, fields: LogFields = {}): void {
  logger().info({ scope, ...fields }, message);
}

export function logDebug(scope: string, message: string, fields: LogFields = {}): void {
  logger().debug({ scope, ...fields }, message);
}

export function logError(scope: string, message: string, fields: LogFields = {}): void {
  logger().error({ scope, ...fields }, message);
}
