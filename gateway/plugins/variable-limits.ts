import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { getVariableValues } from 'graphql';
import { badUserInput, formatted } from '../../kit/errors';
import type { GatewayContext } from '../context';

/** Variable errors answered, and the length of each message (a message quotes the value it refuses). */
const MAX_VARIABLE_ERRORS = 20;
const MAX_VARIABLE_ERROR_MESSAGE = 500;
/** Deepest nesting of a variable's value; the subgraphs refuse what they store beyond 64 (kit/input.ts). */
const MAX_VARIABLE_DEPTH = 100;

/** Whether a JSON value nests deeper than `limit`, found without recursion (a 1 MiB body can nest 200,000 levels). */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, depth] = next;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return false;
}

const badVariables = (messages: string[]): GraphQLResponse => ({
  http: { status: 400, headers: new HeaderMap() },
  body: {
    kind: 'single',
    singleResult: {
      errors: messages.map((message) =>
        formatted(
          badUserInput(
            message.length > MAX_VARIABLE_ERROR_MESSAGE ? `${message.slice(0, MAX_VARIABLE_ERROR_MESSAGE)}…` : message,
          ),
        ),
      ),
    },
  },
});

/**
 * Coerces the variables before Apollo Gateway does: it calls graphql-js without an error limit, and
 * each error quotes the whole refused value, so an input object with n unknown fields costs n² (4,000
 * unknown fields, a 78 KB request, took 10 s and answered 312 MB). Here at most MAX_VARIABLE_ERRORS
 * errors, each cut short, as the same 400 BAD_USER_INPUT answer. Values nested absurdly deep are
 * refused first: the gateway's own handling of them is recursive (a 10,000-level JSON value overflowed
 * its stack while it sent the request on, reported as the subgraph being unavailable).
 */
export function variableLimitsPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ schema, operation, request }) {
          if (!operation?.variableDefinitions?.length) return null;
          if (nestsDeeperThan(request.variables, MAX_VARIABLE_DEPTH))
            return badVariables([`A variable's value is nested more than ${MAX_VARIABLE_DEPTH} levels deep`]);
          const { errors } = getVariableValues(schema, operation.variableDefinitions, request.variables ?? {}, {
            maxErrors: MAX_VARIABLE_ERRORS,
          });
          return errors?.length ? badVariables(errors.map((error) => error.message)) : null;
        },
      };
    },
  };
}
