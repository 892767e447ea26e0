/**
 * `npm run compose`: writes what says where each subgraph runs from the registry (supergraph.yaml,
 * docker-compose.yml, the Dockerfile's EXPOSE line and deploy/kubernetes/; see bin/deployment.ts and
 * bin/kubernetes.ts), composes
 * supergraph.yaml into supergraph.graphql, and writes what is derived from that
 * (gateway/api-schema.graphql, gateway/public-surface.txt, client/generated/apollo-cache.ts, as
 * `npm run schema` does) so they never drift apart.
 * `npm run compose:check`: fails when a committed one of these files is not what they give.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { composeSupergraph } from '../gateway/compose';
import { derivedFiles } from '../gateway/derived-files';
import { projectPath } from '../kit/paths';
import { generatedFiles as deploymentFiles } from './deployment';
import { kubernetesFiles } from './kubernetes';

const configPath = projectPath('supergraph.yaml');
const outputPath = projectPath('supergraph.graphql');
const check = process.argv.includes('--check');
const generatedFiles = [...deploymentFiles, ...kubernetesFiles];

const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');

try {
  const stale: string[] = [];
  for (const file of generatedFiles) {
    const path = projectPath(file.path);
    const committed = read(path);
    const generated = file.generate(committed);
    if (generated === committed) continue;
    if (check) stale.push(file.path);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, generated);
    }
  }
  // Composed from supergraph.yaml as committed: when that is stale, so is this, and both are named.
  const { supergraphSdl, hints } = composeSupergraph(configPath);
  for (const hint of hints) console.log(`hint ${hint}`);
  if (check) {
    if (read(outputPath) !== supergraphSdl) stale.push('supergraph.graphql');
    if (stale.length > 0) {
      for (const path of stale) console.error(`${path} is stale: run \`npm run compose\` and commit the result.`);
      process.exit(1);
    }
    console.log(`${[...generatedFiles.map((file) => file.path), 'supergraph.graphql'].join(', ')} are up to date.`);
  } else {
    writeFileSync(outputPath, supergraphSdl);
    const derived = derivedFiles(supergraphSdl);
    for (const { file, text } of derived) writeFileSync(projectPath(file), text);
    console.log(
      `Wrote ${generatedFiles.map((file) => file.path).join(', ')}, supergraph.graphql (${hints.length} hint(s)), ${derived.map(({ file }) => file).join(', ')}.`,
    );
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
