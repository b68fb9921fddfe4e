import { Type, type Static } from '@sinclair/typebox';
import { AGE_GROUPS, STAGES } from '../../../domain/age-groups.ts';
import { Id, IsoDate, Nullable, UnitRef } from '../../http/common-schema.ts';

// Spelled out (not mapped from AGE_GROUPS/STAGES) so that the static types stay literal unions.
export const AgeGroup = Type.Union([
  Type.Literal('18+'), Type.Literal('50+'), Type.Literal('12-17'), Type.Literal('15-17'), Type.Literal('5-11'), Type.Literal('all'),
]) satisfies { static: (typeof AGE_GROUPS)[number] };
export const Stage = Type.Union([Type.Literal('dose1'), Type.Literal('primary'), Type.Literal('booster')]) satisfies { static: (typeof STAGES)[number] };

const TargetFields = {
  ageGroup: AgeGroup,
  stage: Stage,
  targetShare: Type.Number({ exclusiveMinimum: 0, maximum: 1, description: 'share of the eligible population, 0–1' }),
  dueDate: IsoDate,
};
export const NewTarget = Type.Object(TargetFields);
export const Target = Type.Object({ id: Type.Integer(), ...TargetFields });
export type Target = Static<typeof Target>;

export const NewCampaign = Type.Object({
  clientId: Type.Optional(Type.String({ format: 'uuid' })),
  unitId: Id,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  targets: Type.Array(NewTarget, { minItems: 1, maxItems: 30 }),
});
export type NewCampaign = Static<typeof NewCampaign>;

export const Campaign = Type.Object({
  id: Type.Integer(),
  unit: Type.Object({ id: Type.Integer(), name: Type.String() }),
  name: Type.String(),
  targets: Type.Array(Target),
  /** counts the edits; send it back with an edit to have it refused if someone else edited since */
  version: Type.Integer(),
  /** a closed campaign stays readable, but no longer claims stock or lists units behind */
  closed: Nullable(Type.Object({
    at: Type.String({ format: 'date-time' }),
    by: Nullable(Type.String()),
    reason: Nullable(Type.String()),
  })),
  /** the reader may edit, close, reopen and delete it (officers and administrators of its unit or above) */
  canEdit: Type.Boolean(),
});
export type Campaign = Static<typeof Campaign>;

/** The whole campaign as it should be: a target with an id changes that target, one without is added, one left out is removed. */
export const CampaignChange = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  targets: Type.Array(Type.Object({ id: Type.Optional(Id), ...TargetFields }), { minItems: 1, maxItems: 30 }),
  version: Type.Optional(Type.Integer({ minimum: 1, description: 'the version the edit was made on' })),
});
export type CampaignChange = Static<typeof CampaignChange>;

export const CloseCampaign = Type.Object({ reason: Type.Optional(Type.String({ maxLength: 500 })) });
export type CloseCampaign = Static<typeof CloseCampaign>;

export const UnitQuery = Type.Object({ unitId: Type.Optional(Id) });

export const TargetStatus = Type.Union([Type.Literal('met'), Type.Literal('on_track'), Type.Literal('behind'), Type.Literal('unknown')]);

/** One unit against one target. */
export const UnitProgress = Type.Object({
  unit: UnitRef,
  eligible: Type.Union([Type.Integer(), Type.Null()]),
  reached: Type.Integer(),
  needed: Type.Union([Type.Integer(), Type.Null()]),
  share: Type.Union([Type.Number(), Type.Null()]),
  /** people reaching the stage over the last 7 days (by the unit where the dose was given) */
  lastWeek: Type.Integer(),
  projectedDate: Type.Union([IsoDate, Type.Null()]),
  status: TargetStatus,
});
export type UnitProgress = Static<typeof UnitProgress>;

export const TargetProgress = Type.Object({
  target: Target,
  unit: UnitProgress,
  children: Type.Array(UnitProgress),
  /** children behind, worst first */
  behind: Type.Array(UnitProgress),
});

export const CampaignProgress = Type.Object({
  campaign: Campaign,
  unit: UnitRef,
  date: IsoDate,
  targets: Type.Array(TargetProgress),
});
export type CampaignProgress = Static<typeof CampaignProgress>;

export const BehindRow = Type.Object({
  campaign: Type.Object({ id: Type.Integer(), name: Type.String() }),
  target: Target,
  progress: UnitProgress,
});
export type BehindRow = Static<typeof BehindRow>;
export const BehindReply = Type.Object({ unit: UnitRef, date: IsoDate, rows: Type.Array(BehindRow) });
export type BehindReply = Static<typeof BehindReply>;
