import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { GraphQLError } from 'graphql';
import { join, relative } from 'node:path';
import * as errors from '../kit/errors';
import { ERROR_CODES, ErrorCode, formatted, statusOf, type ErrorCodeDescription } from '../kit/errors';
import { projectPath } from '../kit/paths';

/**
 * One list of error codes (kit/errors.ts): every `extensions.code` the product answers with, each
 * of the product's own built by one helper there and written nowhere else, and the README's table
 * the same list.
 */

/** The product's own source files (not its tests, benchmarks, client library or generated code), by path from the root. */
function productSources(): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) {
        if (entry !== 'generated') walk(path);
      } else if (path.endsWith('.ts') && !path.endsWith('.test.ts')) files.push(relative(projectPath(), path));
    }
  };
  for (const folder of ['bin', 'gateway', 'kit', 'subgraphs', 'seed']) walk(projectPath(folder));
  return files;
}

const codes = Object.values(ErrorCode);

describe('the list', () => {
  it('names each code once, and describes each', () => {
    expect(new Set(codes).size).toBe(codes.length);
    expect(Object.keys(ERROR_CODES).sort()).toEqual([...codes].sort());
  });

  it('no code is written outside kit/errors.ts: every other file builds its errors with the helpers', () => {
    const literal = new RegExp(`(['"])(${codes.join('|')})\\1`, 'g');
    const written = productSources()
      .filter((file) => file !== 'kit/errors.ts')
      .flatMap((file) => {
        const text = readFileSync(projectPath(file), 'utf8');
        // A code of the list as a string (a code in backticks is prose: a message or a description), or
        // any upper-case code in an `extensions` (one that is not in the list).
        const found = [
          ...text.matchAll(literal),
          ...text.matchAll(/\bextensions: *\{[^}]*\bcode: *(['"`])([A-Z][A-Z0-9_]+)\1/g),
        ];
        return found.map((match) => `${file}: ${match[2]}`);
      });
    expect(written).toEqual([]);
  });

  it("a helper builds each of the product's own codes, with the HTTP status of a code that refuses a request whole", () => {
    const built = new Map<string, number | undefined>();
    const helpers: [string, () => GraphQLError][] = [
      ['badUserInput', () => errors.badUserInput('m')],
      ['notFound', () => errors.notFound('m')],
      ['notAllowed', () => errors.notAllowed('m')],
      ['conflict', () => errors.conflict('m', { retryAfterMs: 5 })],
      ['unauthenticated', () => errors.unauthenticated('m')],
      ['forbidden', () => errors.forbidden('m')],
      ['workflowFailed', () => errors.workflowFailed('m')],
      ['cascadeFailed', () => errors.cascadeFailed('m')],
      ['subgraphUnavailable', () => errors.subgraphUnavailable('m')],
      ['subgraphTimeout', () => errors.subgraphTimeout('m')],
      ['subgraphError', () => errors.subgraphError('m')],
      ['rateLimited', () => errors.rateLimited('m', 5)],
      ['costEstimatedTooExpensive', () => errors.costEstimatedTooExpensive('m', { estimated: 2, limit: 1 })],
      ['tooManyEntities', () => errors.tooManyEntities('m')],
      ['responseTooLarge', () => errors.responseTooLarge('m')],
      ['payloadTooLarge', () => errors.payloadTooLarge('m')],
      ['requestTimeout', () => errors.requestTimeout('m')],
      ['requestHeaderFieldsTooLarge', () => errors.requestHeaderFieldsTooLarge('m')],
      ['badRequest', () => errors.badRequest('m')],
      ['operationResolutionFailure', () => errors.operationResolutionFailure('m')],
      ['persistedQueryNotFound', () => errors.persistedQueryNotFound('m')],
      ['persistedQueryIdRequired', () => errors.persistedQueryIdRequired('m')],
      ['internalServerError', () => errors.internalServerError('m')],
    ];
    for (const [, build] of helpers) {
      const error = build();
      built.set(String(error.extensions.code), statusOf(error));
    }
    const own = Object.entries(ERROR_CODES).filter(([, description]) => !description.byApollo);
    expect([...built.keys()].sort()).toEqual(own.map(([code]) => code).sort());
    // A code that comes at a field is built without a status, so the rest of the answer stays a 200
    // (asRequestRefusal adds 401 or 403; a failure before GraphQL runs is sent as a 500).
    for (const [code, description] of own) {
      expect({ code, status: built.get(code) }).toEqual({
        code,
        status: description.atField ? undefined : description.status,
      });
    }
  });

  it("a whole-request refusal carries its code's status; what a client sees has no status in it", () => {
    expect(statusOf(errors.asRequestRefusal(errors.unauthenticated('m')))).toBe(401);
    expect(statusOf(errors.asRequestRefusal(errors.forbidden('m')))).toBe(403);
    expect(formatted(errors.rateLimited('Too many', 1200))).toEqual({
      message: 'Too many',
      extensions: { code: 'RATE_LIMITED', retryAfterMs: 1200 },
    });
  });
});

describe('the README', () => {
  const status = (description: ErrorCodeDescription) =>
    description.status !== undefined && description.atField
      ? `${description.status}, or 200 at a field`
      : description.status !== undefined
        ? String(description.status)
        : '200, at a field';
  const declaredRows = Object.entries(ERROR_CODES).map(
    ([code, description]) =>
      `| \`${code}\`${description.byApollo ? ' (Apollo Server)' : ''} | ${status(description)} | ${description.meaning} | ${description.whatToDo} |`,
  );

  function readmeRows(): string[] {
    const readme = readFileSync(projectPath('README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('\n## Error codes\n'));
    const start = section.indexOf('\n| code |') + 1;
    return section.slice(start, section.indexOf('\n\n', start)).split('\n').slice(2);
  }

  it('has a row for every code and a code for every row', () => {
    const documented = readmeRows().map((row) => /^\| `([^`]+)`/.exec(row)?.[1] ?? row);
    expect({
      undocumented: codes.filter((code) => !documented.includes(code)),
      unknown: documented.filter((code) => !(codes as string[]).includes(code)),
    }).toEqual({ undocumented: [], unknown: [] });
  });

  it('says what kit/errors.ts says, in its order (on a difference, write the row as expected here)', () => {
    expect(readmeRows()).toEqual(declaredRows);
  });

  it('states no other table of codes', () => {
    const readme = readFileSync(projectPath('README.md'), 'utf8');
    expect(readme.match(/^\| code \|/gm)).toHaveLength(1);
  });
});
