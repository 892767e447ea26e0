/**
 * No Docker engine runs in CI, so docker-compose.yml and the Dockerfile are checked here against
 * what the code says: supergraph.yaml (routing URLs), subgraphs/index.ts (names and ports),
 * kit/config.ts (SUBGRAPH_<NAME>_URL), package.json (what the runtime image installs) and
 * .env.example (every variable the compose file reads; no secret with a working default).
 * Each check lists every problem it finds, naming the service or subgraph.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { delimiter, dirname, join, relative } from 'node:path';
import YAML from 'yaml';
import { readSupergraphConfig } from '../gateway/compose';
import { gatewayNodeFlags } from '../gateway/settings';
import { DEFAULT_CONFIG, subgraphUrlVariable } from '../kit/config';
import { projectPath } from '../kit/paths';
import { subgraphModules } from '../subgraphs';

interface ComposeService {
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  ports?: (string | number | { target?: number })[];
  restart?: string;
}

const composeFile = projectPath('docker-compose.yml');
/** The variables compose requires (`${VAR:?message}`): the secrets, which have no default. */
const SECRETS = ['JWT_SECRET', 'POSTGRES_PASSWORD', 'SUBGRAPH_SECRET'];
/** A `.env` as an operator fills it in: every secret set, everything else at its default. */
const filledIn: Record<string, string> = Object.fromEntries(SECRETS.map((name) => [name, randomBytes(32).toString('hex')]));
const services = readComposeServices(composeFile, filledIn);
const routing = readSupergraphConfig(projectPath('supergraph.yaml'));

/** The service whose command runs `bin/subgraph.ts <name>`, by subgraph name (the first, if several). */
const subgraphServices = new Map<string, string>();
for (const [service, definition] of Object.entries(services)) {
  const subgraph = subgraphOfCommand(commandOf(definition));
  if (subgraph && !subgraphServices.has(subgraph)) subgraphServices.set(subgraph, service);
}
const gatewayServices = Object.keys(services).filter((service) => commandOf(services[service]).includes('bin/gateway.ts'));
const gatewayService = gatewayServices[0];
const seedServices = Object.keys(services).filter((service) => commandOf(services[service]).includes('bin/seed.ts'));

describe('docker-compose.yml agrees with supergraph.yaml and subgraphs/index.ts', () => {
  it('starts from the same subgraphs and ports in supergraph.yaml and subgraphs/index.ts', () => {
    expect(routing.map((entry) => `${entry.name} on ${new URL(entry.routingUrl).port}`)).toEqual(
      subgraphModules.map((module) => `${module.name} on ${module.port}`),
    );
  });

  it('runs every subgraph in exactly one service, on 0.0.0.0, with a healthcheck on its own port\'s /ready', () => {
    const problems: string[] = [];
    for (const module of subgraphModules) {
      const running = Object.keys(services).filter((service) => subgraphOfCommand(commandOf(services[service])) === module.name);
      if (running.length !== 1) {
        problems.push(`subgraph ${module.name}: ${running.length} services run "bin/subgraph.ts ${module.name}" (${running.join(', ') || 'none'}), expected exactly one`);
        continue;
      }
      const service = running[0];
      const environment = environmentOf(services[service]);
      if (environment.HOST !== '0.0.0.0') problems.push(`service ${service} (subgraph ${module.name}): HOST is ${show(environment.HOST)}, expected 0.0.0.0 so other containers reach it`);
      const port = listenPort(service, module.port);
      if (port !== module.port) problems.push(`service ${service} (subgraph ${module.name}): PORT is ${port}, but the gateway and supergraph.yaml expect ${module.port}`);
      problems.push(...readinessProblems(service, module.port));
    }
    for (const [service, definition] of Object.entries(services)) {
      const subgraph = subgraphOfCommand(commandOf(definition));
      if (subgraph && !subgraphModules.some((module) => module.name === subgraph)) {
        problems.push(`service ${service} runs "bin/subgraph.ts ${subgraph}", which is no subgraph of subgraphs/index.ts`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('routes the gateway to every subgraph\'s service at the port and path of its supergraph.yaml routing URL', () => {
    expect(gatewayServices).toHaveLength(1);
    const problems: string[] = [];
    const environment = environmentOf(services[gatewayService]);
    for (const entry of routing) {
      const variable = subgraphUrlVariable(entry.name);
      problems.push(...subgraphUrlProblems(`service ${gatewayService}`, variable, environment[variable], entry.name));
    }
    if (environment.HOST !== '0.0.0.0') problems.push(`service ${gatewayService}: HOST is ${show(environment.HOST)}, expected 0.0.0.0`);
    const port = listenPort(gatewayService, 4000);
    problems.push(...readinessProblems(gatewayService, port));
    const published = (services[gatewayService].ports ?? []).map(containerPort);
    if (!published.includes(port)) problems.push(`service ${gatewayService}: ports publish ${published.join(', ') || 'nothing'}, not the port it listens on (${port})`);
    expect(problems).toEqual([]);
  });

  it("gives the gateway the same Node flags as gateway/settings.ts, and so does npm run gateway", () => {
    // Shell defaults (`${GATEWAY_HEAP_MB:-224}`) as the flags read with no variable set.
    const withDefaults = (text: string) => text.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');
    const flagsOf = (text: string) => withDefaults(text).split(/\s+/).filter((word) => word.startsWith('--max-'));
    const expected = gatewayNodeFlags(DEFAULT_CONFIG);
    expect(flagsOf(String(environmentOf(services[gatewayService]).NODE_OPTIONS ?? ''))).toEqual(expected);
    const scripts = (JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(flagsOf(scripts.gateway.replace(/"/g, ' ').replace(/\\/g, ''))).toEqual(expected);
  });

  it('starts the gateway only once every subgraph is healthy', () => {
    const dependencies = dependenciesOf(services[gatewayService]);
    const problems = subgraphModules
      .map((module) => ({ module, service: subgraphServices.get(module.name) }))
      .filter(({ service }) => service !== undefined && dependencies[service] !== 'service_healthy')
      .map(({ module, service }) => `service ${gatewayService}: depends on ${service} (subgraph ${module.name}) ${dependencies[service!] ? `with ${dependencies[service!]}` : 'not at all'}, expected condition service_healthy`);
    expect(problems).toEqual([]);
  });

  it('points every SUBGRAPH_<NAME>_URL and GATEWAY_URL of every service at the service and port that serve it', () => {
    const problems: string[] = [];
    for (const [service, definition] of Object.entries(services)) {
      const environment = environmentOf(definition);
      for (const [variable, value] of Object.entries(environment)) {
        if (!/^SUBGRAPH_.+_URL$/.test(variable)) continue;
        const subgraph = routing.find((entry) => subgraphUrlVariable(entry.name) === variable);
        if (!subgraph) {
          problems.push(`service ${service}: ${variable} names no subgraph of supergraph.yaml`);
          continue;
        }
        problems.push(...subgraphUrlProblems(`service ${service}`, variable, value, subgraph.name));
        // A subgraph that calls another (link, workflows) waits for it; the gateway is checked above.
        const target = subgraphServices.get(subgraph.name);
        if (service !== gatewayService && target && dependenciesOf(definition)[target] !== 'service_healthy') {
          problems.push(`service ${service}: calls ${target} (${variable}) but does not depend on it with condition service_healthy`);
        }
      }
      if (environment.GATEWAY_URL !== undefined) {
        const url = parseUrl(environment.GATEWAY_URL);
        const gatewayPort = listenPort(gatewayService, 4000);
        if (!url) problems.push(`service ${service}: GATEWAY_URL ${show(environment.GATEWAY_URL)} is not a URL`);
        else if (url.hostname !== gatewayService || portOf(url) !== gatewayPort || url.pathname !== '/graphql') {
          problems.push(`service ${service}: GATEWAY_URL is ${url.href}, expected http://${gatewayService}:${gatewayPort}/graphql`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('orders the start-up without a cycle, by services that exist (workflows call the gateway per request only)', () => {
    const problems: string[] = [];
    for (const [service, definition] of Object.entries(services)) {
      for (const dependency of Object.keys(dependenciesOf(definition))) {
        if (!services[dependency]) problems.push(`service ${service}: depends on ${dependency}, which is no service`);
      }
    }
    const cycle = findCycle();
    if (cycle) problems.push(`depends_on has a cycle: ${cycle.join(' -> ')}`);
    expect(problems).toEqual([]);
  });

  it('gives one SUBGRAPH_SECRET to the gateway, every subgraph and every service that calls them, and the gateway a JWT_SECRET', () => {
    const talking = Object.keys(services).filter((service) => {
      const environment = environmentOf(services[service]);
      return (
        service === gatewayService ||
        subgraphOfCommand(commandOf(services[service])) !== undefined ||
        environment.GATEWAY_URL !== undefined ||
        Object.keys(environment).some((variable) => /^SUBGRAPH_.+_URL$/.test(variable))
      );
    });
    const problems: string[] = [];
    const secrets = new Map<string, string[]>();
    for (const service of talking) {
      const secret = environmentOf(services[service]).SUBGRAPH_SECRET;
      if (!secret) problems.push(`service ${service}: no SUBGRAPH_SECRET, so its subgraph calls are refused or it answers anyone`);
      else secrets.set(secret, [...(secrets.get(secret) ?? []), service]);
    }
    if (secrets.size > 1) problems.push(`services disagree on SUBGRAPH_SECRET: ${[...secrets.values()].map((group) => group.join(', ')).join(' | ')}`);
    if ([...secrets.keys()].some((secret) => secret !== filledIn.SUBGRAPH_SECRET)) problems.push('SUBGRAPH_SECRET is not the one set in .env');
    if (environmentOf(services[gatewayService]).JWT_SECRET !== filledIn.JWT_SECRET) problems.push(`service ${gatewayService}: JWT_SECRET is not the one set in .env, so no bearer token is accepted`);
    expect(problems).toEqual([]);
  });

  it('ships no working secret: with nothing set, compose refuses to start, naming each secret and .env.example', () => {
    const refusals = new Map<string, string>();
    interpolate(YAML.parse(readFileSync(composeFile, 'utf8'), { merge: true }), {}, (variable, message) => refusals.set(variable, message));
    expect([...refusals.keys()].sort()).toEqual(SECRETS);
    for (const [variable, message] of refusals) expect({ variable, message }).toEqual({ variable, message: expect.stringMatching(new RegExp(`^Set ${variable} in \\.env .*\\(see \\.env\\.example\\)$`)) });
    // Every use of a secret requires it: none falls back to a default anywhere in the file.
    const uses = [...readFileSync(composeFile, 'utf8').matchAll(/\$\{(\w+)([^}]*)\}/g)].filter(([, variable]) => SECRETS.includes(variable));
    expect(uses.filter(([, , rest]) => !rest.startsWith(':?')).map(([use]) => use)).toEqual([]);
  });

  it('has a .env.example that lists every variable docker-compose.yml reads, and no other, with the secrets left empty', () => {
    const read = new Set([...readFileSync(composeFile, 'utf8').matchAll(/\$\{(\w+)/g)].map(([, variable]) => variable));
    const example = readEnvFile(projectPath('.env.example'));
    expect([...example.keys()].sort()).toEqual([...read].sort());
    expect(SECRETS.map((secret) => [secret, example.get(secret)])).toEqual(SECRETS.map((secret) => [secret, '']));
    // Copied as it is, the example starts nothing: compose asks for the secrets.
    const refused: string[] = [];
    interpolate(YAML.parse(readFileSync(composeFile, 'utf8'), { merge: true }), Object.fromEntries(example), (variable) => refused.push(variable));
    expect(new Set(refused)).toEqual(new Set(SECRETS));
  });

  it('has a healthcheck on every long-running service; the seed job runs once, before the subgraphs', () => {
    expect(seedServices).toHaveLength(1);
    const [seed] = seedServices;
    const problems: string[] = [];
    for (const [service, definition] of Object.entries(services)) {
      if (service === seed) continue;
      const test = definition.healthcheck?.test;
      if (!test || definition.healthcheck?.disable || (Array.isArray(test) && test[0] === 'NONE')) problems.push(`service ${service}: no healthcheck`);
    }
    if (services[seed].restart !== 'no') problems.push(`service ${seed}: restart is ${show(services[seed].restart)}, expected "no" for a one-shot job`);
    for (const [service, definition] of Object.entries(services)) {
      const condition = dependenciesOf(definition)[seed];
      if (condition && condition !== 'service_completed_successfully') problems.push(`service ${service}: depends on ${seed} with ${condition}, expected service_completed_successfully`);
    }
    for (const [subgraph, service] of subgraphServices) {
      if (!dependenciesOf(services[service])[seed]) problems.push(`service ${service} (subgraph ${subgraph}): starts before ${seed} has migrated and seeded the database`);
    }
    expect(problems).toEqual([]);
  });

  const composeCli = findOnPath('docker-compose');
  (composeCli ? it : it.skip)(
    composeCli ? 'is valid for docker-compose (docker-compose config -q)' : 'is valid for docker-compose (skipped: docker-compose is not installed on this machine)',
    () => {
      const result = spawnSync(composeCli!, ['-f', composeFile, 'config', '-q'], { cwd: projectPath(), encoding: 'utf8', env: { ...process.env, ...filledIn } });
      expect({ status: result.status, stderr: result.stderr.trim() }).toEqual({ status: 0, stderr: '' });
      const withoutSecrets = Object.fromEntries(Object.entries(process.env).filter(([variable]) => !SECRETS.includes(variable)));
      const refused = spawnSync(composeCli!, ['-f', composeFile, 'config', '-q'], { cwd: projectPath(), encoding: 'utf8', env: withoutSecrets });
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toMatch(/Set (JWT_SECRET|SUBGRAPH_SECRET|POSTGRES_PASSWORD) in \.env/);
    },
  );
});

describe('Dockerfile', () => {
  const stages = readDockerfileStages(projectPath('Dockerfile'));
  const runtime = stages[stages.length - 1];

  it('builds in several stages and runs its final stage as a non-root user in production mode', () => {
    const problems: string[] = [];
    if (stages.length < 2) problems.push(`Dockerfile: ${stages.length} stage(s), expected a multi-stage build`);
    const users = runtime.instructions.filter((instruction) => instruction.keyword === 'USER').map((instruction) => instruction.argument);
    const user = users[users.length - 1];
    if (!user || ['root', '0'].includes(user.split(':')[0])) problems.push(`Dockerfile: the final stage runs as ${user ?? 'root (no USER)'}, expected a non-root USER`);
    if (!runtime.instructions.some((instruction) => instruction.keyword === 'ENV' && /\bNODE_ENV=production\b/.test(instruction.argument))) {
      problems.push('Dockerfile: the final stage does not set NODE_ENV=production');
    }
    expect(problems).toEqual([]);
  });

  it('gives the final stage the production dependencies only, and every file the services read', () => {
    const installs = (stage: DockerStage) =>
      stage.instructions.filter((instruction) => instruction.keyword === 'RUN' && /\bnpm (ci|install|i)\b/.test(instruction.argument)).map((instruction) => instruction.argument);
    const copiedModules = runtime.instructions
      .filter((instruction) => instruction.keyword === 'COPY' && /\bnode_modules\b/.test(instruction.argument))
      .map((instruction) => /--from=(\S+)/.exec(instruction.argument)?.[1]);
    const sources = [runtime, ...copiedModules.map((from) => stages.find((stage) => stage.name === from))];
    const allInstalls = sources.flatMap((stage) => (stage ? installs(stage) : []));
    const problems: string[] = [];
    if (allInstalls.length === 0) problems.push('Dockerfile: the final stage neither installs node_modules nor copies them from a stage that does');
    for (const command of allInstalls.filter((install) => !/--omit[= ]dev\b/.test(install))) {
      problems.push(`Dockerfile: the final stage's node_modules come from "${command}", which installs the devDependencies too (use --omit=dev)`);
    }
    const copied = runtime.instructions.filter((instruction) => instruction.keyword === 'COPY').map((instruction) => instruction.argument).join('\n');
    const needed = ['package.json', 'tsconfig.json', 'supergraph.yaml', 'supergraph.graphql', 'kit', 'gateway', 'subgraphs', 'seed', 'bin'];
    for (const path of needed.filter((path) => !new RegExp(`(^|[\\s/])${path.replace('.', '\\.')}(\\s|$)`, 'm').test(copied))) {
      problems.push(`Dockerfile: the final stage does not copy ${path}, which the services read`);
    }
    expect(problems).toEqual([]);
  });

  it('runs entry points that import no devDependency (the image omits them)', () => {
    const manifest = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    const runtimeDependencies = new Set(Object.keys(manifest.dependencies ?? {}));
    const entryPoints = ['bin/subgraph.ts', 'bin/gateway.ts', 'bin/seed.ts', 'bin/start.ts'];
    const problems = [...runtimePackageImports(entryPoints.map((entry) => projectPath(entry)))]
      .filter(([pkg]) => !runtimeDependencies.has(pkg))
      .map(([pkg, file]) => `${relative(projectPath(), file)} imports ${pkg}, which is not in package.json's dependencies`);
    expect(problems).toEqual([]);
  });
});

// --- docker-compose.yml, as `docker compose` reads it with the variables of a .env ---

function readComposeServices(file: string, variables: Record<string, string>): Record<string, ComposeService> {
  // `<<` merge keys share the common service settings (x-app); YAML 1.2 needs them asked for.
  const document: unknown = interpolate(YAML.parse(readFileSync(file, 'utf8'), { merge: true }), variables, (variable, message) => {
    throw new Error(`${file}: ${variable} is required: ${message}`);
  });
  const found = isRecord(document) ? document.services : undefined;
  if (!isRecord(found)) throw new Error(`${file}: expected a "services" map`);
  return found as Record<string, ComposeService>;
}

/**
 * Compose's variable substitution: `${VAR:-default}` gives the default when VAR is unset or empty,
 * `${VAR-default}` when unset; `${VAR:?message}` (unset or empty) and `${VAR?message}` (unset) are
 * refusals, reported to `refuse` as compose would stop with them.
 */
function interpolate(value: unknown, variables: Record<string, string>, refuse: (variable: string, message: string) => void): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$\$|\$\{(\w+)(?:(:?)([-?])([^}]*))?\}|\$(\w+)/g, (match: string, braced?: string, colon?: string, kind?: string, word?: string, bare?: string) => {
      if (match === '$$') return '$';
      const name = (braced ?? bare)!;
      const given = variables[name];
      const missing = given === undefined || (colon === ':' && given === '');
      if (!missing) return given;
      if (kind === '?') refuse(name, word ?? '');
      return kind === '-' ? (word ?? '') : '';
    });
  }
  if (Array.isArray(value)) return value.map((entry) => interpolate(entry, variables, refuse));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, interpolate(entry, variables, refuse)]));
  return value;
}

/** A `.env` file's variables (`NAME=value` lines; comments and blank lines skipped). */
function readEnvFile(file: string): Map<string, string> {
  const variables = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const match = /^([A-Za-z_]\w*)=(.*)$/.exec(line.trim());
    if (match) variables.set(match[1], match[2]);
  }
  return variables;
}

function commandOf(service: ComposeService): string[] {
  const { command } = service;
  if (command === undefined) return [];
  return typeof command === 'string' ? command.split(/\s+/).filter(Boolean) : command.map(String);
}

/** The subgraph a command starts (`… bin/subgraph.ts <name>`), if it starts one. */
function subgraphOfCommand(command: string[]): string | undefined {
  const at = command.indexOf('bin/subgraph.ts');
  return at === -1 ? undefined : (command[at + 1] ?? '');
}

function environmentOf(service: ComposeService): Record<string, string> {
  const { environment } = service;
  if (environment === undefined) return {};
  if (Array.isArray(environment)) {
    return Object.fromEntries(environment.map((entry) => [entry.split('=')[0], entry.slice(entry.indexOf('=') + 1)]));
  }
  return Object.fromEntries(Object.entries(environment).map(([key, value]) => [key, value === null ? '' : String(value)]));
}

/** A service's dependencies with their conditions (the short list form waits for the start only). */
function dependenciesOf(service: ComposeService): Record<string, string> {
  const { depends_on: dependsOn } = service;
  if (dependsOn === undefined) return {};
  if (Array.isArray(dependsOn)) return Object.fromEntries(dependsOn.map((name) => [name, 'service_started']));
  return Object.fromEntries(Object.entries(dependsOn).map(([name, options]) => [name, options?.condition ?? 'service_started']));
}

/** The port a service's process listens on: PORT, else its own default. */
function listenPort(service: string, defaultPort: number): number {
  const port = environmentOf(services[service]).PORT;
  return port ? Number(port) : defaultPort;
}

/** The healthcheck must ask the service's own process, on its port, whether it is ready. */
function readinessProblems(service: string, port: number): string[] {
  const test = services[service].healthcheck?.test;
  const text = Array.isArray(test) ? test.join(' ') : (test ?? '');
  const url = parseUrl(/https?:\/\/[^\s'"`)]+/.exec(text)?.[0]);
  if (!url) return [`service ${service}: its healthcheck requests no URL (${show(text)})`];
  const problems: string[] = [];
  if (!['127.0.0.1', 'localhost'].includes(url.hostname)) problems.push(`service ${service}: its healthcheck asks ${url.hostname}, not the container itself`);
  if (portOf(url) !== port) problems.push(`service ${service}: its healthcheck probes port ${portOf(url)}, but the service listens on ${port}`);
  if (url.pathname !== '/ready') problems.push(`service ${service}: its healthcheck probes ${url.pathname}, expected /ready`);
  return problems;
}

/** SUBGRAPH_<NAME>_URL must name the subgraph's service, with the port and path of supergraph.yaml. */
function subgraphUrlProblems(where: string, variable: string, value: string | undefined, subgraph: string): string[] {
  const service = subgraphServices.get(subgraph);
  const routed = new URL(routing.find((entry) => entry.name === subgraph)!.routingUrl);
  if (!service) return [`${where}: ${variable} routes to subgraph ${subgraph}, which no service runs`];
  const expected = `http://${service}:${portOf(routed)}${routed.pathname}`;
  const url = parseUrl(value);
  if (!url) return [`${where}: ${variable} is ${show(value)}, expected ${expected}`];
  if (url.hostname !== service || portOf(url) !== portOf(routed) || url.pathname !== routed.pathname) {
    return [`${where}: ${variable} is ${url.href}, expected ${expected} (supergraph.yaml routes ${subgraph} to ${routed.href})`];
  }
  return [];
}

function containerPort(entry: string | number | { target?: number }): number {
  if (typeof entry === 'object') return Number(entry.target);
  return Number(String(entry).split('/')[0].split(':').pop());
}

/** A dependency cycle, as the services along it, if depends_on has one. */
function findCycle(): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (service: string, path: string[]): string[] | undefined => {
    if (state.get(service) === 'visiting') return [...path.slice(path.indexOf(service)), service];
    if (state.get(service) === 'done' || !services[service]) return undefined;
    state.set(service, 'visiting');
    for (const dependency of Object.keys(dependenciesOf(services[service]))) {
      const cycle = visit(dependency, [...path, service]);
      if (cycle) return cycle;
    }
    state.set(service, 'done');
    return undefined;
  };
  for (const service of Object.keys(services)) {
    const cycle = visit(service, []);
    if (cycle) return cycle;
  }
  return undefined;
}

// --- the Dockerfile ---

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
    const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
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
        const pkg = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
        if (!packages.has(pkg)) packages.set(pkg, file);
      }
    }
  }
  return packages;
}

/** A relative import's file: `x.ts`, `x/index.ts`, or `x` itself (e.g. JSON). */
function resolveLocal(base: string): string | undefined {
  return [`${base}.ts`, join(base, 'index.ts'), base].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

// --- small helpers ---

function findOnPath(program: string): string | undefined {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, program))
    .find((candidate) => existsSync(candidate));
}

function parseUrl(value: string | undefined): URL | undefined {
  if (!value) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** A URL's port, with the scheme's default when it names none. */
function portOf(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
}

function show(value: unknown): string {
  return value === undefined ? 'unset' : JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
