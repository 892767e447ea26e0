/**
 * deploy/kubernetes/, a kustomize base, generated like docker-compose.yml from the registry
 * (subgraphs/index.ts: names and ports), the configuration (kit/config.ts: which settings are
 * secrets, the gateway's heap flags) and bin/deployment.ts (who calls whom). `npm run compose`
 * writes it; `npm run compose:check` fails when a file is stale. test/kubernetes.test.ts renders it
 * with `kubectl kustomize` and checks the objects against the same sources.
 */
import YAML from 'yaml';
import { CONFIGURATION, DEFAULT_CONFIG, subgraphUrlVariable, type VariableName } from '../kit/config';
import type { SubgraphModule } from '../kit/subgraph';
import { DEFAULT_GATEWAY_PORT } from '../gateway/serve';
import { gatewayNodeFlags } from '../gateway/settings';
import { subgraphModules } from '../subgraphs';
import { GATEWAY, registryProblems, subgraphCalls, type GeneratedFile } from './deployment';

export const KUBERNETES_DIR = 'deploy/kubernetes';
/** The image the Dockerfile builds, named as docker-compose.yml names it; an overlay's `images:` sets the registry and tag. */
export const IMAGE = 'commerce-supergraph';
/** Referenced, never generated: its values are the operator's (secret.example.yaml lists its keys). */
export const SECRET_NAME = 'commerce-secrets';
export const CONFIG_MAP_NAME = 'commerce-config';
export const MIGRATE_JOB = 'migrate';
export const PART_OF = 'commerce-supergraph';
/** The Dockerfile's `USER node`: runAsNonRoot can only check a numeric user. */
const NODE_UID = 1000;

/**
 * What the requests and limits come from. The gateway's figures are bench/results.md's (2026-12-03,
 * commit 957cf09: one gateway process, default settings, 10 connections, on 2 shared cores): on the
 * cart page 145 req/s at 3.46 ms of gateway CPU per request, on the 50-cart list page 42 req/s at
 * 14.04 ms, peak RSS 246 and 262 MB; the twelve subgraphs together used 6.0 and 19.58 ms of CPU
 * per request. bench/results.md records no subgraph's RSS: sampled from /proc during a bench run
 * of the same kind (2026-12-03, 2,000 carts, each subgraph its own `node --import tsx` process on
 * PostgreSQL), each subgraph peaked at 133–162 MB.
 */
export const MEASURED = {
  gateway: { peakRssMb: 262, cpuCoresUnderLoad: Math.max(3.46 * 145, 14.04 * 42) / 1000 },
  subgraph: {
    peakRssMb: 162,
    // The twelve subgraphs' CPU at the gateway's measured pace, shared among them.
    cpuCoresUnderLoad: Math.max(6.0 * 145, 19.58 * 42) / 1000 / 12,
  },
};

const ceilTo = (value: number, step: number) => Math.ceil(value / step) * step;
const millicores = (cores: number) => `${ceilTo(cores * 1000, 50)}m`;

/**
 * Requests: what the bench measured under load, rounded up. Memory limits: the gateway's is its V8
 * old-space cap (GATEWAY_HEAP_MB) plus its young generation (three semi-spaces) and 128 MiB for code
 * and buffers, so V8's own limit acts before the kernel's OOM kill; a subgraph, which has no cap,
 * gets twice its measured peak. CPU limits: one core, all the JavaScript of a Node process can use.
 */
export const RESOURCES = {
  gateway: {
    requests: {
      cpu: millicores(MEASURED.gateway.cpuCoresUnderLoad),
      memory: `${ceilTo(MEASURED.gateway.peakRssMb, 64)}Mi`,
    },
    limits: {
      cpu: '1',
      memory: `${ceilTo(DEFAULT_CONFIG.GATEWAY_HEAP_MB + 3 * DEFAULT_CONFIG.GATEWAY_SEMI_SPACE_MB + 128, 64)}Mi`,
    },
  },
  subgraph: {
    requests: {
      cpu: millicores(MEASURED.subgraph.cpuCoresUnderLoad),
      memory: `${ceilTo(MEASURED.subgraph.peakRssMb, 64)}Mi`,
    },
    limits: { cpu: '1', memory: `${ceilTo(2 * MEASURED.subgraph.peakRssMb, 64)}Mi` },
  },
  // A migration is one transaction per module on one connection.
  migrate: { requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
};

/** Replicas the autoscalers keep between: two, so that one may be disrupted while the other serves. */
export const REPLICAS = { gateway: { min: 2, max: 8 }, subgraph: { min: 2, max: 4 } };
/** Scale out above this share of the CPU requested. */
const TARGET_CPU_PERCENT = 70;
/** Connections per subgraph process; with every autoscaler at its maximum, see `maxConnections`. */
export const DATABASE_POOL_SIZE = 4;
const maxConnections = subgraphModules.length * REPLICAS.subgraph.max * DATABASE_POOL_SIZE;

/** The settings that are secrets (kit/config.ts), and which of the processes get each. */
type Consumer = 'subgraph' | 'gateway' | 'migrate';
const SECRET_CONSUMERS: Partial<Record<VariableName, { consumers: readonly Consumer[]; optional: boolean }>> = {
  DATABASE_URL: { consumers: ['subgraph', 'migrate'], optional: false },
  SUBGRAPH_SECRET: { consumers: ['subgraph', 'gateway'], optional: false },
  // Optional to Kubernetes: with JWT_JWKS_URL set the gateway needs none, and without either it refuses to start in production.
  JWT_SECRET: { consumers: ['gateway'], optional: true },
};

/** Every setting kit/config.ts declares secret; a new one must be given its consumers above. */
export function secretSettings(): VariableName[] {
  const secret = (Object.keys(CONFIGURATION) as VariableName[]).filter((name) => {
    const declared = CONFIGURATION[name];
    return !('family' in declared) && declared.secret;
  });
  const unplaced = secret.filter((name) => !SECRET_CONSUMERS[name]);
  if (unplaced.length > 0)
    throw new Error(`bin/kubernetes.ts: say which processes get the secret setting(s) ${unplaced.join(', ')}`);
  return secret;
}

/** Settings every process reads from the ConfigMap; an overlay's configMapGenerator (behavior: merge) changes or adds to them. */
export const CONFIG_MAP: Record<string, string> = {
  NODE_ENV: 'production',
  HOST: '0.0.0.0',
  LOG_LEVEL: DEFAULT_CONFIG.LOG_LEVEL,
  DATABASE_POOL_SIZE: String(DATABASE_POOL_SIZE),
  // Behind an Ingress or load balancer, the hops whose X-Forwarded-For names the client (the rate limit's key).
  GATEWAY_TRUSTED_PROXIES: String(DEFAULT_CONFIG.GATEWAY_TRUSTED_PROXIES),
  CORS_ORIGINS: DEFAULT_CONFIG.CORS_ORIGINS.join(','),
};

type Env = {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef: { name: string; key: string; optional?: boolean } };
};

function secretEnv(consumer: Consumer): Env[] {
  return secretSettings()
    .filter((name) => SECRET_CONSUMERS[name]!.consumers.includes(consumer))
    .map((name) => ({
      name,
      valueFrom: {
        secretKeyRef: {
          name: SECRET_NAME,
          key: name,
          ...(SECRET_CONSUMERS[name]!.optional ? { optional: true } : {}),
        },
      },
    }));
}

/** Where a subgraph's Service is reached inside the namespace. */
export function serviceUrl(module: SubgraphModule): string {
  return `http://${module.name}:${module.port}/graphql`;
}

function urlEnv(names: readonly string[]): Env[] {
  return subgraphModules
    .filter((module) => names.includes(module.name))
    .map((module) => ({ name: subgraphUrlVariable(module.name), value: serviceUrl(module) }));
}

const labels = (name: string, component: string) => ({
  'app.kubernetes.io/name': name,
  'app.kubernetes.io/component': component,
  'app.kubernetes.io/part-of': PART_OF,
});

/**
 * One process per container, as the bench measures it: `node --import tsx` runs the same entry point
 * as docker-compose's `tsx` command without the extra wrapper process (about 50 MB), and Node, as
 * PID 1, gets SIGTERM itself: the servers drain their requests and close the database.
 */
export function command(entry: string, ...args: string[]): string[] {
  return ['node', '--import', 'tsx', entry, ...args];
}

const containerSecurity = {
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ['ALL'] },
};
const podSecurity = {
  runAsNonRoot: true,
  runAsUser: NODE_UID,
  runAsGroup: NODE_UID,
  seccompProfile: { type: 'RuntimeDefault' },
};
// tsx keeps its compiled files in the temporary folder: the only one written, the root file system being read-only.
const tmpVolume = { name: 'tmp', emptyDir: { sizeLimit: '64Mi' } };
const tmpMount = { name: 'tmp', mountPath: '/tmp' };

interface Workload {
  name: string;
  component: 'subgraph' | 'gateway';
  port: number;
  command: string[];
  env: Env[];
}

function workloadObjects(workload: Workload): object[] {
  const { name, component, port } = workload;
  const selector = { 'app.kubernetes.io/name': name };
  const probe = (path: string, periodSeconds: number, failureThreshold: number) => ({
    httpGet: { path, port: 'http' },
    periodSeconds,
    timeoutSeconds: 3,
    failureThreshold,
  });
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels: labels(name, component) },
    // No replicas: the HorizontalPodAutoscaler owns the count.
    spec: {
      selector: { matchLabels: selector },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels: labels(name, component) },
        spec: {
          automountServiceAccountToken: false,
          securityContext: podSecurity,
          // A draining server finishes within HTTP_REQUEST_TIMEOUT_MS (30 s by default).
          terminationGracePeriodSeconds: 40,
          containers: [
            {
              name,
              image: IMAGE,
              command: workload.command,
              ports: [{ name: 'http', containerPort: port }],
              envFrom: [{ configMapRef: { name: CONFIG_MAP_NAME } }],
              env: workload.env,
              // Starting compiles the TypeScript and, for a subgraph, applies its migrations: up to two minutes on a busy node.
              startupProbe: probe('/health', 2, 60),
              readinessProbe: probe('/ready', 5, 3),
              livenessProbe: probe('/health', 10, 3),
              // Endpoints are removed asynchronously: a few seconds more of serving before SIGTERM.
              lifecycle: { preStop: { exec: { command: ['sleep', '5'] } } },
              resources: RESOURCES[component],
              securityContext: containerSecurity,
              volumeMounts: [tmpMount],
            },
          ],
          volumes: [tmpVolume],
        },
      },
    },
  };
  const service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, labels: labels(name, component) },
    spec: { selector, ports: [{ name: 'http', port, targetPort: 'http' }] },
  };
  const autoscaler = {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name, labels: labels(name, component) },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
      minReplicas: REPLICAS[component].min,
      maxReplicas: REPLICAS[component].max,
      metrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: TARGET_CPU_PERCENT } },
        },
      ],
    },
  };
  const disruptionBudget = {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name, labels: labels(name, component) },
    spec: { maxUnavailable: 1, selector: { matchLabels: selector } },
  };
  return [deployment, service, autoscaler, disruptionBudget];
}

/**
 * The subgraphs answer only the product's own pods (the gateway, and subgraphs calling each
 * other): the Secret's subgraph secret is the first guard, this the second, where the cluster's
 * network plugin enforces NetworkPolicies.
 */
export const SUBGRAPHS_POLICY = 'subgraphs-private';
function subgraphsNetworkPolicy(): object {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: SUBGRAPHS_POLICY, labels: { 'app.kubernetes.io/part-of': PART_OF } },
    spec: {
      podSelector: {
        matchLabels: { 'app.kubernetes.io/component': 'subgraph', 'app.kubernetes.io/part-of': PART_OF },
      },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/part-of': PART_OF } } }] }],
    },
  };
}

function subgraphWorkload(module: SubgraphModule): Workload {
  const calls = subgraphCalls[module.name];
  for (const name of calls?.subgraphs ?? [])
    if (!subgraphModules.some((known) => known.name === name))
      throw new Error(`bin/deployment.ts: ${module.name} calls "${name}", which is no subgraph`);
  return {
    name: module.name,
    component: 'subgraph',
    port: module.port,
    command: command('bin/subgraph.ts', module.name),
    env: [
      ...secretEnv('subgraph'),
      ...(calls?.gateway ? [{ name: 'GATEWAY_URL', value: `http://${GATEWAY}:${DEFAULT_GATEWAY_PORT}/graphql` }] : []),
      ...urlEnv(calls?.subgraphs ?? []),
    ],
  };
}

function gatewayWorkload(): Workload {
  return {
    name: GATEWAY,
    component: 'gateway',
    port: DEFAULT_GATEWAY_PORT,
    command: command('bin/gateway.ts'),
    env: [
      ...secretEnv('gateway'),
      // V8's heap cap and young generation (kit/config.ts, GATEWAY_HEAP_MB): the memory limit is derived from them.
      { name: 'NODE_OPTIONS', value: gatewayNodeFlags(DEFAULT_CONFIG).join(' ') },
      { name: 'PORT', value: String(DEFAULT_GATEWAY_PORT) },
      ...urlEnv(subgraphModules.map((module) => module.name)),
    ],
  };
}

/**
 * The migrations, one container per module (each can then be given a database of its own), all
 * in one Job. The subgraphs do not wait for it: each applies its own migrations at start under the
 * same advisory lock, and no module's tables reference another's, so any order is safe. The Job
 * makes a failing migration visible before a rollout, in its own logs.
 */
function migrateJob(): object {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: MIGRATE_JOB, labels: labels(MIGRATE_JOB, 'migrations') },
    spec: {
      backoffLimit: 4,
      // Deleted an hour after it succeeds, so that the next `kubectl apply -k` runs it again (a Job's pod template is immutable).
      ttlSecondsAfterFinished: 3600,
      template: {
        metadata: { labels: labels(MIGRATE_JOB, 'migrations') },
        spec: {
          restartPolicy: 'OnFailure',
          automountServiceAccountToken: false,
          securityContext: podSecurity,
          containers: subgraphModules.map((module) => ({
            name: module.name,
            image: IMAGE,
            command: command('bin/migrate.ts', module.name),
            envFrom: [{ configMapRef: { name: CONFIG_MAP_NAME } }],
            env: [...secretEnv('migrate'), { name: 'DATABASE_POOL_SIZE', value: '1' }],
            resources: RESOURCES.migrate,
            securityContext: containerSecurity,
            volumeMounts: [tmpMount],
          })),
          volumes: [tmpVolume],
        },
      },
    },
  };
}

/** The optional demo store (overlays/demo): the seed job of docker-compose.yml, on the one database every module shares. */
function seedJob(): object {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'seed', labels: labels('seed', 'demo-data') },
    spec: {
      backoffLimit: 4,
      template: {
        metadata: { labels: labels('seed', 'demo-data') },
        spec: {
          restartPolicy: 'OnFailure',
          automountServiceAccountToken: false,
          securityContext: podSecurity,
          containers: [
            {
              name: 'seed',
              image: IMAGE,
              command: command('bin/seed.ts', '--carts', '1000'),
              envFrom: [{ configMapRef: { name: CONFIG_MAP_NAME } }],
              env: [...secretEnv('migrate'), { name: 'DATABASE_POOL_SIZE', value: '1' }],
              resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } },
              securityContext: containerSecurity,
              volumeMounts: [tmpMount],
            },
          ],
          volumes: [tmpVolume],
        },
      },
    },
  };
}

/** The Secret's key holding one module's own database: `DATABASE_URL_SALES_CHANNEL` for `sales-channel`. */
export function moduleDatabaseKey(name: string): string {
  return `DATABASE_URL_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

function databasePerModuleOverlay(): object {
  const databaseUrl = (name: string) => ({
    name: 'DATABASE_URL',
    valueFrom: { secretKeyRef: { name: SECRET_NAME, key: moduleDatabaseKey(name) } },
  });
  const deploymentPatch = (name: string) => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: { template: { spec: { containers: [{ name, env: [databaseUrl(name)] }] } } },
  });
  const jobPatch = {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: MIGRATE_JOB },
    spec: {
      template: {
        spec: {
          containers: subgraphModules.map((module) => ({ name: module.name, env: [databaseUrl(module.name)] })),
        },
      },
    },
  };
  return {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: ['../../base'],
    patches: [
      ...subgraphModules.map((module) => ({ patch: YAML.stringify(deploymentPatch(module.name), { lineWidth: 0 }) })),
      { patch: YAML.stringify(jobPatch, { lineWidth: 0 }) },
    ],
  };
}

const GENERATED = `Generated by \`npm run compose\` (bin/kubernetes.ts) from subgraphs/index.ts, kit/config.ts and
bin/deployment.ts: edit those and run it, not this file.`;

/** A YAML file: a comment, then its documents. */
function yamlFile(comment: string, documents: readonly object[]): string {
  const header = comment
    .trim()
    .split('\n')
    .map((line) => (line ? `# ${line}` : '#'))
    .join('\n');
  return `${header}\n${documents.map((document) => YAML.stringify(document, { lineWidth: 0 })).join('---\n')}`;
}

function kustomization(): string {
  const names = subgraphModules.map((module) => module.name).join(', ');
  return yamlFile(
    `${GENERATED}

The supergraph on Kubernetes: a Deployment, Service, HorizontalPodAutoscaler and
PodDisruptionBudget for the gateway and for each subgraph (${names}),
and the migrations as a Job. PostgreSQL is external.
  kubectl create secret generic ${SECRET_NAME} --from-env-file=secrets.env   (keys: secret.example.yaml)
  kubectl apply -k ${KUBERNETES_DIR}
Other settings (kit/config.ts) come from the ConfigMap below; an overlay changes them with a
configMapGenerator of the same name and \`behavior: merge\`, and sets the image with \`images:\`.
Database connections: ${subgraphModules.length} subgraphs x ${REPLICAS.subgraph.max} replicas at most x DATABASE_POOL_SIZE ${DATABASE_POOL_SIZE} = ${maxConnections}
(and one per module while the Job runs): PostgreSQL's max_connections must allow that.
Overlays: overlays/database-per-module (a database of its own per module), overlays/demo (the demo store).`,
    [
      {
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        resources: ['gateway.yaml', 'subgraphs.yaml', 'migrate.yaml'],
        configMapGenerator: [
          { name: CONFIG_MAP_NAME, literals: Object.entries(CONFIG_MAP).map(([key, value]) => `${key}=${value}`) },
        ],
      },
    ],
  );
}

const SIZING = `Requests and limits (bin/kubernetes.ts says how): the bench's measured CPU and peak RSS under
load (bench/results.md), and for the gateway's memory limit its V8 heap flags (GATEWAY_HEAP_MB).
Probes: startup and liveness on /health (the process answers), readiness on /ready (a subgraph: its
database answers; the gateway: the supergraph is loaded and every subgraph answers).`;

export const kubernetesFiles: readonly GeneratedFile[] = [
  {
    path: `${KUBERNETES_DIR}/kustomization.yaml`,
    generate: () =>
      yamlFile(
        `${GENERATED}\n\nThe base (base/), as \`kubectl apply -k ${KUBERNETES_DIR}\` applies it; overlays/ holds variants of it\n(kustomize does not let an overlay sit inside the base it builds on).`,
        [{ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: ['base'] }],
      ),
  },
  { path: `${KUBERNETES_DIR}/base/kustomization.yaml`, generate: kustomization },
  {
    path: `${KUBERNETES_DIR}/base/gateway.yaml`,
    generate: () =>
      yamlFile(
        `${GENERATED}\n\nThe gateway, on port ${DEFAULT_GATEWAY_PORT}, routed to each subgraph's Service. Expose it with an Ingress or\na LoadBalancer Service of your own (see the README's Kubernetes section).\n${SIZING}`,
        workloadObjects(gatewayWorkload()),
      ),
  },
  {
    path: `${KUBERNETES_DIR}/base/subgraphs.yaml`,
    generate: () => {
      const problems = registryProblems();
      if (problems.length > 0) throw new Error(`subgraphs/index.ts: ${problems.join('; ')}`);
      return yamlFile(
        `${GENERATED}\n\nEach subgraph on the port of the registry, at a Service of its name; those that call\nothers get their Services' URLs (SUBGRAPH_<NAME>_URL). A NetworkPolicy lets only the product's own pods\nreach them.\n${SIZING}`,
        [...subgraphModules.flatMap((module) => workloadObjects(subgraphWorkload(module))), subgraphsNetworkPolicy()],
      );
    },
  },
  {
    path: `${KUBERNETES_DIR}/base/migrate.yaml`,
    generate: () =>
      yamlFile(
        `${GENERATED}\n\nEvery module's migrations (bin/migrate.ts), one container per module. Before applying a new\nimage: kubectl delete job ${MIGRATE_JOB} --ignore-not-found (a Job cannot be changed).`,
        [migrateJob()],
      ),
  },
  {
    path: `${KUBERNETES_DIR}/secret.example.yaml`,
    generate: () =>
      yamlFile(
        `${GENERATED}\n\nNot a resource of the kustomization: the keys of the Secret it references, without values.\nFill in a copy outside the repository (or a git-ignored secrets.env) with values of 32+ random\ncharacters (openssl rand -hex 32) and a postgres:// URL. overlays/database-per-module reads\n${moduleDatabaseKey('<name>')} keys instead of DATABASE_URL.`,
        [
          {
            apiVersion: 'v1',
            kind: 'Secret',
            metadata: { name: SECRET_NAME },
            type: 'Opaque',
            stringData: Object.fromEntries(secretSettings().map((name) => [name, ''])),
          },
        ],
      ),
  },
  {
    path: `${KUBERNETES_DIR}/overlays/database-per-module/kustomization.yaml`,
    generate: () =>
      yamlFile(
        `${GENERATED}\n\nEach module on a database of its own: every subgraph and its migration container read\nDATABASE_URL from the Secret's ${moduleDatabaseKey('<name>')} key (e.g. ${moduleDatabaseKey('sales-channel')}).\nThe demo seed needs one database for all modules: it is not part of this overlay.`,
        [databasePerModuleOverlay()],
      ),
  },
  {
    path: `${KUBERNETES_DIR}/overlays/demo/kustomization.yaml`,
    generate: () =>
      yamlFile(
        `${GENERATED}\n\nThe base and the demo store (1000 carts; idempotent), as docker-compose's seed job writes it.`,
        [
          {
            apiVersion: 'kustomize.config.k8s.io/v1beta1',
            kind: 'Kustomization',
            resources: ['../../base', 'seed.yaml'],
          },
        ],
      ),
  },
  {
    path: `${KUBERNETES_DIR}/overlays/demo/seed.yaml`,
    generate: () =>
      yamlFile(`${GENERATED}\n\nThe demo store's seed job (bin/seed.ts): it migrates every module too.`, [seedJob()]),
  },
];
