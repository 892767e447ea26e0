import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * An operation type the schema does not have (a subscription) is a validation error. graphql-js 16
 * lacks this rule (17 adds it), and the gateway's executor would throw it as a 500.
 */
export const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations`, { nodes: node }));
    }
  },
});
