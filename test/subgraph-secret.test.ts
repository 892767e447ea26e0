import { SUBGRAPH_SECRET_HEADER } from '../kit/secret';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

let supergraph: TestSupergraph;
beforeAll(async () => {
  supergraph = await startTestSupergraph(2);
});
afterAll(() => supergraph?.stop());

describe('subgraphs answer only the gateway', () => {
  const post = (url: string, headers: Record<string, string>) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ carts { data { id } } }' }),
    });

  it('refuses a request without the secret, or with a wrong one, with 401 UNAUTHENTICATED', async () => {
    const cart = supergraph.subgraphs.find((subgraph) => subgraph.name === 'cart')!;
    const attempts: Record<string, string>[] = [{}, { [SUBGRAPH_SECRET_HEADER]: 'guess' }];
    for (const headers of attempts) {
      const response = await post(cart.url, headers);
      expect(response.status).toBe(401);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0].message).toContain('answers only the gateway');
    }
    // Liveness stays open, for orchestrators' health checks.
    expect((await fetch(cart.url.replace('/graphql', '/health'))).status).toBe(200);
  });

  it('answers the gateway, which sends the secret, and a caller that has it', async () => {
    const cart = supergraph.subgraphs.find((subgraph) => subgraph.name === 'cart')!;
    expect((await post(cart.url, { [SUBGRAPH_SECRET_HEADER]: supergraph.subgraphSecret })).status).toBe(200);
    const through = await supergraph.query<{ carts: { data: unknown[] } }>('{ carts { data { id region { name } } } }');
    expect(through.errors).toBeUndefined();
    expect(through.data!.carts.data).toHaveLength(2);
  });
});
