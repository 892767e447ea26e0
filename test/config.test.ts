import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONFIGURATION, ConfigError, DEFAULT_CONFIG } from '../kit/config';
import { projectPath } from '../kit/paths';
import { configFrom } from './support/config';
import { runScript } from './support/processes';

/**
 * One configuration (kit/config.ts): every variable declared once with what it accepts, its
 * default and its meaning; read once by each entry point; a wrong value stops the start with a
 * message naming each wrong variable and what it accepts. The README's table is the declaration.
 */

/** The rows of the README's Configuration table, as written. */
function readmeRows(): string[] {
  const readme = readFileSync(projectPath('README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Configuration\n'));
  const table = section.slice(section.indexOf('\n|') + 1, section.indexOf('\n\n', section.indexOf('\n|')));
  return table.split('\n').slice(2);
}

const declaredRows = Object.entries(CONFIGURATION).map(
  ([name, declared]) => `| \`${name}\` | ${declared.kind.accepts} | ${declared.shownDefault} | ${declared.meaning} |`,
);
const variableOf = (row: string) => /^\| `([^`]+)`/.exec(row)?.[1] ?? row;

describe('the declaration and the README', () => {
  it('every declared variable has a row in the README, and every row is a declared variable', () => {
    const documented = readmeRows().map(variableOf);
    const declared = Object.keys(CONFIGURATION);
    expect({
      undocumented: declared.filter((name) => !documented.includes(name)),
      undeclared: documented.filter((name) => !declared.includes(name)),
    }).toEqual({ undocumented: [], undeclared: [] });
  });

  it('each row says what the declaration says, in its order (on a difference, write the row as expected here)', () => {
    expect(readmeRows()).toEqual(declaredRows);
  });

  it("names in the production checklist only declared variables, OpenTelemetry's, docker-compose's database password and the trusted documents'", () => {
    const readme = readFileSync(projectPath('README.md'), 'utf8');
    const start = readme.indexOf('\n## Production checklist\n');
    const checklist = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const named = [
      ...new Set([...checklist.matchAll(/`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?:=[^`]*)?`/g)].map((match) => match[1])),
    ];
    const others = (name: string) =>
      name.startsWith('OTEL_') || name === 'POSTGRES_PASSWORD' || name.startsWith('GATEWAY_TRUSTED_DOCUMENTS');
    expect(named.filter((name) => !(name in CONFIGURATION) && !others(name))).toEqual([]);
    // What the checklist must cover, each by its setting.
    expect(named).toEqual(
      expect.arrayContaining([
        'NODE_ENV',
        'JWT_SECRET',
        'SUBGRAPH_SECRET',
        'DATABASE_URL',
        'DATABASE_POOL_SIZE',
        'GATEWAY_TRUSTED_DOCUMENTS',
        'GATEWAY_MAX_COST',
        'CORS_ORIGINS',
        'JWT_JWKS_URL',
        'LOG_LEVEL',
        'OTEL_EXPORTER_OTLP_ENDPOINT',
      ]),
    );
  });
});

describe('reading the configuration', () => {
  it('gives every default when nothing is set, and unset and empty are the same', () => {
    expect(configFrom({})).toEqual(DEFAULT_CONFIG);
    expect(configFrom(Object.fromEntries(Object.keys(CONFIGURATION).map((name) => [name, ''])))).toEqual(
      DEFAULT_CONFIG,
    );
    expect(DEFAULT_CONFIG).toMatchObject({
      DATABASE_POOL_SIZE: 10,
      HOST: '127.0.0.1',
      GATEWAY_COST_MODE: 'enforce',
      GATEWAY_BATCH_ENTITIES: true,
      JWT_MAX_AGE: 86_400,
      CORS_ORIGINS: [],
      DATABASE_URL: undefined,
    });
  });

  it('reads each kind of value into its type', () => {
    const config = configFrom({
      DATABASE_POOL_SIZE: ' 25 ',
      GATEWAY_BATCH_ENTITIES: 'false',
      JWT_MAX_AGE: '12h',
      CORS_ORIGINS: 'https://shop.example.com, http://localhost:3000',
      SUBGRAPH_SALES_CHANNEL_URL: 'http://sales-channel:4007/graphql',
      SUBGRAPH_PROMOTION_TIMEOUT_MS: '250',
      DEFAULT_REGION_ID: 'reg_01KDVDNA00ZZZZZZZZZZZZZZZZ',
      SUBGRAPH: 'cart',
    });
    expect(config).toMatchObject({
      DATABASE_POOL_SIZE: 25,
      GATEWAY_BATCH_ENTITIES: false,
      JWT_MAX_AGE: 43_200,
      CORS_ORIGINS: ['https://shop.example.com', 'http://localhost:3000'],
      'SUBGRAPH_<NAME>_URL': { 'sales-channel': 'http://sales-channel:4007/graphql' },
      'SUBGRAPH_<NAME>_TIMEOUT_MS': { promotion: 250 },
      DEFAULT_REGION_ID: 'reg_01KDVDNA00ZZZZZZZZZZZZZZZZ',
      SUBGRAPH: 'cart',
    });
  });

  it.each<[string, string, string]>([
    ['DATABASE_POOL_SIZE', 'abc', 'DATABASE_POOL_SIZE must be a whole number from 1 to 1000, got "abc"'],
    ['DATABASE_POOL_SIZE', '0', 'DATABASE_POOL_SIZE must be a whole number from 1 to 1000, got "0"'],
    ['DATABASE_POOL_SIZE', '10.5', 'DATABASE_POOL_SIZE must be a whole number from 1 to 1000, got "10.5"'],
    ['PORT', '70000', 'PORT must be a whole number from 0 to 65535, got "70000"'],
    ['DEMO_CARTS', '-1', 'DEMO_CARTS must be a whole number of 0 or more, got "-1"'],
    ['WORKFLOW_LOCK_WAIT_MS', '2s', 'WORKFLOW_LOCK_WAIT_MS must be a positive whole number of milliseconds, got "2s"'],
    ['GATEWAY_COST_MODE', 'strict', 'GATEWAY_COST_MODE must be enforce or measure, got "strict"'],
    ['GATEWAY_BATCH_ENTITIES', 'yes', 'GATEWAY_BATCH_ENTITIES must be true or false, got "yes"'],
    ['GRAPHQL_INTROSPECTION', 'TRUE', 'GRAPHQL_INTROSPECTION must be true or false, got "TRUE"'],
    ['LOG_LEVEL', 'verbose', 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"'],
    ['SUBGRAPH_PORTS', 'any', 'SUBGRAPH_PORTS must be free (or unset), got "any"'],
    [
      'JWT_JWKS_URL',
      'id.example.com/jwks.json',
      'JWT_JWKS_URL must be an http:// or https:// URL, got "id.example.com/jwks.json"',
    ],
    [
      'GATEWAY_URL',
      'ftp://gateway/graphql',
      'GATEWAY_URL must be an http:// or https:// URL, got "ftp://gateway/graphql"',
    ],
    [
      'CORS_ORIGINS',
      'https://shop.example.com/',
      'CORS_ORIGINS must be origins such as https://shop.example.com, comma-separated, got "https://shop.example.com/"',
    ],
    [
      'DEFAULT_REGION_ID',
      'sc_01KDVDNA00ZZZZZZZZZZZZZZZZ',
      'DEFAULT_REGION_ID must be a region id ("reg_" followed by a 26-character ULID), got "sc_01KDVDNA00ZZZZZZZZZZZZZZZZ"',
    ],
    ['SUBGRAPH', 'carts', 'SUBGRAPH must be the name of a subgraph (cart, order, sales-channel, …), got "carts"'],
    ['SUBGRAPH_CART_URL', 'cart:4001', 'SUBGRAPH_CART_URL must be an http:// or https:// URL, got "cart:4001"'],
    ['SUBGRAPH_CARTS_URL', 'http://cart:4001/graphql', 'SUBGRAPH_CARTS_URL names no subgraph: the subgraphs are cart,'],
  ])('refuses %s=%j, naming the variable and what it accepts', (variable, value, message) => {
    expect(() => configFrom({ [variable]: value })).toThrow(message);
  });

  it('never repeats the value of a variable that holds a secret', () => {
    const refused = () => configFrom({ DATABASE_URL: 'mysql://shop:hunter2@db/shop' });
    expect(refused).toThrow(
      'DATABASE_URL must be a postgres:// or postgresql:// URL (its value is not repeated here: it may hold a secret)',
    );
    expect(refused).not.toThrow(/hunter2/);
  });

  it("lists every wrong variable at once, in the declaration's order, with the rules between variables", () => {
    let error: unknown;
    try {
      configFrom({
        LOG_FORMAT: 'xml',
        DATABASE_POOL_SIZE: 'abc',
        HTTP_HEADERS_TIMEOUT_MS: '40000',
        GATEWAY_COST_MODE: 'strict',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'DATABASE_POOL_SIZE must be a whole number from 1 to 1000, got "abc"',
      'GATEWAY_COST_MODE must be enforce or measure, got "strict"',
      'LOG_FORMAT must be json or pretty, got "xml"',
      'HTTP_HEADERS_TIMEOUT_MS (40000) must not be longer than HTTP_REQUEST_TIMEOUT_MS (30000): the headers are part of the request',
    ]);
    expect((error as ConfigError).message).toMatch(/^4 settings are wrong:\n {2}- DATABASE_POOL_SIZE must be/);
  });
});

describe('the entry points refuse to start with a wrong value, naming every wrong variable', () => {
  // Development, so that no secret is needed and only the wrong values stop the start.
  const wrong = {
    NODE_ENV: 'development',
    PORT: '0',
    SUBGRAPH_PORTS: 'free',
    DATABASE_POOL_SIZE: 'abc',
    GATEWAY_COST_MODE: 'strict',
    WORKFLOW_LEASE_TTL_MS: '15s',
  };
  const problems = [
    'DATABASE_POOL_SIZE must be a whole number from 1 to 1000, got "abc"',
    'GATEWAY_COST_MODE must be enforce or measure, got "strict"',
    'WORKFLOW_LEASE_TTL_MS must be a positive whole number of milliseconds, got "15s"',
  ];

  it.each<[string, string, string[], string]>([
    ['npm start', 'start.ts', [], 'Could not start the supergraph'],
    ['the gateway', 'gateway.ts', [], 'Could not start the gateway'],
    ['a subgraph', 'subgraph.ts', ['cart'], 'Could not start the subgraph'],
    ['the seed', 'seed.ts', [], 'Seeding failed'],
  ])('%s', async (_name, script, args, prefix) => {
    const { code, output } = await runScript(script, args, wrong);
    expect(code).toBe(1);
    expect(output).toContain(
      `${prefix}: 3 settings are wrong:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n`,
    );
    expect(output).not.toMatch(/listening on|\[seed\]/);
  });

  it('in production, with the secrets it lacks among them', async () => {
    const { code, output } = await runScript('gateway.ts', [], {
      NODE_ENV: 'production',
      PORT: '0',
      GATEWAY_WORKERS: 'two',
      JWT_SECRET: '',
      SUBGRAPH_SECRET: '',
      JWT_JWKS_URL: '',
    });
    expect(code).toBe(1);
    expect(output).toContain(
      'Could not start the gateway: 2 settings are wrong:\n  - GATEWAY_WORKERS must be a positive whole number, got "two"\n  - NODE_ENV=production (production) needs strong secrets. SUBGRAPH_SECRET is not set',
    );
  });
});

/** The product's own source files (not its tests, benchmarks or generated code), by path from the root. */
function productSources(): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) {
        if (entry !== 'generated' && entry !== 'node_modules') walk(path);
      } else if (path.endsWith('.ts')) files.push(relative(projectPath(), path));
    }
  };
  for (const folder of ['bin', 'gateway', 'kit', 'subgraphs', 'seed']) walk(projectPath(folder));
  return files;
}

/** Source without its comments, which may speak of process.env. */
const code = (file: string) =>
  readFileSync(projectPath(file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

describe('one reading', () => {
  it('no module reads process.env for a setting: the entry points read it once, with readConfig', () => {
    // kit/log.ts reads LOG_LEVEL and LOG_FORMAT by their declaration; kit/tracing.ts starts OpenTelemetry, which reads OTEL_*.
    const allowed = new Set(['kit/log.ts', 'kit/tracing.ts']);
    const readers = productSources().filter(
      (file) => !file.startsWith('bin/') && !allowed.has(file) && /process\.env|ProcessEnv/.test(code(file)),
    );
    expect(readers).toEqual([]);
  });

  it('an entry point hands process.env to readConfig and reads no variable itself', () => {
    const reads = productSources()
      .filter((file) => file.startsWith('bin/'))
      .flatMap((file) =>
        [...code(file).matchAll(/process\.env(?!, \{)[^\n]*/g)].map((match) => `${file}: ${match[0]}`),
      );
    // npm start's own default for LOG_FORMAT: a person reads its output.
    expect(reads).toEqual(["bin/start.ts: process.env.LOG_FORMAT ??= 'pretty';"]);
  });
});
