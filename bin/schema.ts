/**
 * `npm run schema`: writes the client-facing API schema (what a storefront, the Explorer and
 * codegen see: no federation internals, no @inaccessible fields) to gateway/api-schema.graphql.
 * `npm run schema:check`: fails when the committed file is not what supergraph.graphql gives.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { printApiSchema } from '../gateway/api-schema';
import { projectPath } from '../kit/paths';

const outputPath = projectPath('gateway', 'api-schema.graphql');
const check = process.argv.includes('--check');

try {
  const apiSchemaSdl = printApiSchema();
  if (check) {
    const committed = existsSync(outputPath) ? readFileSync(outputPath, 'utf8') : '';
    if (committed !== apiSchemaSdl) {
      console.error('gateway/api-schema.graphql is stale: run npm run schema and commit the result.');
      process.exit(1);
    }
    console.log('gateway/api-schema.graphql is up to date.');
  } else {
    writeFileSync(outputPath, apiSchemaSdl);
    console.log('Wrote gateway/api-schema.graphql.');
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
