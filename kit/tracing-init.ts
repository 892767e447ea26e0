/**
 * The first import of every entry point (bin/start.ts, bin/gateway.ts, bin/subgraph.ts): starts
 * tracing when the OTEL_* environment asks for it (kit/tracing.ts), before any other module loads
 * node:http, whose instrumentation applies to the modules that load it afterwards.
 */
import { roleOf, startTracing } from './tracing';

startTracing(roleOf(process.argv));
