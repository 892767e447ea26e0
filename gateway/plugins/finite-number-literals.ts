import { GraphQLError, type FloatValueNode, type IntValueNode, type ValidationRule } from 'graphql';

/**
 * A number literal beyond a double (`1e400`, 400 digits) in a JSON or BigNumber argument: the query
 * planner reads literals as JS numbers and cannot print Infinity back for the subgraph (a 500).
 */
export const finiteNumberLiterals: ValidationRule = (context) => {
  const check = (node: IntValueNode | FloatValueNode) => {
    if (!Number.isFinite(Number(node.value))) {
      context.reportError(
        new GraphQLError(
          `The number ${node.value.slice(0, 32)}${node.value.length > 32 ? '…' : ''} is out of range: send large amounts as strings`,
          { nodes: node },
        ),
      );
    }
  };
  return { IntValue: check, FloatValue: check };
};
