# One image for every service of docker-compose.yml: the command picks the subgraph, the gateway
# or the seed job; `docker run -p 4000:4000 <image>` alone runs the whole supergraph in one process
# on an embedded database. The TypeScript runs with tsx (a runtime dependency): there is no build output.

# Every package, for the checks below.
FROM node:20-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# Runtime packages only: the entry points (bin/subgraph.ts, bin/gateway.ts, bin/seed.ts,
# bin/start.ts) import nothing from devDependencies.
FROM node:20-slim AS production-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# The image is not built from code that does not type-check or from stale generated files
# (supergraph.yaml, supergraph.graphql, docker-compose.yml, …).
# The runtime stage copies its sources from here, so this stage always runs.
FROM deps AS checked
COPY . .
RUN npm run -s typecheck \
 && npm run -s compose:check \
 && npm run -s schema:check \
 && npm run -s codegen:check

FROM node:20-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0
WORKDIR /app
COPY --from=production-deps /app/node_modules ./node_modules
COPY --from=checked /app/package.json /app/package-lock.json /app/tsconfig.json ./
COPY --from=checked /app/supergraph.yaml /app/supergraph.graphql ./
COPY --from=checked /app/kit ./kit
COPY --from=checked /app/gateway ./gateway
# Schemas (schema.graphql) and SQL migrations are read from here at start.
COPY --from=checked /app/subgraphs ./subgraphs
COPY --from=checked /app/seed ./seed
COPY --from=checked /app/bin ./bin
# The code stays root's, read-only to the service; only the embedded database's folder is writable
# (used when DATABASE_URL is unset).
RUN mkdir .data && chown node:node .data
USER node
# The gateway's and every subgraph's port, written by `npm run compose` from subgraphs/index.ts.
EXPOSE 4000-4012
CMD ["node_modules/.bin/tsx", "bin/start.ts"]
