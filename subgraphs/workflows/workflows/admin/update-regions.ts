import { notFound } from '../../../../kit/errors';
import { createWorkflow } from '../../../../kit/workflow-definition';
import type { AdminUpdateRegionInput } from '../../generated/resolvers';
import type { RegionUpdateInput } from '../../generated/documents/graphql';
import { readPaymentProvidersStep } from '../../steps/gateway/read-payment-providers';
import { readRegionsStep } from '../../steps/gateway/read-regions';
import { createLinksStep } from '../../steps/link/create-links';
import { dismissLinksStep } from '../../steps/link/dismiss-links';
import { readPricePreferencesStep } from '../../steps/gateway/read-price-preferences';
import { updatePricePreferencesStep } from '../../steps/product/update-price-preferences';
import { updateRegionsStep } from '../../steps/region/update-regions';
import { checkPaymentProviders, setRegionsPaymentProviders } from './region-payment-providers';

/**
 * Medusa's updateRegionsWorkflow (POST /admin/regions/:id): the region's fields and countries,
 * then its payment providers (a non-empty list replaces them), and `is_tax_inclusive` on the
 * region's price preference (none is made where there is none, as in Medusa). Unknown or disabled providers are
 * refused before anything is written.
 */
export const adminUpdateRegionsWorkflow = createWorkflow<{ id: string; data: AdminUpdateRegionInput }, { id: string }>({
  name: 'admin_update_regions',
  steps: [
    readPaymentProvidersStep,
    readRegionsStep,
    updateRegionsStep,
    dismissLinksStep,
    createLinksStep,
    readPricePreferencesStep,
    updatePricePreferencesStep,
  ],
  lockKey: ({ id }) => `Region ${id}`,
  async run(run, { id, data }) {
    await checkPaymentProviders(run, [data.payment_providers]);
    const [region] = await run.step(readRegionsStep, { ids: [id] });
    if (!region || region.deleted_at) throw notFound(`No Region with id ${id}`, { id });
    const { payment_providers, is_tax_inclusive, ...changes } = data;
    if (Object.keys(changes).length > 0) {
      // What the undo sets back: each field given, as it was.
      const was: Record<string, unknown> = {
        name: region.name,
        currency_code: region.currency_code,
        automatic_taxes: region.automatic_taxes,
        metadata: region.metadata,
        countries: (region.countries ?? []).map((country) => country.iso_2),
      };
      const previous = Object.fromEntries(Object.keys(changes).map((key) => [key, was[key]])) as RegionUpdateInput;
      await run.step(updateRegionsStep, { id, data: changes, previous });
    }
    await setRegionsPaymentProviders(
      run,
      [{ id, payment_providers }],
      new Map([[id, (region.payment_providers ?? []).map((provider) => provider.id)]]),
    );
    if (is_tax_inclusive != null) {
      const preferences = await run.step(readPricePreferencesStep, { attribute: 'region_id', values: [id] });
      if (preferences.length > 0)
        await run.step(updatePricePreferencesStep, {
          ids: preferences.map((preference) => preference.id),
          is_tax_inclusive,
          previous: Object.fromEntries(preferences.map((preference) => [preference.id, preference.is_tax_inclusive])),
        });
    }
    return { id };
  },
});
