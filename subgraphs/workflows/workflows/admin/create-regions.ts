import { createWorkflow } from '../../../../kit/workflow-definition';
import type { AdminCreateRegionInput } from '../../generated/resolvers';
import { readPaymentProvidersStep } from '../../steps/gateway/read-payment-providers';
import { readRegionsStep } from '../../steps/gateway/read-regions';
import { createLinksStep } from '../../steps/link/create-links';
import { dismissLinksStep } from '../../steps/link/dismiss-links';
import { createPricePreferencesStep } from '../../steps/product/create-price-preferences';
import { createRegionsStep } from '../../steps/region/create-regions';
import { checkPaymentProviders, setRegionsPaymentProviders } from './region-payment-providers';

/**
 * Medusa's createRegionsWorkflow (POST /admin/regions): the regions with their countries, then
 * their payment providers' links, and each new region's price preference (`region_id`, its
 * `is_tax_inclusive`, false when left out). Unknown or disabled providers are refused before anything is
 * written; ids the caller chose make a repeat return the regions it made.
 */
export const adminCreateRegionsWorkflow = createWorkflow<{ data: AdminCreateRegionInput[] }, { id: string }[]>({
  name: 'admin_create_regions',
  steps: [
    readPaymentProvidersStep,
    readRegionsStep,
    createRegionsStep,
    dismissLinksStep,
    createLinksStep,
    createPricePreferencesStep,
  ],
  async run(run, { data }) {
    await checkPaymentProviders(
      run,
      data.map((region) => region.payment_providers),
    );
    const chosen = data.flatMap((region) => (region.id ? [region.id] : []));
    const existing = chosen.length > 0 ? await run.step(readRegionsStep, { ids: chosen }) : [];
    const ids = data.map((region) => region.id ?? run.newId('reg'));
    const created = ids.filter((id) => !existing.some((region) => region.id === id));
    await run.step(createRegionsStep, {
      data: data.map(({ payment_providers: _providers, is_tax_inclusive: _inclusive, ...region }, index) => ({
        ...region,
        id: ids[index],
      })),
      created,
    });
    await setRegionsPaymentProviders(
      run,
      data.map((region, index) => ({ id: ids[index], payment_providers: region.payment_providers })),
      new Map(existing.map((region) => [region.id, (region.payment_providers ?? []).map((provider) => provider.id)])),
    );
    if (created.length > 0)
      await run.step(createPricePreferencesStep, {
        data: created.map((id) => ({
          id: run.newId('prpref'),
          attribute: 'region_id',
          value: id,
          is_tax_inclusive: data[ids.indexOf(id)].is_tax_inclusive ?? false,
        })),
      });
    return ids.map((id) => ({ id }));
  },
});
