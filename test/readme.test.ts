import { readFileSync } from 'node:fs';
import { projectPath } from '../kit/paths';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * Every GraphQL example in the README must run as written against the demo store. The checkout
 * walk-through uses ids from one step in the next (`cart_…`): test/checkout.test.ts runs that flow.
 */
const examples = [...readFileSync(projectPath('README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)]
  .map((match) => match[1])
  .filter((example) => !example.includes('…'));

let supergraph: TestSupergraph;
beforeAll(async () => {
  supergraph = await startTestSupergraph(8);
});
afterAll(() => supergraph?.stop());

describe('README examples', () => {
  it('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(examples.map((example, index) => [index + 1, example]))(
    'example %i runs without errors and returns data',
    async (_index, example) => {
      const completed = await supergraph.query<{ carts: { data: { id: string }[] } }>(
        '{ carts(filters: { completed: true }, pagination: { take: 1 }) { data { id } } }',
      );
      const response = await supergraph.query(String(example), { id: completed.data!.carts.data[0].id });
      expect(response.errors).toBeUndefined();
      const [root] = Object.values(response.data ?? {});
      expect(root).toBeTruthy();
      if (root && typeof root === 'object' && 'data' in root)
        expect((root as { data: unknown[] }).data.length).toBeGreaterThan(0);
    },
  );
});
