/**
 * Real Medusa 2.21.2 in conformance/.work/medusa: installed from conformance/medusa's own lockfile
 * (again only when the lockfile changes), migrated on the private cluster, built, started on a free
 * port, with an admin user; and a small client of its REST API.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, run, startDetached, waitFor } from './processes';

const SOURCE = join(__dirname, 'medusa');
const PROJECT_FILES = ['package.json', 'package-lock.json', 'medusa-config.ts', 'tsconfig.json'];
export const ADMIN = { email: 'admin@conformance.test', password: 'conformance-secret' };

const hashOf = (files: string[]) => {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(join(SOURCE, file)));
  return hash.digest('hex');
};

/** A stamp file: `work()` runs only when `key` differs from the last successful run's. */
async function once(stamp: string, key: string, work: () => Promise<void>): Promise<boolean> {
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return false;
  rmSync(stamp, { force: true });
  await work();
  writeFileSync(stamp, key);
  return true;
}

export interface MedusaServer {
  url: string;
  version: string;
  admin: MedusaClient;
  /** The store API with the run's publishable key (set by the seed). */
  store(token?: string): MedusaClient;
  publishableKey: string;
  /** The `medusa start` process (its children are Medusa's too), for its CPU time and memory. */
  pid: number;
}

export async function startMedusa(
  workDir: string,
  databaseUrl: string,
  say: (line: string) => void,
): Promise<MedusaServer> {
  const dir = join(workDir, 'medusa');
  mkdirSync(dir, { recursive: true });
  for (const file of PROJECT_FILES) copyFileSync(join(SOURCE, file), join(dir, file));
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    MEDUSA_DISABLE_TELEMETRY: 'true',
    DO_NOT_TRACK: '1',
    NODE_ENV: 'development',
  };
  const envFile = [
    `DATABASE_URL=${databaseUrl}`,
    'MEDUSA_DISABLE_TELEMETRY=true',
    'DO_NOT_TRACK=1',
    'JWT_SECRET=supersecret',
    'COOKIE_SECRET=supersecret',
  ].join('\n');
  writeFileSync(join(dir, '.env'), envFile);
  const log = (name: string) => join(workDir, `medusa-${name}.log`);
  const time = async (what: string, work: () => Promise<unknown>) => {
    const started = Date.now();
    const ran = await work();
    say(`medusa ${what}${ran === false ? ' (reused)' : ''}: ${((Date.now() - started) / 1000).toFixed(0)}s`);
  };
  await time('npm ci', () =>
    once(join(dir, '.installed'), hashOf(['package-lock.json']), () =>
      run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, env, logFile: log('install') }),
    ),
  );
  const medusaBin = join(dir, 'node_modules', '.bin', 'medusa');
  await time('db:migrate', () => run(medusaBin, ['db:migrate'], { cwd: dir, env, logFile: log('migrate') }));
  await time('build', () =>
    once(join(dir, '.built'), hashOf(PROJECT_FILES), () =>
      run(medusaBin, ['build'], { cwd: dir, env, logFile: log('build') }),
    ),
  );
  await time('admin user', () =>
    run(medusaBin, ['user', '-e', ADMIN.email, '-p', ADMIN.password], { cwd: dir, env, logFile: log('user') }),
  );
  const server = join(dir, '.medusa', 'server');
  if (!existsSync(join(server, 'node_modules'))) symlinkSync('../../node_modules', join(server, 'node_modules'));
  // NODE_ENV=production makes Medusa's loadEnv read .env.production.
  writeFileSync(join(server, '.env.production'), envFile);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  const child = startDetached(
    join(server, 'node_modules', '.bin', 'medusa'),
    ['start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: server,
      env: { ...env, NODE_ENV: 'production' },
      logFile: log('server'),
    },
  );
  await waitFor('Medusa /health', async () => (await fetch(`${url}/health`)).status === 200, 180);
  say(`medusa start to /health: ${((Date.now() - started) / 1000).toFixed(0)}s`);
  const version = (
    JSON.parse(readFileSync(join(dir, 'node_modules', '@medusajs', 'medusa', 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const login = await new MedusaClient(url, {}).post<{ token: string }>('/auth/user/emailpass', ADMIN);
  const admin = new MedusaClient(url, { authorization: `Bearer ${login.token}` });
  const medusa: MedusaServer = {
    url,
    version,
    admin,
    publishableKey: '',
    pid: child.pid!,
    store: (token) =>
      new MedusaClient(url, {
        'x-publishable-api-key': medusa.publishableKey,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      }),
  };
  return medusa;
}

export class MedusaError extends Error {
  constructor(
    readonly status: number,
    readonly body: { type?: string; message?: string },
    request: string,
  ) {
    super(`Medusa ${request} answered ${status}: ${JSON.stringify(body)}`);
  }
}

/** Medusa's REST API: JSON in, JSON out, an error for any non-2xx answer. */
export class MedusaClient {
  constructor(
    readonly url: string,
    readonly headers: Record<string, string>,
  ) {}

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(this.url + path, {
      method,
      headers: { 'content-type': 'application/json', ...this.headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const json = (text ? JSON.parse(text) : {}) as T & { type?: string; message?: string };
    if (!response.ok) throw new MedusaError(response.status, json, `${method} ${path}`);
    return json;
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body: unknown = {}): Promise<T> {
    return this.request<T>('POST', path, body);
  }
}
