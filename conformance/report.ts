/** conformance/report.md: what ran, every difference grouped by kind with one example, the explained ones. */
import { writeFileSync } from 'node:fs';
import type { Checkout } from './generator';
import type { Difference } from './compare';
import type { Explanation } from './explained';
import type { Feature } from './store';

export interface RunResult {
  versions: Record<string, string>;
  seed: number;
  checkouts: Checkout[];
  compared: Checkout[];
  medusaOnly: { checkout: Checkout; missing: Feature[] }[];
  unsupported: Feature[];
  without: Feature[];
  differences: { checkout: Checkout; difference: Difference; explanation?: Explanation }[];
  /** Checkouts a side could not run at all (an unexpected error), with the message. */
  failures: { checkout: Checkout; side: string; message: string }[];
  timings: Record<string, number>;
}

const cell = (value: unknown) => (value === undefined ? '—' : `\`${JSON.stringify(value)}\``);
const describe = (checkout: Checkout) =>
  `#${checkout.index} (${checkout.region}/${checkout.country}, ${checkout.customer ?? 'guest'}, ` +
  `${[...checkout.items, ...checkout.added].map((item) => `${item.quantity}×${item.variant}`).join(' ')}, ` +
  `codes [${checkout.codes.join(' ')}], ${checkout.shipping})`;

function countBy<T>(items: T[], keys: (item: T) => string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of keys(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0].localeCompare(b[0]));
}

function groups(differences: RunResult['differences']) {
  const byKind = new Map<string, RunResult['differences']>();
  for (const entry of differences)
    byKind.set(entry.difference.kind, [...(byKind.get(entry.difference.kind) ?? []), entry]);
  return [...byKind].sort((a, b) => b[1].length - a[1].length);
}

export function writeReport(path: string, result: RunResult): { unexplained: number } {
  const unexplained = result.differences.filter((entry) => !entry.explanation);
  const explained = result.differences.filter((entry) => entry.explanation);
  const lines: string[] = [
    '# Conformance report: the supergraph against Medusa',
    '',
    'Written by `npm run conformance` (conformance/run.ts); do not edit by hand.',
    '',
    '## Run',
    '',
    ...Object.entries(result.versions).map(([name, version]) => `- ${name}: ${version}`),
    `- seed: ${result.seed}; checkouts generated: ${result.checkouts.length}; compared on both: ${result.compared.length}; ` +
      `on Medusa only: ${result.medusaOnly.length}`,
    `- features left out (--without): ${result.without.join(', ') || 'none'}`,
    `- time: ${Object.entries(result.timings)
      .map(([step, seconds]) => `${step} ${seconds.toFixed(0)}s`)
      .join(', ')}`,
    '',
    'Values compared: each cart (before completion) and order (after) total, every line (paired by variant) and',
    'shipping method (paired by shipping option) with its totals, adjustments (by code) and tax lines (by code),',
    'the payment collection amount, each step refused or not (and the message), and the link rows order–cart,',
    'order–promotion (by code) and order–payment collection. Medusa gives amounts as JSON numbers, the supergraph',
    "as exact decimal strings: equal means Number(ours) === Medusa's number, with no tolerance.",
    '',
    '## Scenarios compared, by feature',
    '',
    '| feature | checkouts |',
    '|---|---|',
    ...countBy(result.compared, (checkout) => checkout.features).map(([feature, n]) => `| ${feature} | ${n} |`),
    '',
    `## Differences: ${unexplained.length} unexplained, ${explained.length} explained`,
    '',
  ];
  if (!unexplained.length) lines.push('No unexplained difference.', '');
  for (const [kind, entries] of groups(unexplained)) {
    const [example] = entries;
    const checkouts = new Set(entries.map((entry) => entry.checkout.index)).size;
    lines.push(
      `### ${kind}`,
      '',
      `${entries.length} value(s) in ${checkouts} checkout(s). Example: checkout ${describe(example.checkout)}, ` +
        `\`${example.difference.path}\`: Medusa ${cell(example.difference.medusa)}, supergraph ${cell(example.difference.ours)}.`,
      '',
    );
  }
  if (result.failures.length) {
    lines.push('## Checkouts that failed on a side', '');
    for (const failure of result.failures.slice(0, 20)) {
      lines.push(`- ${failure.side}, checkout ${describe(failure.checkout)}: ${failure.message.slice(0, 400)}`);
    }
    lines.push('');
  }
  lines.push('## Explained differences', '');
  if (!explained.length) lines.push('None met in this run.', '');
  for (const [kind, entries] of groups(explained)) {
    const [example] = entries;
    lines.push(
      `- **${kind}** (${entries.length}): ${example.explanation!.reason} Example: checkout #${example.checkout.index}, ` +
        `\`${example.difference.path}\`: Medusa ${cell(example.difference.medusa)}, supergraph ${cell(example.difference.ours)}.`,
    );
  }
  lines.push(
    '',
    '## Not supported by the supergraph yet',
    '',
    result.unsupported.length
      ? `Features the supergraph lacks (its gateway schema has no admin mutation for them, or --medusa-only): ${result.unsupported.join(', ')}. ` +
          'Checkouts that use one ran on Medusa only (up to the cart before completion, so that usage counts stay the same on both stores) and are not compared:'
      : 'None: every generated checkout was compared.',
    '',
  );
  if (result.medusaOnly.length) {
    lines.push('| missing feature | checkouts |', '|---|---|');
    for (const [feature, n] of countBy(result.medusaOnly, (entry) => entry.missing))
      lines.push(`| ${feature} | ${n} |`);
    lines.push('');
  }
  writeFileSync(path, lines.join('\n'));
  return { unexplained: unexplained.length + result.failures.length };
}
