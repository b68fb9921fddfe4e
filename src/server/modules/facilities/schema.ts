import { Type, type Static } from '@sinclair/typebox';
import { Id, UnitRef } from '../../http/common-schema.ts';

export const FacilityKind = Type.Union([Type.Literal('quarantine'), Type.Literal('treatment')]);
const Tier = Type.Integer({ minimum: 1, maximum: 3, description: 'treatment tier (tầng 1, 2, 3); null for quarantine sites' });

export const Facility = Type.Object({
  id: Type.Integer(),
  unit: Type.Object({ id: Type.Integer(), name: Type.String() }),
  kind: FacilityKind,
  name: Type.String(),
  tier: Type.Union([Type.Integer(), Type.Null()]),
  beds: Type.Integer(),
  icuBeds: Type.Integer(),
  active: Type.Boolean(),
  /** people in active quarantine at the site plus cases currently treated there */
  occupied: Type.Integer(),
  quarantined: Type.Integer(),
  patients: Type.Integer(),
  free: Type.Integer(),
  /** share of the beds in use, 0–100+ (null when the site has no beds) */
  usedPercent: Type.Union([Type.Number(), Type.Null()]),
});
export type Facility = Static<typeof Facility>;

export const FacilityQuery = Type.Object({
  unitId: Type.Optional(Id),
  kind: Type.Optional(FacilityKind),
  includeAbove: Type.Optional(Type.Boolean({ description: 'also the sites of the units above (where a commune sends people)' })),
  activeOnly: Type.Optional(Type.Boolean()),
});

const Fields = {
  unitId: Id,
  kind: FacilityKind,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  tier: Type.Union([Tier, Type.Null()]),
  beds: Type.Integer({ minimum: 0, maximum: 100_000 }),
  icuBeds: Type.Integer({ minimum: 0, maximum: 100_000 }),
  active: Type.Boolean(),
};
export const NewFacility = Type.Object({
  ...Fields,
  tier: Type.Optional(Fields.tier),
  icuBeds: Type.Optional(Fields.icuBeds),
  active: Type.Optional(Fields.active),
});
export type NewFacility = Static<typeof NewFacility>;
export const FacilityChange = Type.Partial(Type.Object(Fields));
export type FacilityChange = Static<typeof FacilityChange>;

export const ReadinessQuery = Type.Object({ unitId: Type.Optional(Id) });
export const DistrictReadiness = Type.Object({
  unit: UnitRef,
  population: Type.Union([Type.Integer(), Type.Null()]),
  populationYear: Type.Union([Type.Integer(), Type.Null()]),
  required: Type.Union([Type.Integer(), Type.Null()]),
  beds: Type.Integer(),
  bedsByTier: Type.Object({ tier1: Type.Integer(), tier2: Type.Integer(), tier3: Type.Integer() }),
  met: Type.Union([Type.Boolean(), Type.Null()]),
  gap: Type.Union([Type.Integer(), Type.Null()]),
});
export type DistrictReadiness = Static<typeof DistrictReadiness>;
export const ReadinessReply = Type.Object({
  unit: UnitRef,
  districts: Type.Array(DistrictReadiness),
  totals: Type.Object({ districts: Type.Integer(), met: Type.Integer(), notMet: Type.Integer(), gap: Type.Integer() }),
});
export type ReadinessReply = Static<typeof ReadinessReply>;
