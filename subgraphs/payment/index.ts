import { readMigrations } from '../../kit/migrate';
import { projectPath } from '../../kit/paths';
import type { SubgraphModule } from '../../kit/subgraph';
import { createPaymentContext, type PaymentContext } from './context';
import { models } from './models';
import { resolvers } from './resolvers';

export const paymentSubgraph: SubgraphModule<PaymentContext> = {
  name: 'payment',
  dbSchema: 'payment',
  port: 4003,
  schemaFile: 'subgraphs/payment/schema.graphql',
  migrations: () => readMigrations(projectPath('subgraphs/payment/migrations')),
  models,
  resolvers,
  createContext: createPaymentContext,
};
