/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Tests beside what they test: a module's in its folder, the whole supergraph's in test/.
  roots: ['<rootDir>/test', '<rootDir>/subgraphs', '<rootDir>/kit', '<rootDir>/gateway', '<rootDir>/conformance'],
  // conformance/.work holds the Medusa install `npm run conformance` makes: not ours to crawl.
  modulePathIgnorePatterns: ['<rootDir>/conformance/.work/'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/conformance/.work/'],
  testMatch: ['**/*.test.ts'],
  // ts-jest only transpiles (isolatedModules in tsconfig); `npm run typecheck` checks types.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // Each test file starts its own supergraph on its own database; PGlite needs time to boot.
  testTimeout: 120000,
  // Two workers at most: each holds an embedded Postgres (~650 MB) and the machine has 2 cores.
  maxWorkers: 2,
};
