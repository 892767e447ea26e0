import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository root, found from this file whether it runs from source (ts-jest) or from `dist/`.
 * Schemas and SQL migrations are read from here, since `tsc` does not copy them.
 */
function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findRoot(__dirname);

export function projectPath(...segments: string[]): string {
  return join(projectRoot, ...segments);
}
