/**
 * Hive Gateway with Hive Router's Rust query planner (`@graphql-hive/router-runtime`) for the
 * benchmark: the same configuration as `hive-gateway.config.ts` (Hive's defaults plus the headers
 * our subgraphs need), with the planner and executor of the router runtime in place of the
 * JavaScript ones.
 */
import { defineConfig } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { gatewayConfig as hiveConfig } from './hive-gateway.config';

export const gatewayConfig = defineConfig({ ...hiveConfig, unifiedGraphHandler });
