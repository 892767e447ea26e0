/**
 * No Docker engine runs in CI, so the Dockerfile is checked here against what the code needs:
 * a multi-stage build, a non-root production runtime, the production dependencies only, and
 * entry points that import nothing else. (Its EXPOSE line is written by `npm run compose`.)
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { projectPath } from '../kit/paths';

describe('Dockerfile', () => {
  const stages = readDockerfileStages(projectPath('Dockerfile'));
  const runtime = stages[stages.length - 1];

  it('builds in several stages and runs its final stage as a non-root user in production mode', () => {
    const problems: string[] = [];
    if (stages.length < 2) problems.push(`Dockerfile: ${stages.length} stage(s), expected a multi-stage build`);
    const users = runtime.instructions
      .filter((instruction) => instruction.keyword === 'USER')
      .map((instruction) => instruction.argument);
    const user = users[users.length - 1];
    if (!user || ['root', '0'].includes(user.split(':')[0]))
      problems.push(`Dockerfile: the final stage runs as ${user ?? 'root (no USER)'}, expected a non-root USER`);
    if (
      !runtime.instructions.some(
        (instruction) => instruction.keyword === 'ENV' && /\bNODE_ENV=production\b/.test(instruction.argument),
      )
    ) {
      problems.push('Dockerfile: the final stage does not set NODE_ENV=production');
    }
    expect(problems).toEqual([]);
  });

  it('gives the final stage the production dependencies only, and every file the services read', () => {
    const installs = (stage: DockerStage) =>
      stage.instructions
        .filter((instruction) => instruction.keyword === 'RUN' && /\bnpm (ci|install|i)\b/.test(instruction.argument))
        .map((instruction) => instruction.argument);
    const copiedModules = runtime.instructions
      .filter((instruction) => instruction.keyword === 'COPY' && /\bnode_modules\b/.test(instruction.argument))
      .map((instruction) => /--from=(\S+)/.exec(instruction.argument)?.[1]);
    const sources = [runtime, ...copiedModules.map((from) => stages.find((stage) => stage.name === from))];
    const allInstalls = sources.flatMap((stage) => (stage ? installs(stage) : []));
    const problems: string[] = [];
    if (allInstalls.length === 0)
      problems.push('Dockerfile: the final stage neither installs node_modules nor copies them from a stage that does');
    for (const command of allInstalls.filter((install) => !/--omit[= ]dev\b/.test(install))) {
      problems.push(
        `Dockerfile: the final stage's node_modules come from "${command}", which installs the devDependencies too (use --omit=dev)`,
      );
    }
    const copied = runtime.instructions
      .filter((instruction) => instruction.keyword === 'COPY')
      .map((instruction) => instruction.argument)
      .join('\n');
    const needed = [
      'package.json',
      'tsconfig.json',
      'supergraph.yaml',
      'supergraph.graphql',
      'kit',
      'gateway',
      'subgraphs',
      'seed',
      'bin',
    ];
    for (const path of needed.filter(
      (path) => !new RegExp(`(^|[\\s/])${path.replace('.', '\\.')}(\\s|$)`, 'm').test(copied),
    )) {
      problems.push(`Dockerfile: the final stage does not copy ${path}, which the services read`);
    }
    expect(problems).toEqual([]);
  });

  it('runs entry points that import no devDependency (the image omits them)', () => {
    const manifest = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    const runtimeDependencies = new Set(Object.keys(manifest.dependencies ?? {}));
    const entryPoints = ['bin/subgraph.ts', 'bin/gateway.ts', 'bin/seed.ts', 'bin/migrate.ts', 'bin/start.ts'];
    const problems = [...runtimePackageImports(entryPoints.map((entry) => projectPath(entry)))]
      .filter(([pkg]) => !runtimeDependencies.has(pkg))
      .map(
        ([pkg, file]) => `${relative(projectPath(), file)} imports ${pkg}, which is not in package.json's dependencies`,
      );
    expect(problems).toEqual([]);
  });
});

interface DockerStage {
  name?: string;
  instructions: { keyword: string; argument: string }[];
}

function readDockerfileStages(file: string): DockerStage[] {
  const lines = readFileSync(file, 'utf8')
    .replace(/\\\r?\n/g, ' ') // continuation lines
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages: DockerStage[] = [];
  for (const line of lines) {
    const [, keyword, argument] = /^(\S+)\s*(.*)$/.exec(line)!;
    if (keyword.toUpperCase() === 'FROM') stages.push({ name: /\sAS\s+(\S+)/i.exec(argument)?.[1], instructions: [] });
    else stages[stages.length - 1]?.instructions.push({ keyword: keyword.toUpperCase(), argument });
  }
  return stages;
}

/**
 * The packages the entry points import, following their relative imports, with a file importing
 * each. Type-only imports are left out (tsx erases them); other imports count even when only
 * their types are used, which errs on the safe side.
 */
function runtimePackageImports(entryPoints: string[]): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const pending = [...entryPoints];
  const builtins = new Set(builtinModules);
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const specifiers = [
      ...source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm),
      ...source.matchAll(/\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((match) => match[1]);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) {
        const resolved = resolveLocal(join(dirname(file), specifier));
        if (!resolved) throw new Error(`${relative(projectPath(), file)}: cannot resolve ${specifier}`);
        if (resolved.endsWith('.ts')) pending.push(resolved);
      } else if (!specifier.startsWith('node:') && !builtins.has(specifier)) {
        const pkg = specifier
          .split('/')
          .slice(0, specifier.startsWith('@') ? 2 : 1)
          .join('/');
        if (!packages.has(pkg)) packages.set(pkg, file);
      }
    }
  }
  return packages;
}

/** A relative import's file: `x.ts`, `x/index.ts`, or `x` itself (e.g. JSON). */
function resolveLocal(base: string): string | undefined {
  return [`${base}.ts`, join(base, 'index.ts'), base].find(
    (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
  );
}
