import { basename, extname } from 'node:path';
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { context, propagation } from '@opentelemetry/api';
import type { NodeSDK } from '@opentelemetry/sdk-node';

/**
 * OpenTelemetry tracing, switched on by the standard OTel environment and off otherwise:
 *
 * - on when `OTEL_TRACES_EXPORTER` names an exporter (`otlp`, `console`, `zipkin`) or an OTLP
 *   endpoint is set (`OTEL_EXPORTER_OTLP_ENDPOINT`, `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`);
 * - off when `OTEL_SDK_DISABLED=true` or `OTEL_TRACES_EXPORTER=none`.
 *
 * When on, the NodeSDK exports spans as the OTEL_* variables say (protocol `http/protobuf` by
 * default, `http/json` or `grpc` by OTEL_EXPORTER_OTLP_PROTOCOL; batching by OTEL_BSP_*), with
 * only traces: no metrics or logs are exported. Spans: one per HTTP request a server receives
 * (the http instrumentation), and the gateway's own (`gateway.request`, `gateway.plan`,
 * `gateway.fetch`, …: @apollo/gateway reports them through @opentelemetry/api). The W3C
 * `traceparent` header carries the trace from the gateway to the subgraphs and between subgraphs.
 *
 * When off, nothing of the SDK is loaded.
 */

let sdk: NodeSDK | undefined;

/** Whether the environment asks for traces to be exported. */
export function tracingRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  const exporters = (env.OTEL_TRACES_EXPORTER ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (exporters.includes('none')) return false;
  return (
    exporters.length > 0 ||
    Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim())
  );
}

/** Whether this process exports traces. */
export function tracingActive(): boolean {
  return sdk !== undefined;
}

/**
 * Starts tracing when the environment asks for it; `role` names the service unless
 * OTEL_SERVICE_NAME (or `service.name` in OTEL_RESOURCE_ATTRIBUTES) does. Returns whether tracing
 * runs. Call it before node:http is loaded (kit/tracing-init.ts, the first import of every entry point).
 */
export function startTracing(role: string): boolean {
  if (sdk || !tracingRequested()) return tracingActive();
  // Loaded here, not at the top: a process that does not trace never loads the SDK.
  /* eslint-disable @typescript-eslint/no-require-imports -- a lazy load, see above */
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { HttpInstrumentation } =
    require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  /* eslint-enable @typescript-eslint/no-require-imports */
  // A service name from OTEL_SERVICE_NAME or OTEL_RESOURCE_ATTRIBUTES is applied by the SDK itself.
  const named =
    Boolean(process.env.OTEL_SERVICE_NAME?.trim()) ||
    /(^|,)\s*service\.name=/.test(process.env.OTEL_RESOURCE_ATTRIBUTES ?? '');
  sdk = new NodeSDK({
    serviceName: named ? undefined : role,
    instrumentations: [new HttpInstrumentation({ ignoreIncomingRequestHook: isProbe })],
    // Traces only: without these, the SDK would also start OTLP metric and log exporters.
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  propagateThroughFetch();
  return true;
}

/** Exports the spans still buffered and stops tracing; call it before the process exits. */
export async function shutdownTracing(): Promise<void> {
  const running = sdk;
  sdk = undefined;
  await running?.shutdown().catch(() => undefined);
}

/**
 * The service name of this process from its entry point: `supergraph` for bin/start.ts (npm start),
 * `gateway`, `subgraph-<name>` for bin/subgraph.ts, else the script's name.
 */
export function roleOf(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const script = argv[1] ? basename(argv[1], extname(argv[1])) : 'node';
  if (script === 'start') return 'supergraph';
  if (script === 'subgraph') return `subgraph-${argv[2] ?? env.SUBGRAPH ?? 'unknown'}`;
  return script;
}

/** Health and readiness probes (every few seconds from an orchestrator) are not worth a trace. */
function isProbe(request: IncomingMessage): boolean {
  const path = (request.url ?? '').split('?')[0];
  return path === '/health' || path === '/ready';
}

/** What undici publishes when a request is created (Node's global fetch is undici). */
interface UndiciRequestCreated {
  request: { headers: string | string[]; addHeader?: (name: string, value: string) => unknown };
}

/**
 * The http instrumentation covers node:http only, but the gateway and the subgraphs call each other
 * with Node's global fetch (undici). Undici announces each request on a diagnostics channel, where
 * the active trace context is added as W3C headers (`traceparent`), so the callee's spans join the
 * caller's trace.
 */
function propagateThroughFetch(): void {
  subscribe('undici:request:create', (message) => {
    const { request } = message as UndiciRequestCreated;
    const carrier: Record<string, string> = {};
    propagation.inject(context.active(), carrier);
    for (const [name, value] of Object.entries(carrier)) {
      if (typeof request.addHeader === 'function') request.addHeader(name, value);
      else if (Array.isArray(request.headers)) request.headers.push(name, value);
      else request.headers += `${name}: ${value}\r\n`;
    }
  });
}
