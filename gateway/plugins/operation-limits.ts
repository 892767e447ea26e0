import type { ApolloServer } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';
import type { GatewayContext } from '../context';

/** What a single operation's document may hold, checked before it is planned (graphql-armor). */
export interface OperationLimits {
  /** Deepest field nesting, leaf fields included (the cart page is 5 deep; the Medusa-style client's deepest paths about 8). */
  maxDepth: number;
  /** Aliased fields per operation. */
  maxAliases: number;
  /** Lexical tokens per document. */
  maxTokens: number;
  /** Directives per operation. */
  maxDirectives: number;
}

/** What the gateway's Apollo Server is given to hold operations to their limits. */
export interface ArmoredOperations {
  plugins: ApolloServer<GatewayContext>['internals']['plugins'];
  validationRules: ValidationRule[];
  /** graphql-js's parser options: it counts the tokens. */
  parseOptions: { maxTokens: number };
}

/**
 * graphql-armor's depth, alias and directive limits, the token limit, and field suggestions in
 * error messages only in development.
 */
export function operationLimits(limits: OperationLimits, development: boolean): ArmoredOperations {
  const armorConfig: GraphQLArmorConfig = {
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    // Tokens are counted by graphql-js's own parser (parseOptions below): armor's token plugin
    // throws from a hook where Apollo turns any error, even a syntax error, into a 500.
    maxTokens: { enabled: false },
    // The cost is the schema's own (plugins/demand-control.ts): armor's counts depth, not list sizes.
    costLimit: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: !development },
  };
  const armor = new ApolloArmor(armorConfig).protect();
  return {
    // Armor's plugins are typed for Apollo's base context; they read nothing of ours.
    plugins: armor.plugins as ApolloServer<GatewayContext>['internals']['plugins'],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
