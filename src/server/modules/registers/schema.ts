import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, UnitRef } from '../../http/common-schema.ts';

export const FiguresQuery = Type.Object({
  date: Type.Optional(IsoDate),
  form: Type.Optional(Type.String({ description: 'the report form to compare with (default BCTH-NGAY)' })),
});

const Comparison = Type.Object({
  code: Type.String(),
  register: Type.Integer(),
  reported: Type.Union([Type.Number(), Type.Null()]),
  difference: Type.Union([Type.Number(), Type.Null()]),
});

export const RegisterFigures = Type.Object({
  unit: UnitRef,
  date: IsoDate,
  /** the unit itself keeps the registers on this date (its report is pre-filled from them) */
  keepsRegisters: Type.Boolean(),
  since: Type.Union([IsoDate, Type.Null()]),
  /** units in the subtree that keep the registers */
  registerUnits: Type.Integer(),
  figures: Type.Array(Comparison),
  children: Type.Array(
    Type.Object({
      unit: UnitRef,
      keepsRegisters: Type.Boolean(),
      figures: Type.Array(Comparison),
    }),
  ),
});
export type RegisterFigures = Static<typeof RegisterFigures>;

export const RegisterUnitBody = Type.Object({ since: IsoDate });
export const RegisterUnit = Type.Object({ unit: UnitRef, since: IsoDate });
export type RegisterUnit = Static<typeof RegisterUnit>;
