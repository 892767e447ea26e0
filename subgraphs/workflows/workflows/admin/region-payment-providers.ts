import { badUserInput, notFound } from '../../../../kit/errors';
import type { RunContext } from '../../../../kit/workflow-definition';
import { readPaymentProvidersStep } from '../../steps/gateway/read-payment-providers';
import { createLinksStep } from '../../steps/link/create-links';
import { dismissLinksStep } from '../../steps/link/dismiss-links';

/** Providers one call may name in all: one page of the read that checks them. */
const MAX_PROVIDERS = 200;

/**
 * The check in Medusa's setRegionsPaymentProvidersStep, run before anything is written: every
 * provider named exists and is enabled (NOT_FOUND with Medusa's message otherwise).
 */
export async function checkPaymentProviders(run: RunContext, named: readonly (readonly string[] | null | undefined)[]) {
  const ids = [...new Set(named.flatMap((providers) => providers ?? []))];
  if (ids.length === 0) return;
  if (ids.length > MAX_PROVIDERS) {
    throw badUserInput(`At most ${MAX_PROVIDERS} payment providers may be named in one call`, {
      argument: 'payment_providers',
    });
  }
  const found = new Set(await run.step(readPaymentProvidersStep, { ids }));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw notFound(`Payment providers with ids ${missing.join(', ')} not found or not enabled`, {
      argument: 'payment_providers',
    });
  }
}

/**
 * Medusa's setRegionsPaymentProvidersStep: a region given a non-empty list gets exactly those
 * providers (links it no longer needs are dismissed, missing ones created); an empty or missing
 * list leaves its links as they are. `current` is each region's providers read before the run wrote.
 */
export async function setRegionsPaymentProviders(
  run: RunContext,
  regions: { id: string; payment_providers?: readonly string[] | null }[],
  current: ReadonlyMap<string, readonly string[]>,
) {
  const link = (region_id: string, payment_provider_id: string) => ({
    region: { region_id },
    payment: { payment_provider_id },
  });
  const toDismiss = [];
  const toCreate = [];
  for (const { id, payment_providers: wanted } of regions) {
    if (!wanted?.length) continue;
    const had = current.get(id) ?? [];
    toDismiss.push(...had.filter((provider) => !wanted.includes(provider)).map((provider) => link(id, provider)));
    toCreate.push(
      ...[...new Set(wanted)].filter((provider) => !had.includes(provider)).map((provider) => link(id, provider)),
    );
  }
  if (toDismiss.length > 0) await run.step(dismissLinksStep, { links: toDismiss });
  if (toCreate.length > 0) await run.step(createLinksStep, { links: toCreate });
}
