/** A person's doses as a FHIR R4 Bundle of Immunization resources (JSON), for exchange. */
import type { PresentedDose } from './service.ts';

export const PRODUCT_SYSTEM = 'urn:epicenter:vaccine-product';

export function immunizationBundle(personId: number, doses: PresentedDose[], now: Date) {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: now.toISOString(),
    total: doses.length,
    entry: doses.map((d) => ({
      fullUrl: `Immunization/${d.id}`,
      resource: {
        resourceType: 'Immunization',
        id: String(d.id),
        status: 'completed',
        vaccineCode: { coding: [{ system: PRODUCT_SYSTEM, code: d.productCode, display: d.productName }], text: d.productName },
        patient: { reference: `Patient/${personId}` },
        occurrenceDateTime: d.givenOn,
        recorded: d.enteredAt,
        ...(d.lotCode ? { lotNumber: d.lotCode } : {}),
        ...(d.expiryDate ? { expirationDate: d.expiryDate } : {}),
        ...(d.site ? { site: { text: d.site } } : {}),
        location: { display: d.unitName },
        performer: [{ actor: { display: d.unitName } }],
        protocolApplied: [
          {
            series: d.kind,
            doseNumberPositiveInt: d.doseNumber,
            ...(d.kind === 'primary' ? { seriesDosesPositiveInt: d.primaryDoses } : {}),
          },
        ],
      },
    })),
  };
}
