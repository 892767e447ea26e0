/**
 * Writes subgraphs/link/schema.graphql from the link declarations (part of `npm run codegen`);
 * with `--check`, fails when the committed file is not what the declarations give.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { projectPath } from '../kit/paths';
import { linkSchemaSdl } from '../subgraphs/link/sdl';

const target = projectPath('subgraphs', 'link', 'schema.graphql');
const sdl = linkSchemaSdl();
if (process.argv.includes('--check')) {
  if (!existsSync(target) || readFileSync(target, 'utf8') !== sdl) {
    console.error(
      'subgraphs/link/schema.graphql does not match the link declarations: run `npm run codegen` and commit it.',
    );
    process.exit(1);
  }
} else {
  writeFileSync(target, sdl);
}
