/**
 * Development or production, decided in one place from NODE_ENV. Development features (the token
 * issuer, Apollo Sandbox, introspection, query plans, CORS for local origins, stack traces in
 * errors) are on only when NODE_ENV is unset, empty or exactly `development`. Every other value
 * (`production`, `Production`, `staging`, `test`, a typo) is production: a mistake fails closed.
 */
export function isDevelopment(nodeEnv: string | undefined): boolean {
  return nodeEnv === undefined || nodeEnv === '' || nodeEnv === 'development';
}

/** How NODE_ENV reads, for messages: `NODE_ENV=staging (production)`. */
export function describeMode(nodeEnv: string | undefined): string {
  if (nodeEnv === undefined || nodeEnv === '') return 'NODE_ENV unset (development)';
  return `NODE_ENV=${nodeEnv} (${isDevelopment(nodeEnv) ? 'development' : 'production'})`;
}
