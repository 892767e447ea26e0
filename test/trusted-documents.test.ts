import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkout, fetchCartPage, fetchCatalog, storefrontClient } from '../examples/storefront/storefront';
import { serveGateway } from '../gateway/serve';
import { buildGateway, type GatewayOptions } from '../gateway/server';
import { gatewayOptions } from '../gateway/settings';
import {
  MAX_TRUSTED_DOCUMENTS,
  readManifests,
  sha256Hex,
  STOREFRONT_EXAMPLE_MANIFEST,
} from '../gateway/trusted-documents';
import { ConfigError } from '../kit/config';
import type { RunningServer } from '../kit/http';
import * as logging from '../kit/log';
import { projectPath } from '../kit/paths';
import { SUBGRAPH_SECRET_HEADER } from '../kit/secret';
import { configFrom } from './support/config';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * Trusted documents through the real gateway: operations sent by the hash of a manifest's document
 * run; under `enforce` nothing else does. The storefront example's committed manifest is one of the
 * manifests, and the example (which sends hashes only) runs a whole checkout on it.
 */

const REGION_NAMES = 'query RegionNames { regions { data { name } } }';
const CURRENCIES = 'query Currencies { regions { data { currency_code } } }';
const NOT_IN_ANY = 'query Anything { regions { data { id } } }';
const EXAMPLE_MANIFEST = projectPath(STOREFRONT_EXAMPLE_MANIFEST);

let folder: string;
let supergraph: TestSupergraph;
let guestUrl: string;

/** A manifest as the client preset writes it. */
function manifestOf(...texts: string[]): string {
  return JSON.stringify(Object.fromEntries(texts.map((text) => [`sha256:${sha256Hex(text)}`, text])));
}

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(url: string, body: unknown, token?: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions?.code;
const byHash = (text: string) => ({ documentId: `sha256:${sha256Hex(text)}` });
const apolloHash = (text: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(text) } } });

/** Another gateway on the same subgraphs, configured from these variables as `npm run gateway` would be. */
async function gatewayFrom(env: Record<string, string>, extra: Partial<GatewayOptions> = {}): Promise<RunningServer> {
  const gateway = buildGateway({
    ...gatewayOptions(configFrom(env)),
    auth: { jwtSecret: supergraph.jwtSecret },
    rateLimit: { perSecond: 0 },
    subgraphUrls: Object.fromEntries(supergraph.subgraphs.map((subgraph) => [subgraph.name, subgraph.url])),
    subgraphSecret: supergraph.subgraphSecret,
    ...extra,
  });
  return serveGateway(gateway, 0);
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'trusted-documents-'));
  writeFileSync(join(folder, 'storefront.json'), manifestOf(REGION_NAMES));
  supergraph = await startTestSupergraph(0, {
    gateway: {
      trustedDocuments: { mode: 'enforce', manifests: [EXAMPLE_MANIFEST, folder], reloadIntervalMs: 50 },
    },
  });
  guestUrl = supergraph.gatewayUrl;
});
afterAll(async () => {
  await supergraph?.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe('under enforce', () => {
  it("runs a manifest's document sent by its hash: documentId, Apollo's persistedQuery, and by GET", async () => {
    const expected = await post(guestUrl, byHash(REGION_NAMES));
    expect(expected.status).toBe(200);
    expect(expected.data).toEqual({ regions: { data: expect.arrayContaining([{ name: 'Europe' }]) } });
    expect(await post(guestUrl, apolloHash(REGION_NAMES))).toEqual({ status: 200, data: expected.data });
    // The hash together with its own text is the same document.
    expect(await post(guestUrl, { ...byHash(REGION_NAMES), query: REGION_NAMES })).toEqual({
      status: 200,
      data: expected.data,
    });

    const get = await fetch(`${guestUrl}?documentId=${encodeURIComponent(byHash(REGION_NAMES).documentId)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect({ status: get.status, ...((await get.json()) as object) }).toEqual({ status: 200, data: expected.data });
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND, in either form', async () => {
    for (const body of [byHash(NOT_IN_ANY), apolloHash(NOT_IN_ANY)]) {
      const answer = await post(guestUrl, body);
      expect({ status: answer.status, code: codeOf(answer), data: answer.data }).toEqual({
        status: 200,
        code: 'PERSISTED_QUERY_NOT_FOUND',
        data: undefined,
      });
    }
  });

  it("refuses any text with PERSISTED_QUERY_ID_REQUIRED: a guest's, an admin's, an invalid one, a manifest's own", async () => {
    const refused = { status: 400, code: 'PERSISTED_QUERY_ID_REQUIRED' };
    const shape = (answer: Answer) => ({ status: answer.status, code: codeOf(answer) });
    expect(shape(await post(guestUrl, { query: NOT_IN_ANY }))).toEqual(refused);
    expect(shape(await supergraph.query(NOT_IN_ANY))).toEqual(refused);
    // Not validated either: no hint of the schema comes back.
    const invalid = await post(guestUrl, { query: '{ regions { data { nmae } } }' });
    expect(shape(invalid)).toEqual(refused);
    expect(JSON.stringify(invalid)).not.toContain('name');
    // A known text is refused too unless GATEWAY_TRUSTED_DOCUMENTS_ALLOW_KNOWN_TEXT says otherwise.
    expect(shape(await post(guestUrl, { query: REGION_NAMES }))).toEqual(refused);
  });

  it('does not let an automatic persisted query register a text: the hash stays unknown', async () => {
    const register = await post(guestUrl, { query: NOT_IN_ANY, ...apolloHash(NOT_IN_ANY) });
    expect(codeOf(register)).toBe('PERSISTED_QUERY_ID_REQUIRED');
    expect(codeOf(await post(guestUrl, apolloHash(NOT_IN_ANY)))).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuses a trusted hash sent with another text, and a malformed hash, with BAD_REQUEST', async () => {
    for (const body of [
      { ...byHash(REGION_NAMES), query: NOT_IN_ANY },
      { ...apolloHash(REGION_NAMES), query: NOT_IN_ANY },
      { ...byHash(REGION_NAMES), ...apolloHash(CURRENCIES) },
      { documentId: sha256Hex(REGION_NAMES) },
      { documentId: `sha256:${'A'.repeat(64)}` },
      { documentId: `sha256:${'a'.repeat(100_000)}` },
      { documentId: 42 },
      { extensions: { persistedQuery: { version: 1, sha256Hash: { $ne: '' } } } },
    ]) {
      const answer = await post(guestUrl, body);
      expect({ status: answer.status, code: codeOf(answer), data: answer.data }).toEqual({
        status: 400,
        code: 'BAD_REQUEST',
        data: undefined,
      });
    }
  });

  it("runs every document of the storefront example's committed manifest, sent by hash only, through a guest checkout", async () => {
    const manifest = JSON.parse(readFileSync(EXAMPLE_MANIFEST, 'utf8')) as Record<string, string>;
    const sent: Record<string, unknown>[] = [];
    const realFetch = globalThis.fetch;
    const spy = jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      // The storefront's requests, not the workflows' calls (to the subgraphs, or to the gateway with
      // the subgraph secret) in this process.
      const internal = new Headers(init?.headers).has(SUBGRAPH_SECRET_HEADER);
      if (String(input) === guestUrl && !internal) sent.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
      return realFetch(input, init);
    });
    try {
      const guest = storefrontClient(guestUrl);
      const { regions, variants } = await fetchCatalog(guest);
      const europe = regions.find((region) => region.name === 'Europe')!;
      const variant = variants.find((candidate) => candidate.prices.some((price) => price.currency_code === 'eur'))!;
      const { cart, order } = await checkout(guest, {
        region_id: europe.id,
        email: 'trusted@example.com',
        items: [{ variant_id: variant.id, quantity: 1 }],
        shipping_address: {
          first_name: 'Ada',
          last_name: 'Guest',
          address_1: '1 Main St',
          city: 'Berlin',
          postal_code: '10115',
          country_code: 'de',
        },
      });
      expect(order.total).toBe(cart.total);
      expect((await fetchCartPage(guest, cart.id))!.order!.id).toBe(order.id);
    } finally {
      spy.mockRestore();
    }
    expect(sent.filter((body) => 'query' in body)).toEqual([]);
    expect(new Set(sent.map((body) => body.documentId))).toEqual(new Set(Object.keys(manifest)));
  });
});

describe("the README's Trusted documents section", () => {
  it('shows the errors as the gateway answers them', async () => {
    const readme = readFileSync(projectPath('README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('\n## Trusted documents\n'));
    const examples = [...section.slice(0, section.indexOf('\n## ', 1)).matchAll(/```json\n([\s\S]*?)```/g)].map(
      (match) => JSON.parse(match[1]) as { errors: { message: string }[] },
    );
    expect(examples).toHaveLength(2);
    const [unknown, text] = examples;
    const hash = /hash ([0-9a-f]{64})/.exec(unknown.errors[0].message)![1];
    const { status: _notFound, ...notFound } = await post(guestUrl, { documentId: `sha256:${hash}` });
    expect(notFound).toEqual(unknown);
    const { status: _refused, ...refused } = await post(guestUrl, { query: NOT_IN_ANY });
    expect(refused).toEqual(text);
  });
});

describe('the settings', () => {
  it('enforce by default in production when manifests are given; off without them, and in development', () => {
    const mode = (env: Record<string, string>) => gatewayOptions(configFrom(env)).trustedDocuments.mode;
    expect(mode({ NODE_ENV: 'production', GATEWAY_TRUSTED_DOCUMENTS_MANIFESTS: folder })).toBe('enforce');
    expect(mode({ NODE_ENV: 'production' })).toBe('off');
    expect(mode({ GATEWAY_TRUSTED_DOCUMENTS_MANIFESTS: folder })).toBe('off');
    expect(() => configFrom({ GATEWAY_TRUSTED_DOCUMENTS: 'enforce' })).toThrow(ConfigError);
    expect(() => configFrom({ GATEWAY_TRUSTED_DOCUMENTS: 'strict' })).toThrow(
      'GATEWAY_TRUSTED_DOCUMENTS must be one of off, log, enforce, got "strict"',
    );
  });

  it("log mode runs every operation and logs each that is not a manifest's, with fields to alert on", async () => {
    const gateway = await gatewayFrom({
      GATEWAY_TRUSTED_DOCUMENTS: 'log',
      GATEWAY_TRUSTED_DOCUMENTS_MANIFESTS: folder,
    });
    const spy = jest.spyOn(logging, 'log');
    try {
      const untrusted = await post(gateway.url, { query: NOT_IN_ANY, operationName: 'Anything' });
      expect(untrusted.errors).toBeUndefined();
      expect(untrusted.data).toMatchObject({ regions: { data: expect.any(Array) } });
      expect((await post(gateway.url, byHash(REGION_NAMES))).errors).toBeUndefined();
      expect((await post(gateway.url, { query: REGION_NAMES })).errors).toBeUndefined();
      const lines = spy.mock.calls.filter(([, message]) => message === 'untrusted operation');
      expect(lines).toEqual([
        [
          'gateway',
          'untrusted operation',
          expect.objectContaining({
            trusted_documents: 'log',
            outcome: 'logged',
            sent_as: 'text',
            operation_name: 'Anything',
            document_hash: sha256Hex(NOT_IN_ANY),
            role: 'guest',
            request_id: expect.any(String),
          }),
        ],
      ]);
      expect(codeOf(await post(gateway.url, byHash(NOT_IN_ANY)))).toBe('PERSISTED_QUERY_NOT_FOUND');
    } finally {
      spy.mockRestore();
      await gateway.close();
    }
  });

  it("lets admins run any operation and anyone a manifest's text, when the settings say so", async () => {
    const gateway = await gatewayFrom({
      NODE_ENV: 'production',
      GATEWAY_TRUSTED_DOCUMENTS_MANIFESTS: folder,
      GATEWAY_TRUSTED_DOCUMENTS_ALLOW_ADMIN: 'true',
      GATEWAY_TRUSTED_DOCUMENTS_ALLOW_KNOWN_TEXT: 'true',
    });
    try {
      expect((await post(gateway.url, { query: NOT_IN_ANY }, supergraph.adminToken)).errors).toBeUndefined();
      expect((await post(gateway.url, { query: REGION_NAMES })).errors).toBeUndefined();
      expect(codeOf(await post(gateway.url, { query: NOT_IN_ANY }))).toBe('PERSISTED_QUERY_ID_REQUIRED');
      const customer = await supergraph.tokenFor({
        actor_type: 'customer',
        actor_id: 'cus_01ARZ3NDEKTSV4RRFFQ69G5FAV',
      });
      expect(codeOf(await post(gateway.url, { query: NOT_IN_ANY }, customer))).toBe('PERSISTED_QUERY_ID_REQUIRED');
    } finally {
      await gateway.close();
    }
  });
});

describe('the manifests', () => {
  it('are read again when they change, without a restart; a broken one keeps the documents held before', async () => {
    expect(codeOf(await post(guestUrl, byHash(CURRENCIES)))).toBe('PERSISTED_QUERY_NOT_FOUND');
    writeFileSync(join(folder, 'checkout.json'), manifestOf(CURRENCIES));
    const answers = async (text: string) => {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const answer = await post(guestUrl, byHash(text));
        if (codeOf(answer) !== 'PERSISTED_QUERY_NOT_FOUND') return answer;
        if (Date.now() > deadline) throw new Error(`The gateway never loaded ${text}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    expect(await answers(CURRENCIES)).toMatchObject({ status: 200, data: { regions: expect.anything() } });

    // A manifest whose hash is not its text's: the folder no longer reads, and the gateway keeps
    // what it held (logging why) rather than refusing the storefront's operations.
    const failures = jest.spyOn(logging, 'logError');
    try {
      const tampered = JSON.stringify({ [`sha256:${sha256Hex(REGION_NAMES)}`]: NOT_IN_ANY });
      writeFileSync(join(folder, 'tampered.json'), tampered);
      expect(() => readManifests([folder])).toThrow('is not the SHA-256 of its document');
      const deadline = Date.now() + 30_000;
      while (!failures.mock.calls.some(([, message]) => message.startsWith('trusted documents not reloaded'))) {
        if (Date.now() > deadline) throw new Error('The gateway never read the tampered manifest');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      failures.mockRestore();
    }
    expect((await post(guestUrl, byHash(REGION_NAMES))).data).toMatchObject({ regions: expect.anything() });
    expect((await post(guestUrl, byHash(CURRENCIES))).errors).toBeUndefined();
    writeFileSync(join(folder, 'checkout.json'), manifestOf(CURRENCIES, NOT_IN_ANY));
    rmSync(join(folder, 'tampered.json'));
    expect(await answers(NOT_IN_ANY)).toMatchObject({ status: 200 });
  });

  it('are bounded and checked: hashes, sizes, number of documents, JSON', () => {
    const write = (name: string, text: string) => {
      writeFileSync(join(folder, name), text);
      return join(folder, name);
    };
    expect(() => readManifests([write('bad.json.txt', '{')])).toThrow('bad.json.txt');
    expect(() => readManifests([write('x.json.txt', '[]')])).toThrow('a manifest is a JSON object');
    expect(() => readManifests([write('y.json.txt', JSON.stringify({ md5: REGION_NAMES }))])).toThrow(
      'is not a document hash',
    );
    const many = Array.from({ length: MAX_TRUSTED_DOCUMENTS + 1 }, (_, index) => `query Q${index} { __typename }`);
    expect(() => readManifests([write('z.json.txt', manifestOf(...many))])).toThrow(
      `more than ${MAX_TRUSTED_DOCUMENTS} documents`,
    );
    const apollo = {
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [{ id: sha256Hex(CURRENCIES), body: CURRENCIES, name: 'Currencies', type: 'query' }],
    };
    expect([...readManifests([write('apollo.json.txt', JSON.stringify(apollo))]).values()]).toEqual([CURRENCIES]);
    expect(() => buildGateway({ trustedDocuments: { manifests: [join(folder, 'bad.json.txt')] } })).toThrow(
      'Trusted documents manifest',
    );
    // Manifests that hold nothing, a path that is not there, and a `.json` that is not a regular file.
    expect(() => readManifests([write('empty.json.txt', '{}')])).toThrow('they hold no document');
    expect(() => readManifests([join(folder, 'missing.json')])).toThrow('Trusted documents manifest');
    const strange = mkdtempSync(join(tmpdir(), 'trusted-documents-strange-'));
    try {
      mkdirSync(join(strange, 'folder.json'));
      expect(() => readManifests([strange])).toThrow('is not a regular file');
    } finally {
      rmSync(strange, { recursive: true, force: true });
    }
  });
});
