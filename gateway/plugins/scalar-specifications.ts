import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../../kit/http';
import { projectPath } from '../../kit/paths';
import { SCALAR_SPECIFICATION_PATH } from '../../kit/scalars';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * gateway/scalars.md as a page: each `## Name` section in an element with `id="Name"`, so that a
 * scalar's `@specifiedBy(url: "/scalars#Name")` lands on its section. The text is shown as written.
 */
export function scalarSpecificationPage(markdown: string): string {
  const [intro, ...sections] = markdown.split(/\n(?=## )/);
  const body = [
    `<pre>${escapeHtml(intro.trim())}</pre>`,
    ...sections.map((section) => {
      const name = /^## (\S+)/.exec(section)?.[1] ?? '';
      return `<section id="${escapeHtml(name)}"><pre>${escapeHtml(section.trim())}</pre></section>`;
    }),
  ];
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Scalars</title></head><body>\n${body.join('\n')}\n</body></html>\n`;
}

/**
 * `GET /scalars`: the wire format of each custom scalar, the page the schema's `@specifiedBy` URLs
 * name. Public in every mode: it is the repository's own text, the same for everyone. Returns
 * true when the request was for it (answered), false for any other route.
 */
export function createScalarSpecifications(): (req: IncomingMessage, res: ServerResponse) => boolean {
  // Read once, at start: a request costs no I/O.
  const page = scalarSpecificationPage(readFileSync(projectPath('gateway', 'scalars.md'), 'utf8'));
  return (req, res) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== SCALAR_SPECIFICATION_PATH) return false;
    req.resume();
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      sendJson(res, 405, { error: `${SCALAR_SPECIFICATION_PATH} is a page: GET it` });
      return true;
    }
    res.statusCode = 200;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    // Text only: no script, style or frame runs on it.
    res.setHeader('content-security-policy', "default-src 'none'");
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'public, max-age=3600');
    res.end(req.method === 'HEAD' ? undefined : page);
    return true;
  };
}
