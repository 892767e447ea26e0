import { timingSafeEqual } from 'node:crypto';
import { describeMode, isDevelopment } from './mode';
import { actorHeaders } from './auth';
import type { Config } from './config';

/** The secrets production checks. */
type SecretVariable = 'SUBGRAPH_SECRET' | 'JWT_SECRET';

/**
 * Subgraphs answer only the gateway (and each other): every request to a subgraph's /graphql
 * carries this header with the shared secret (SUBGRAPH_SECRET). Set the same header on another
 * gateway (e.g. Hive Gateway's subgraph headers) to run the supergraph there.
 */
export const SUBGRAPH_SECRET_HEADER = 'x-subgraph-secret';

export function secretMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Headers of the product's own internal calls (the link and workflows subgraphs calling a subgraph
 * or the gateway): the secret when there is one, and the `system` actor, which may read everything.
 */
export function subgraphHeaders(secret: string | undefined): Record<string, string> {
  return { ...(secret ? { [SUBGRAPH_SECRET_HEADER]: secret } : {}), ...actorHeaders({ type: 'system' }) };
}

/** The shortest secret production accepts: 32 characters (`openssl rand -hex 32` gives 64). */
export const MIN_SECRET_LENGTH = 32;

/**
 * Placeholders published in examples and templates (ours, Medusa's `supersecret`, common
 * tutorials'): anyone can sign or call with them. Compared lower-case, without punctuation.
 */
const PUBLISHED_SECRETS = new Set(
  [
    'change-me-in-production',
    'changeme',
    'secret',
    'supersecret',
    'password',
    'jwt-secret',
    'jwt_secret',
    'subgraph-secret',
    'your-secret',
    'your-super-secret-jwt-token-with-at-least-32-characters-long',
    'please-change-this-secret-in-production',
  ].map(normalized),
);

function normalized(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const HOW_TO_MAKE_ONE = `a random value of at least ${MIN_SECRET_LENGTH} characters (e.g. openssl rand -hex 32)`;

/** Why `value` cannot be the secret in `variable` in production; undefined when it can. The value itself is never repeated. */
export function secretProblem(variable: string, value: string | undefined): string | undefined {
  if (!value) return `${variable} is not set: it needs ${HOW_TO_MAKE_ONE}`;
  const plain = normalized(value);
  if (PUBLISHED_SECRETS.has(plain) || plain.includes('changeme'))
    return `${variable} is a published placeholder that anyone can use: it needs ${HOW_TO_MAKE_ONE}`;
  if (value.length < MIN_SECRET_LENGTH)
    return `${variable} is ${value.length} characters long: it needs ${HOW_TO_MAKE_ONE}`;
  if (new Set(value).size < 8)
    return `${variable} repeats fewer than 8 different characters: it needs ${HOW_TO_MAKE_ONE}`;
  return undefined;
}

/**
 * In production, what keeps the secrets in `variables` from being strong: a forgotten or copied
 * setting stops the start, with one problem naming each variable and what it needs. Nothing in
 * development.
 */
export function productionSecretProblems(
  config: Partial<Pick<Config, 'NODE_ENV' | SecretVariable>>,
  variables: readonly SecretVariable[],
): string[] {
  if (isDevelopment(config.NODE_ENV)) return [];
  const problems = variables
    .map((variable) => secretProblem(variable, config[variable]))
    .filter((problem) => problem !== undefined);
  return problems.length > 0 ? [`${describeMode(config.NODE_ENV)} needs strong secrets. ${problems.join('. ')}.`] : [];
}
