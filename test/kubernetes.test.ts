/**
 * deploy/kubernetes/ as Kubernetes would get it: rendered by `kubectl kustomize` (as `kubectl apply
 * -k` renders it), then checked against the registry, the configuration and docker-compose.yml
 * (whose callers' URLs test/docker-compose.test.ts holds to the code). No cluster runs here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import YAML from 'yaml';
import { CONFIGURATION, readConfig, subgraphUrlVariable, type VariableName } from '../kit/config';
import { openDatabase } from '../kit/database';
import { projectPath } from '../kit/paths';
import { productionSecretProblems } from '../kit/secret';
import { DEFAULT_GATEWAY_PORT } from '../gateway/serve';
import { gatewayNodeFlags } from '../gateway/settings';
import { DEFAULT_CONFIG } from '../kit/config';
import {
  CONFIG_MAP_NAME,
  IMAGE,
  KUBERNETES_DIR,
  MIGRATE_JOB,
  SECRET_NAME,
  SUBGRAPHS_POLICY,
  moduleDatabaseKey,
  secretSettings,
} from '../bin/kubernetes';
import { subgraphModules } from '../subgraphs';
import { createTestTarget } from './support/database';
import { runScript } from './support/processes';

interface Env {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string; optional?: boolean } };
}
interface Probe {
  httpGet?: { path: string; port: number | string };
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: Env[];
  envFrom?: { configMapRef?: { name: string } }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: { allowPrivilegeEscalation?: boolean; readOnlyRootFilesystem?: boolean; runAsUser?: number };
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
}
interface PodSpec {
  containers: Container[];
  restartPolicy?: string;
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
  volumes?: { name: string; emptyDir?: object }[];
}
interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  data?: Record<string, string>;
  spec?: {
    selector?: { matchLabels?: Record<string, string> } & Record<string, string>;
    template?: { metadata?: { labels?: Record<string, string> }; spec: PodSpec };
    ports?: { name?: string; port: number; targetPort?: number | string }[];
    scaleTargetRef?: { kind: string; name: string };
    minReplicas?: number;
    maxReplicas?: number;
  };
}

const kubectl = (process.env.PATH ?? '')
  .split(delimiter)
  .filter(Boolean)
  .map((dir) => join(dir, 'kubectl'))
  .find((file) => existsSync(file));
// .ci/run installs kubectl and sets this: there, its absence fails instead of skipping.
const required = process.env.KUBECTL_REQUIRED === '1';

function render(dir: string): K8sObject[] {
  const result = spawnSync(kubectl!, ['kustomize', projectPath(dir)], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`kubectl kustomize ${dir} failed: ${result.stderr}`);
  return YAML.parseAllDocuments(result.stdout).map((document) => document.toJS() as K8sObject);
}

/** The entry point a container runs and its arguments: what follows tsx's loader in `node --import tsx …`. */
const entryOf = (container: Container) => {
  const command = container.command ?? [];
  return command.slice(command.indexOf('tsx') + 1);
};

const names = subgraphModules.map((module) => module.name);
const workloads = ['gateway', ...names];
const portOf = (name: string) =>
  name === 'gateway' ? DEFAULT_GATEWAY_PORT : subgraphModules.find((module) => module.name === name)!.port;

/** The URLs of subgraphs (and of the gateway) each docker-compose service is given. */
function composeUrls(): Record<string, Record<string, string>> {
  const compose = YAML.parse(readFileSync(projectPath('docker-compose.yml'), 'utf8'), { merge: true }) as {
    services: Record<string, { environment?: Record<string, string> }>;
  };
  return Object.fromEntries(
    workloads.map((name) => [
      name,
      Object.fromEntries(
        Object.entries(compose.services[name]?.environment ?? {}).filter(([variable]) =>
          /^(SUBGRAPH_.+_URL|GATEWAY_URL)$/.test(variable),
        ),
      ),
    ]),
  );
}

if (!kubectl)
  console.warn(
    `test/kubernetes.test.ts: kubectl is not installed, so the Kubernetes manifests are NOT checked${required ? ' (and KUBECTL_REQUIRED=1: failing)' : ''}. Install kubectl (.ci/run does).`,
  );

describe('kubernetes, rendered by kubectl kustomize', () => {
  if (!kubectl && required) {
    it('has kubectl to render the manifests with', () => {
      expect(kubectl).toBeDefined();
    });
    return;
  }
  const maybe = kubectl ? it : it.skip;
  const note = kubectl ? '' : ' (SKIPPED: kubectl is not installed)';
  let objects: K8sObject[] = [];
  const find = (kind: string, name: string) =>
    objects.find((object) => object.kind === kind && object.metadata.name === name);
  const podOf = (kind: string, name: string) => find(kind, name)!.spec!.template!;
  const containerOf = (name: string) => podOf('Deployment', name).spec.containers[0];
  const envOf = (container: Container) => Object.fromEntries((container.env ?? []).map((env) => [env.name, env]));
  const allContainers = () =>
    objects.flatMap((object) =>
      (object.spec?.template?.spec.containers ?? []).map((container) => ({ object, container })),
    );
  const configMap = () => objects.find((object) => object.kind === 'ConfigMap')!;

  beforeAll(() => {
    if (kubectl) objects = render(KUBERNETES_DIR);
  });

  maybe(
    `holds a Deployment, Service, HorizontalPodAutoscaler and PodDisruptionBudget for the gateway and each subgraph, the migrations Job, the ConfigMap and the subgraphs' NetworkPolicy, and nothing else${note}`,
    () => {
      const seen = objects.map((object) => `${object.kind} ${object.metadata.name.replace(/-[a-z0-9]{10}$/, '')}`);
      const expected = [
        `ConfigMap ${CONFIG_MAP_NAME}`,
        `Job ${MIGRATE_JOB}`,
        `NetworkPolicy ${SUBGRAPHS_POLICY}`,
        ...workloads.flatMap((name) =>
          ['Deployment', 'Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget'].map((kind) => `${kind} ${name}`),
        ),
      ];
      expect(seen.sort()).toEqual(expected.sort());
    },
  );

  maybe(
    `runs each subgraph and the gateway from the image at the registry's port, behind a Service of its name on that port, probed on /ready and /health there${note}`,
    () => {
      const seen = workloads.map((name) => {
        const container = containerOf(name);
        const pod = podOf('Deployment', name);
        const service = find('Service', name)!;
        const selector = service.spec!.selector!;
        const namedPort = (port: number | string | undefined) =>
          typeof port === 'number'
            ? port
            : container.ports?.find((candidate) => candidate.name === port)?.containerPort;
        return {
          name,
          image: container.image,
          command: entryOf(container),
          containerPort: container.ports?.map((port) => port.containerPort),
          servicePort: service.spec!.ports!.map((port) => [port.port, namedPort(port.targetPort)]),
          selects: Object.entries(selector).every(([key, value]) => pod.metadata?.labels?.[key] === value),
          readiness: [container.readinessProbe?.httpGet?.path, namedPort(container.readinessProbe?.httpGet?.port)],
          liveness: [container.livenessProbe?.httpGet?.path, namedPort(container.livenessProbe?.httpGet?.port)],
          port: envOf(container).PORT?.value ?? String(portOf(name)),
        };
      });
      expect(seen).toEqual(
        workloads.map((name) => ({
          name,
          image: IMAGE,
          command: name === 'gateway' ? ['bin/gateway.ts'] : ['bin/subgraph.ts', name],
          containerPort: [portOf(name)],
          servicePort: [[portOf(name), portOf(name)]],
          selects: true,
          readiness: ['/ready', portOf(name)],
          liveness: ['/health', portOf(name)],
          port: String(portOf(name)),
        })),
      );
    },
  );

  maybe(`lets only the product's own pods reach the subgraphs, and anyone reach the gateway${note}`, () => {
    const policy = find('NetworkPolicy', SUBGRAPHS_POLICY)! as K8sObject & {
      spec: {
        podSelector: { matchLabels: Record<string, string> };
        policyTypes: string[];
        ingress: { from: { podSelector?: { matchLabels: Record<string, string> } }[] }[];
      };
    };
    const matches = (selector: Record<string, string>, labels: Record<string, string> = {}) =>
      Object.entries(selector).every(([key, value]) => labels[key] === value);
    const guarded = workloads.filter((name) =>
      matches(policy.spec.podSelector.matchLabels, podOf('Deployment', name).metadata?.labels),
    );
    expect(guarded).toEqual(names);
    expect(policy.spec.policyTypes).toEqual(['Ingress']);
    const sources = policy.spec.ingress.flatMap((rule) => rule.from);
    // Every source is a pod selector that every workload's pods match, and none matches all pods ({}).
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      const selector = source.podSelector?.matchLabels ?? {};
      expect(Object.keys(selector).length).toBeGreaterThan(0);
      expect(workloads.filter((name) => !matches(selector, podOf('Deployment', name).metadata?.labels))).toEqual([]);
    }
  });

  maybe(
    `scales each Deployment with its own autoscaler (at least two replicas) and keeps one of them up through a disruption${note}`,
    () => {
      const seen = workloads.map((name) => {
        const autoscaler = find('HorizontalPodAutoscaler', name)!.spec!;
        const budget = find('PodDisruptionBudget', name)!.spec!;
        const labels = podOf('Deployment', name).metadata?.labels ?? {};
        return {
          name,
          target: autoscaler.scaleTargetRef,
          atLeastTwo: (autoscaler.minReplicas ?? 1) >= 2 && autoscaler.maxReplicas! >= autoscaler.minReplicas!,
          budgetSelects: Object.entries(budget.selector?.matchLabels ?? {}).every(
            ([key, value]) => labels[key] === value,
          ),
          budgetSelectsOnlyIt: objects
            .filter((object) => object.kind === 'Deployment' && object.metadata.name !== name)
            .every((other) =>
              Object.entries(budget.selector?.matchLabels ?? {}).some(
                ([key, value]) => other.spec!.template!.metadata?.labels?.[key] !== value,
              ),
            ),
          replicasLeftToAutoscaler: !('replicas' in find('Deployment', name)!.spec!),
        };
      });
      expect(seen).toEqual(
        workloads.map((name) => ({
          name,
          target: expect.objectContaining({ kind: 'Deployment', name }) as unknown,
          atLeastTwo: true,
          budgetSelects: true,
          budgetSelectsOnlyIt: true,
          replicasLeftToAutoscaler: true,
        })),
      );
    },
  );

  maybe(
    `routes the gateway to every subgraph's Service, and each calling subgraph to the Services docker-compose.yml gives it${note}`,
    () => {
      // Every URL must name a rendered Service at its port: resolved here as the cluster's DNS would.
      const resolve = (url: string) => {
        const { hostname, port, pathname } = new URL(url);
        const service = find('Service', hostname);
        return service?.spec?.ports?.some((candidate) => candidate.port === Number(port)) && pathname === '/graphql'
          ? `${hostname}:${port}`
          : `(no Service) ${url}`;
      };
      const urls = (name: string) =>
        Object.fromEntries(
          Object.entries(envOf(containerOf(name)))
            .filter(([variable]) => /^(SUBGRAPH_.+_URL|GATEWAY_URL)$/.test(variable))
            .map(([variable, env]) => [variable, env.value ?? '']),
        );
      const gateway = urls('gateway');
      expect(Object.keys(gateway).sort()).toEqual(names.map(subgraphUrlVariable).sort());
      expect(Object.values(gateway).map(resolve)).toEqual(names.map((name) => `${name}:${portOf(name)}`));
      for (const name of workloads) {
        const mine = urls(name);
        expect({ name, urls: mine }).toEqual({ name, urls: composeUrls()[name] });
        expect(
          Object.values(mine)
            .map(resolve)
            .filter((target) => target.startsWith('(')),
        ).toEqual([]);
      }
    },
  );

  maybe(
    `takes every secret setting of kit/config.ts from the Secret, which it references and never contains${note}`,
    () => {
      const secrets = secretSettings();
      expect(secrets.sort()).toEqual(
        (Object.keys(CONFIGURATION) as VariableName[])
          .filter((name) => {
            const declared = CONFIGURATION[name];
            return !('family' in declared) && declared.secret;
          })
          .sort(),
      );
      expect(objects.filter((object) => object.kind === 'Secret')).toEqual([]);
      expect(Object.keys(configMap().data ?? {}).filter((key) => (secrets as string[]).includes(key))).toEqual([]);
      const wrong = allContainers().flatMap(({ object, container }) =>
        (container.env ?? [])
          .filter((env) => (secrets as string[]).includes(env.name))
          .filter(
            (env) =>
              env.value !== undefined ||
              env.valueFrom?.secretKeyRef?.name !== SECRET_NAME ||
              env.valueFrom.secretKeyRef.key !== env.name,
          )
          .map((env) => `${object.kind} ${object.metadata.name}/${container.name}: ${env.name}`),
      );
      expect(wrong).toEqual([]);
      const given = (name: string) =>
        Object.keys(envOf(containerOf(name))).filter((env) => (secrets as string[]).includes(env));
      // The gateway reads no database; every subgraph its own and the subgraph secret; only the gateway verifies tokens.
      expect(given('gateway').sort()).toEqual(['JWT_SECRET', 'SUBGRAPH_SECRET']);
      for (const name of names)
        expect({ name, secrets: given(name).sort() }).toEqual({ name, secrets: ['DATABASE_URL', 'SUBGRAPH_SECRET'] });
      // secret.example.yaml names the keys, with no value, and is no resource of the kustomization.
      const example = YAML.parse(
        readFileSync(projectPath(KUBERNETES_DIR, 'secret.example.yaml'), 'utf8'),
      ) as K8sObject & {
        stringData: Record<string, string>;
      };
      expect(example.metadata.name).toBe(SECRET_NAME);
      expect(example.stringData).toEqual(Object.fromEntries(secrets.map((name) => [name, ''])));
    },
  );

  maybe(
    `configures every process with declared settings only, which each entry point accepts in production once the secrets are set${note}`,
    () => {
      const filled: Record<string, string> = {
        DATABASE_URL: 'postgres://commerce:password@postgres.example.com:5432/commerce',
        SUBGRAPH_SECRET: 'f'.repeat(8) + 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
        JWT_SECRET: 'e'.repeat(8) + '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
      };
      const shared = configMap().data ?? {};
      const declared = (variable: string) =>
        variable in CONFIGURATION ||
        Object.values(CONFIGURATION).some((entry) => 'family' in entry && entry.pattern.test(variable)) ||
        variable === 'NODE_OPTIONS';
      expect(Object.keys(shared).filter((variable) => !declared(variable))).toEqual([]);
      expect(shared.NODE_ENV).toBe('production');
      for (const { object, container } of allContainers()) {
        expect(container.envFrom).toEqual([{ configMapRef: { name: configMap().metadata.name } }]);
        const env: Record<string, string> = { ...shared };
        for (const entry of container.env ?? [])
          env[entry.name] = entry.value ?? filled[entry.valueFrom?.secretKeyRef?.key ?? ''] ?? '';
        expect({
          where: `${object.metadata.name}/${container.name}`,
          undeclared: Object.keys(env).filter((v) => !declared(v)),
        }).toEqual({
          where: `${object.metadata.name}/${container.name}`,
          undeclared: [],
        });
        const secrets = (['SUBGRAPH_SECRET', 'JWT_SECRET'] as const).filter((name) => name in env);
        expect(() =>
          readConfig(env, { subgraphs: names, check: (read) => productionSecretProblems(read, secrets) }),
        ).not.toThrow();
      }
      expect(envOf(containerOf('gateway')).NODE_OPTIONS?.value?.split(' ')).toEqual(gatewayNodeFlags(DEFAULT_CONFIG));
    },
  );

  maybe(
    `runs every container as a non-root user on a read-only root file system, without privilege escalation, writing only to a /tmp of its own${note}`,
    () => {
      const problems = allContainers().flatMap(({ object, container }) => {
        const pod = object.spec!.template!.spec;
        const where = `${object.kind} ${object.metadata.name}/${container.name}`;
        const user = container.securityContext?.runAsUser ?? pod.securityContext?.runAsUser;
        const tmp = container.volumeMounts?.find((mount) => mount.mountPath === '/tmp');
        return [
          pod.securityContext?.runAsNonRoot === true && user !== undefined && user !== 0 ? [] : [`${where}: root`],
          container.securityContext?.readOnlyRootFilesystem === true ? [] : [`${where}: writable root`],
          container.securityContext?.allowPrivilegeEscalation === false ? [] : [`${where}: may escalate`],
          tmp && pod.volumes?.find((volume) => volume.name === tmp.name)?.emptyDir ? [] : [`${where}: no /tmp`],
          (container.volumeMounts ?? []).length === 1 ? [] : [`${where}: writes elsewhere than /tmp`],
        ].flat();
      });
      expect(problems).toEqual([]);
    },
  );

  maybe(
    `asks for the CPU and memory the bench measured, and gives the gateway room for its V8 heap flags${note}`,
    () => {
      const mib = (quantity: string) => {
        const [, amount, unit] = /^(\d+)(Mi|Gi)$/.exec(quantity) ?? [];
        return unit === 'Gi' ? Number(amount) * 1024 : Number(amount);
      };
      const missing = allContainers()
        .filter(({ container }) =>
          ['requests', 'limits'].some(
            (kind) =>
              !container.resources?.[kind as 'requests']?.cpu || !container.resources?.[kind as 'requests']?.memory,
          ),
        )
        .map(({ object, container }) => `${object.metadata.name}/${container.name}`);
      expect(missing).toEqual([]);
      // The gateway's peak RSS under load, ours (the first column) in each of bench/results.md's tables.
      const peaks = [
        ...readFileSync(projectPath('bench', 'results.md'), 'utf8').matchAll(
          /^\| peak RSS of the gateway, MB \| (\d+)/gm,
        ),
      ].map(([, peak]) => Number(peak));
      expect(peaks.length).toBeGreaterThan(0);
      const gateway = containerOf('gateway').resources!;
      // 1 MB = 10^6 bytes < 1 MiB: a request in MiB at least the peak in MB covers it.
      expect(mib(gateway.requests!.memory)).toBeGreaterThanOrEqual(Math.max(...peaks));
      const flags = Object.fromEntries(
        gatewayNodeFlags(DEFAULT_CONFIG).map((flag) => /^--(.+)=(\d+)$/.exec(flag)!.slice(1, 3)),
      );
      // Old space plus the young generation (three semi-spaces) must fit under the limit, with room for code and buffers.
      expect(mib(gateway.limits!.memory)).toBeGreaterThan(
        Number(flags['max-old-space-size']) + 3 * Number(flags['max-semi-space-size']) + 64,
      );
      for (const name of names) {
        const resources = containerOf(name).resources!;
        expect({ name, requestBelowLimit: mib(resources.requests!.memory) < mib(resources.limits!.memory) }).toEqual({
          name,
          requestBelowLimit: true,
        });
      }
    },
  );

  maybe(
    `migrates every module in the Job, one container per module, each a command that applies that module's migrations${note}`,
    async () => {
      const job = podOf('Job', MIGRATE_JOB).spec;
      expect(job.restartPolicy).toMatch(/^(OnFailure|Never)$/);
      expect(job.containers.map((container) => [container.name, container.image, entryOf(container)])).toEqual(
        names.map((name) => [name, IMAGE, ['bin/migrate.ts', name]]),
      );
      // The containers' command, run here: each module's schema gets exactly its own migrations.
      const target = await createTestTarget();
      try {
        const run = await runScript('migrate.ts', names, target.env);
        expect({ code: run.code, output: run.code === 0 ? '' : run.output }).toEqual({ code: 0, output: '' });
        const db = await openDatabase({ url: target.url, dataDir: target.dataDir });
        try {
          for (const module of subgraphModules) {
            const applied = await db.query<{ name: string }>(
              `select name from "${module.dbSchema}".migrations order by name`,
            );
            expect({ module: module.name, applied: applied.map((row) => row.name).sort() }).toEqual({
              module: module.name,
              applied: module
                .migrations()
                .map((migration) => migration.name)
                .sort(),
            });
          }
        } finally {
          await db.close();
        }
        const unknown = await runScript('migrate.ts', ['no-such-module'], target.env);
        expect(unknown.code).toBe(1);
        expect(unknown.output).toContain('Unknown subgraph "no-such-module"');
      } finally {
        await target.drop();
      }
    },
    120_000,
  );

  maybe(
    `overlays/database-per-module gives each subgraph and its migration container the database of its own key, and changes nothing else${note}`,
    () => {
      const overlay = render(`${KUBERNETES_DIR}/overlays/database-per-module`);
      const databaseKeys = overlay.flatMap((object) =>
        (object.spec?.template?.spec.containers ?? []).flatMap((container) =>
          (container.env ?? [])
            .filter((env) => env.name === 'DATABASE_URL')
            .map((env) => [
              `${object.kind} ${object.metadata.name}/${container.name}`,
              env.valueFrom?.secretKeyRef?.key,
            ]),
        ),
      );
      expect(databaseKeys.sort()).toEqual(
        [
          ...names.map((name) => [`Deployment ${name}/${name}`, moduleDatabaseKey(name)]),
          ...names.map((name) => [`Job ${MIGRATE_JOB}/${name}`, moduleDatabaseKey(name)]),
        ].sort(),
      );
      // Apart from those keys, the same objects as the base.
      const withoutKeys = (rendered: K8sObject[]) =>
        JSON.stringify(rendered, (key, value: unknown) =>
          key === 'key' && typeof value === 'string' && value.startsWith('DATABASE_URL') ? 'DATABASE_URL' : value,
        );
      expect(withoutKeys(overlay)).toBe(withoutKeys(objects));
    },
  );

  maybe(`overlays/demo adds the demo store's seed job to the base, and nothing else${note}`, () => {
    const overlay = render(`${KUBERNETES_DIR}/overlays/demo`);
    const added = overlay.filter(
      (object) => !objects.some((base) => base.kind === object.kind && base.metadata.name === object.metadata.name),
    );
    expect(added.map((object) => [object.kind, object.metadata.name])).toEqual([['Job', 'seed']]);
    expect(added[0].spec!.template!.spec.containers.map((container) => entryOf(container)[0])).toEqual(['bin/seed.ts']);
    expect(overlay.length).toBe(objects.length + 1);
  });
});
