import { createWorkflow } from '../../../../kit/workflow-definition';
import type { AdminCreateRegionInput } from '../../generated/resolvers';
import { readPaymentProvidersStep } from '../../steps/gateway/read-payment-providers';
import { readRegionsStep } from '../../steps/gateway/read-regions';
import { createLinksStep } from '../../steps/link/create-links';
import { dismissLinksStep } from '../../steps/link/dismiss-links';
import { createRegionsStep } from '../../steps/region/create-regions';
import { checkPaymentProviders, setRegionsPaymentProviders } from './region-payment-providers';

/**
 * Medusa's createRegionsWorkflow (POST /admin/regions): the regions with their countries, then
 * their payment providers' links. Unknown or disabled providers are refused before anything is
 * written; ids the caller chose make a repeat return the regions it made.
 */
export const adminCreateRegionsWorkflow = createWorkflow<{ data: AdminCreateRegionInput[] }, { id: string }[]>({
  name: 'admin_create_regions',
  steps: [readPaymentProvidersStep, readRegionsStep, createRegionsStep, dismissLinksStep, createLinksStep],
  async run(run, { data }) {
    await checkPaymentProviders(
      run,
      data.map((region) => region.payment_providers),
    );
    const chosen = data.flatMap((region) => (region.id ? [region.id] : []));
    const existing = chosen.length > 0 ? await run.step(readRegionsStep, { ids: chosen }) : [];
    const ids = data.map((region) => region.id ?? run.newId('reg'));
    await run.step(createRegionsStep, {
      data: data.map(({ payment_providers: _providers, ...region }, index) => ({ ...region, id: ids[index] })),
      created: ids.filter((id) => !existing.some((region) => region.id === id)),
    });
    await setRegionsPaymentProviders(
      run,
      data.map((region, index) => ({ id: ids[index], payment_providers: region.payment_providers })),
      new Map(existing.map((region) => [region.id, (region.payment_providers ?? []).map((provider) => provider.id)])),
    );
    return ids.map((id) => ({ id }));
  },
});
