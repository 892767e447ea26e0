/**
 * `npm run compose`: composes supergraph.yaml into supergraph.graphql, and writes what is derived
 * from it (gateway/api-schema.graphql and gateway/public-surface.txt, as `npm run schema` does) so
 * they never drift apart.
 * `npm run compose:check`: fails when the committed supergraph.graphql is not what composition gives.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { apiSchema, printApiSchema } from '../gateway/api-schema';
import { publicSurfaceOf } from '../gateway/public-surface';
import { composeSupergraph } from '../gateway/compose';
import { projectPath } from '../kit/paths';

const configPath = projectPath('supergraph.yaml');
const outputPath = projectPath('supergraph.graphql');
const check = process.argv.includes('--check');

try {
  const { supergraphSdl, hints } = composeSupergraph(configPath);
  for (const hint of hints) console.log(`hint ${hint}`);
  if (check) {
    const committed = existsSync(outputPath) ? readFileSync(outputPath, 'utf8') : '';
    if (committed !== supergraphSdl) {
      console.error('supergraph.graphql is stale: run `npm run compose` and commit the result.');
      process.exit(1);
    }
    console.log('supergraph.graphql is up to date.');
  } else {
    writeFileSync(outputPath, supergraphSdl);
    writeFileSync(projectPath('gateway', 'api-schema.graphql'), printApiSchema(supergraphSdl));
    writeFileSync(projectPath('gateway', 'public-surface.txt'), publicSurfaceOf(supergraphSdl, apiSchema(supergraphSdl)));
    console.log(`Wrote supergraph.graphql (${hints.length} hint(s)), gateway/api-schema.graphql and gateway/public-surface.txt.`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
