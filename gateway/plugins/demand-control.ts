import type { ApolloServerPlugin } from '@apollo/server';
import { DEFAULT_CONFIG } from '../../kit/config';
import { costEstimatedTooExpensive } from '../../kit/errors';
import type { GatewayContext } from '../context';
import { actualCost, estimateCost, type CostPolicy } from '../cost';

/** The default limit (GATEWAY_MAX_COST, kit/config.ts says why this much). */
export const DEFAULT_MAX_COST = DEFAULT_CONFIG.GATEWAY_MAX_COST;

export interface DemandControlSettings {
  /** The most an operation may be estimated to cost (GATEWAY_MAX_COST). */
  maxCost: number;
  /** `enforce` refuses an operation over the limit; `measure` only reports it (GATEWAY_COST_MODE). */
  mode: 'enforce' | 'measure';
  /** Development: each answer carries its costs in `extensions.cost`. */
  development: boolean;
}

/** An operation's costs, kept on its context for the request's log line. */
export interface OperationCost {
  estimated: number;
  actual?: number;
}

/**
 * Demand control at the gateway (gateway/cost.ts): each operation's cost is estimated from the
 * declarations before it is planned, and one over GATEWAY_MAX_COST is refused with
 * COST_ESTIMATED_TOO_EXPENSIVE (HTTP 400) before any subgraph is asked. Once answered, its actual
 * cost is computed from the answer, so the estimate can be checked against it: in the request's
 * log line (`cost_estimated`, `cost_actual`) and, in development, in `extensions.cost`.
 */
export function demandControlPlugin(
  policy: CostPolicy,
  settings: DemandControlSettings,
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const estimated = estimateCost(schema, policy, document, operation, request.variables ?? {});
          contextValue.cost = { estimated };
          if (settings.mode === 'enforce' && estimated > settings.maxCost) {
            throw costEstimatedTooExpensive(
              `The operation's estimated cost is ${estimated}, over the limit of ${settings.maxCost}: ask for smaller pages (pagination.take) or fewer nested lists`,
              { estimated, limit: settings.maxCost },
            );
          }
        },
        async willSendResponse({ schema, document, operation, response, contextValue }) {
          if (!contextValue.cost || !operation || !document || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          contextValue.cost.actual = actualCost(schema, policy, document, operation, result.data);
          if (settings.development) {
            result.extensions = {
              ...result.extensions,
              cost: {
                estimated: contextValue.cost.estimated,
                actual: contextValue.cost.actual,
                limit: settings.maxCost,
              },
            };
          }
        },
      };
    },
  };
}
