import { GATEWAY_HTTP_LIMITS, serve, type HttpLimits, type RunningServer } from '../kit/http';
import type { BuiltGateway } from './server';

/** Where the gateway listens unless PORT says otherwise. */
export const DEFAULT_GATEWAY_PORT = 4000;

/** Serves a built gateway over HTTP (GraphQL at /graphql, /health, /ready), within `limits` (default GATEWAY_HTTP_LIMITS). */
export function serveGateway(
  gateway: BuiltGateway,
  port: number,
  host?: string,
  limits: HttpLimits = GATEWAY_HTTP_LIMITS,
): Promise<RunningServer> {
  return serve(gateway.server, {
    name: 'gateway',
    port,
    host,
    limits,
    context: gateway.context,
    readiness: gateway.readiness,
    preHandle: gateway.preHandle,
    logRequests: 'info',
    logFields: (context) =>
      context.cost ? { cost_estimated: context.cost.estimated, cost_actual: context.cost.actual } : {},
  });
}
