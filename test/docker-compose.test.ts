/**
 * docker-compose.yml is generated from the subgraph registry (`npm run compose`; compose:check
 * fails when the committed file differs). No Docker engine runs in CI, so this checks what
 * `docker compose` makes of the file, with the variables of a filled-in `.env`, against the
 * registry (subgraphs/index.ts) and the code that calls the subgraphs.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import YAML from 'yaml';
import { DEFAULT_GATEWAY_PORT } from '../gateway/serve';
import { gatewayNodeFlags } from '../gateway/settings';
import { DEFAULT_CONFIG, subgraphUrlVariable } from '../kit/config';
import { projectPath } from '../kit/paths';
import { subgraphModules } from '../subgraphs';
import { links } from '../subgraphs/link/links';

interface Service {
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[] };
  ports?: string[];
}

const composeFile = projectPath('docker-compose.yml');
const text = readFileSync(composeFile, 'utf8');
/** The variables compose requires (`${VAR:?message}`): the secrets, which have no default. */
const SECRETS = ['JWT_SECRET', 'POSTGRES_PASSWORD', 'SUBGRAPH_SECRET'];
const filledIn = Object.fromEntries(SECRETS.map((name) => [name, randomBytes(32).toString('hex')]));
// `<<` merge keys share the settings of every service (x-app); YAML 1.2 needs them asked for.
const parsed = () => YAML.parse(text, { merge: true }) as unknown;
const services = (
  interpolate(parsed(), filledIn, (variable) => {
    throw new Error(`${variable} is required`);
  }) as { services: Record<string, Service> }
).services;

const environment = (service: string) => services[service]?.environment ?? {};
const dependencies = (service: string) =>
  Object.fromEntries(
    Object.entries(services[service]?.depends_on ?? {}).map(([name, { condition }]) => [name, condition]),
  );
const probedUrl = (service: string) =>
  /https?:\/\/[^'"]+/.exec((services[service]?.healthcheck?.test ?? []).join(' '))?.[0];
/** The subgraphs a service's SUBGRAPH_<NAME>_URL variables name, by URL. */
const subgraphUrls = (service: string) =>
  Object.fromEntries(
    Object.entries(environment(service))
      .filter(([variable]) => /^SUBGRAPH_.+_URL$/.test(variable))
      .map(([variable, url]) => [
        subgraphModules.find((module) => subgraphUrlVariable(module.name) === variable)?.name ??
          `(no subgraph) ${variable}`,
        url,
      ]),
  );
const serviceUrls = (names: string[]) =>
  Object.fromEntries(
    subgraphModules
      .filter((module) => names.includes(module.name))
      .map((module) => [module.name, `http://${module.name}:${module.port}/graphql`]),
  );

describe('docker compose, reading docker-compose.yml', () => {
  it("runs each subgraph in the service of its name, on 0.0.0.0 at the registry's port, probed there, after the seed job", () => {
    const seen = subgraphModules.map((module) => ({
      service: module.name,
      command: services[module.name]?.command?.slice(1).join(' '),
      host: environment(module.name).HOST,
      port: Number(environment(module.name).PORT ?? module.port),
      probe: probedUrl(module.name),
      seed: dependencies(module.name).seed,
    }));
    expect(seen).toEqual(
      subgraphModules.map((module) => ({
        service: module.name,
        command: `bin/subgraph.ts ${module.name}`,
        host: '0.0.0.0',
        port: module.port,
        probe: `http://127.0.0.1:${module.port}/ready`,
        seed: 'service_completed_successfully',
      })),
    );
    const running = Object.keys(services).filter((service) => services[service].command?.includes('bin/subgraph.ts'));
    expect(running).toEqual(subgraphModules.map((module) => module.name));
  });

  it('routes the gateway to every subgraph, waits for all to be healthy, and publishes and probes its own port', () => {
    const all = subgraphModules.map((module) => module.name);
    expect(subgraphUrls('gateway')).toEqual(serviceUrls(all));
    expect(dependencies('gateway')).toEqual(Object.fromEntries(all.map((name) => [name, 'service_healthy'])));
    expect(environment('gateway').PORT).toBe(String(DEFAULT_GATEWAY_PORT));
    expect(services.gateway.ports).toEqual([`${DEFAULT_GATEWAY_PORT}:${DEFAULT_GATEWAY_PORT}`]);
    expect(probedUrl('gateway')).toBe(`http://127.0.0.1:${DEFAULT_GATEWAY_PORT}/ready`);
  });

  it("gives a subgraph that calls others their services' URLs and waits for them: the link subgraph the owners of its links, the workflows their steps' targets, the owners of customers' records the customer subgraph", () => {
    const calls: Record<string, string[]> = {};
    const call = (caller: string, called: string) => (calls[caller] = [...new Set([...(calls[caller] ?? []), called])]);
    for (const link of links) for (const side of link.sides) call('link', side.subgraph);
    const targets = workflowStepTargets();
    for (const target of targets.filter((name) => name !== 'gateway')) call('workflows', target);
    // kit/ownership.ts asks the customer subgraph whether the customer of a cart or an order is registered.
    for (const { name } of subgraphModules) {
      const files = readdirSync(projectPath('subgraphs', name)).filter((file) => file.endsWith('.ts'));
      if (
        files.some((file) =>
          readFileSync(projectPath('subgraphs', name, file), 'utf8').includes('createAccountLookup('),
        )
      )
        call(name, 'customer');
    }
    expect(Object.keys(calls).sort()).toEqual(['cart', 'link', 'order', 'workflows']);
    for (const [service, called] of Object.entries(calls)) {
      expect({ service, urls: subgraphUrls(service) }).toEqual({ service, urls: serviceUrls(called) });
      expect({ service, waits: dependencies(service) }).toEqual({
        service,
        waits: {
          seed: 'service_completed_successfully',
          ...Object.fromEntries(called.map((name) => [name, 'service_healthy'])),
        },
      });
    }
    expect(targets).toContain('gateway');
    expect(environment('workflows').GATEWAY_URL).toBe(`http://gateway:${DEFAULT_GATEWAY_PORT}/graphql`);
    // The rest call no other subgraph: a URL given them would be one nobody keeps up to date.
    const others = subgraphModules.map((module) => module.name).filter((name) => !(name in calls));
    expect(
      others.filter((name) => Object.keys(subgraphUrls(name)).length > 0 || environment(name).GATEWAY_URL),
    ).toEqual([]);
  });

  it('starts without a depends_on cycle', () => {
    const cycle = (service: string, path: string[]): string[] | undefined =>
      path.includes(service)
        ? [...path, service]
        : Object.keys(dependencies(service))
            .map((next) => cycle(next, [...path, service]))
            .find(Boolean);
    expect(
      Object.keys(services)
        .map((service) => cycle(service, []))
        .filter(Boolean),
    ).toEqual([]);
  });

  it('shares the SUBGRAPH_SECRET of .env with every service but PostgreSQL, and JWT_SECRET with the gateway', () => {
    const secrets = Object.keys(services)
      .filter((service) => service !== 'postgres')
      .map((service) => [service, environment(service).SUBGRAPH_SECRET === filledIn.SUBGRAPH_SECRET]);
    expect(secrets.filter(([, same]) => !same)).toEqual([]);
    expect(environment('gateway').JWT_SECRET).toBe(filledIn.JWT_SECRET);
  });

  it('ships no working secret: with nothing set, compose refuses to start, naming each secret and .env.example', () => {
    const refusals = new Map<string, string>();
    interpolate(parsed(), {}, (variable, message) => refusals.set(variable, message));
    expect([...refusals.keys()].sort()).toEqual(SECRETS);
    for (const [variable, message] of refusals)
      expect(message).toMatch(new RegExp(`^Set ${variable} in \\.env .*\\(see \\.env\\.example\\)$`));
    // Every use of a secret requires it: none falls back to a default anywhere in the file.
    const uses = [...text.matchAll(/\$\{(\w+)([^}]*)\}/g)].filter(([, variable]) => SECRETS.includes(variable));
    expect(uses.filter(([, , rest]) => !rest.startsWith(':?')).map(([use]) => use)).toEqual([]);
  });

  it('has a .env.example that lists every variable the file reads, and no other, with the secrets left empty', () => {
    const read = new Set([...text.matchAll(/\$\{(\w+)/g)].map(([, variable]) => variable));
    const example = new Map(
      readFileSync(projectPath('.env.example'), 'utf8')
        .split(/\r?\n/)
        .map((line) => /^([A-Za-z_]\w*)=(.*)$/.exec(line.trim()))
        .filter((match): match is RegExpExecArray => match !== null)
        .map(([, name, value]) => [name, value]),
    );
    expect([...example.keys()].sort()).toEqual([...read].sort());
    expect(SECRETS.map((secret) => example.get(secret))).toEqual(SECRETS.map(() => ''));
  });

  it('gives the gateway the Node flags of gateway/settings.ts, as npm run gateway does', () => {
    // Shell defaults (`${GATEWAY_HEAP_MB:-224}`) as the flags read with no variable set.
    const flagsOf = (command: string) =>
      command
        .replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')
        .split(/[\s"]+/)
        .filter((word) => word.startsWith('--max-'));
    const scripts = (
      JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(flagsOf(environment('gateway').NODE_OPTIONS ?? '')).toEqual(gatewayNodeFlags(DEFAULT_CONFIG));
    expect(flagsOf(scripts.gateway.replace(/\\/g, ''))).toEqual(gatewayNodeFlags(DEFAULT_CONFIG));
  });

  const composeCli = (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'docker-compose'))
    .find((file) => existsSync(file));
  (composeCli ? it : it.skip)(
    `is valid for docker-compose config -q${composeCli ? '' : ' (skipped: docker-compose is not installed)'}, and refused without the secrets`,
    () => {
      const run = (env: NodeJS.ProcessEnv) =>
        spawnSync(composeCli!, ['-f', composeFile, 'config', '-q'], { cwd: projectPath(), encoding: 'utf8', env });
      const withoutSecrets = Object.fromEntries(
        Object.entries(process.env).filter(([variable]) => !SECRETS.includes(variable)),
      );
      const valid = run({ ...withoutSecrets, ...filledIn });
      expect({ status: valid.status, stderr: valid.stderr.trim() }).toEqual({ status: 0, stderr: '' });
      const refused = run(withoutSecrets);
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toMatch(/Set (JWT_SECRET|SUBGRAPH_SECRET|POSTGRES_PASSWORD) in \.env/);
    },
  );
});

/** The target of every step of the workflows (subgraphs/workflows/steps/<target>/*.ts), sorted. */
function workflowStepTargets(): string[] {
  const root = projectPath('subgraphs', 'workflows', 'steps');
  const targets = new Set<string>();
  for (const folder of readdirSync(root)) {
    for (const file of readdirSync(join(root, folder)).filter((name) => name.endsWith('.ts'))) {
      // Each step file, found at run time: the folder a step sits in does not make its target.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- files found at run time
      const exported: Record<string, unknown> = require(join(root, folder, file));
      for (const value of Object.values(exported)) {
        if (typeof value === 'object' && value !== null && 'target' in value && typeof value.target === 'string')
          targets.add(value.target);
      }
    }
  }
  return [...targets].sort();
}

/**
 * Compose's variable substitution: `${VAR:-default}` gives the default when VAR is unset or empty,
 * `${VAR-default}` when unset; `${VAR:?message}` (unset or empty) and `${VAR?message}` (unset) are
 * refusals, reported to `refuse` as compose would stop with them.
 */
function interpolate(
  value: unknown,
  variables: Record<string, string>,
  refuse: (variable: string, message: string) => void,
): unknown {
  if (typeof value === 'string') {
    return value.replace(
      /\$\$|\$\{(\w+)(?:(:?)([-?])([^}]*))?\}|\$(\w+)/g,
      (match: string, braced?: string, colon?: string, kind?: string, word?: string, bare?: string) => {
        if (match === '$$') return '$';
        const name = (braced ?? bare)!;
        const given = variables[name];
        if (given !== undefined && !(colon === ':' && given === '')) return given;
        if (kind === '?') refuse(name, word ?? '');
        return kind === '-' ? (word ?? '') : '';
      },
    );
  }
  if (Array.isArray(value)) return value.map((entry) => interpolate(entry, variables, refuse));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, interpolate(entry, variables, refuse)]),
    );
  return value;
}
