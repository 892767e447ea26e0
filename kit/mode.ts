/**
 * Development or production, decided in one place. Development features (the token issuer,
 * Apollo Sandbox, introspection, query plans, CORS for local origins, stack traces in errors) are
 * on only when NODE_ENV is unset, empty or exactly `development`. Every other value
 * (`production`, `Production`, `staging`, `test`, a typo) is production: a mistake fails closed.
 */
export function isDevelopment(env: NodeJS.ProcessEnv = process.env): boolean {
  const mode = env.NODE_ENV;
  return mode === undefined || mode === '' || mode === 'development';
}

/** How NODE_ENV reads, for messages: `NODE_ENV=staging (production)`. */
export function describeMode(env: NodeJS.ProcessEnv = process.env): string {
  const mode = env.NODE_ENV;
  if (mode === undefined || mode === '') return 'NODE_ENV unset (development)';
  return `NODE_ENV=${mode} (${isDevelopment(env) ? 'development' : 'production'})`;
}
