/** One line per event, prefixed with where it happened; quiet when LOG_LEVEL=silent (tests). */
export function log(scope: string, message: string): void {
  if (process.env.LOG_LEVEL === 'silent') return;
  console.log(`[${scope}] ${message}`);
}

export function logError(scope: string, message: string): void {
  if (process.env.LOG_LEVEL === 'silent') return;
  console.error(`[${scope}] ${message}`);
}
