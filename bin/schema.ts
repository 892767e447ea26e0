/**
 * `npm run schema`: writes what is derived from the committed supergraph.graphql for its users:
 * - gateway/api-schema.graphql, the client-facing schema (what a storefront, the Explorer and
 *   codegen see: no federation internals, no @inaccessible fields);
 * - gateway/public-surface.txt, every field a guest or a customer may read (the access declarations);
 * - client/generated/apollo-cache.ts, Apollo Client's `possibleTypes` and `typePolicies` (gateway/apollo-cache.ts).
 * `npm run schema:check`: fails when a committed file is not what supergraph.graphql gives.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { derivedFiles } from '../gateway/derived-files';
import { readSupergraphSdl } from '../gateway/server';
import { projectPath } from '../kit/paths';

const check = process.argv.includes('--check');

try {
  const supergraphSdl = readSupergraphSdl();
  const outputs = derivedFiles(supergraphSdl);
  let stale = false;
  for (const { file, text } of outputs) {
    const path = projectPath(file);
    if (!check) {
      writeFileSync(path, text);
      console.log(`Wrote ${file}.`);
    } else if ((existsSync(path) ? readFileSync(path, 'utf8') : '') !== text) {
      console.error(`${file} is stale: run npm run schema and commit the result.`);
      stale = true;
    } else console.log(`${file} is up to date.`);
  }
  if (stale) process.exit(1);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
