import { Type, type Static } from '@sinclair/typebox';
import { IsoDate } from '../../http/common-schema.ts';

export const TemplateQuery = Type.Object({
  form: Type.String(),
  unitId: Type.Optional(Type.Integer({ minimum: 1, description: 'default: the user’s unit' })),
  period: Type.Optional(IsoDate),
});

export const ImportQuery = Type.Object({
  form: Type.String(),
  dryRun: Type.Optional(Type.Boolean({ default: false })),
});

const RowWarning = Type.Object({ row: Type.Integer(), field: Type.String(), message: Type.String() });

export const ImportReply = Type.Object({
  dryRun: Type.Boolean(),
  rows: Type.Integer({ description: 'data rows read (rows with no value are skipped)' }),
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  warnings: Type.Array(RowWarning),
});
export type ImportReply = Static<typeof ImportReply>;

export const DataValueSetQuery = Type.Object({
  form: Type.Optional(Type.String()),
  dataSet: Type.Optional(Type.String({ description: 'same as form' })),
  orgUnit: Type.String({ description: 'GSO code' }),
  startDate: IsoDate,
  endDate: IsoDate,
});

const DataValue = Type.Object({
  dataElement: Type.String(),
  period: Type.String({ description: 'yyyyMMdd' }),
  orgUnit: Type.String(),
  value: Type.String(),
  storedBy: Type.Optional(Type.String()),
  lastUpdated: Type.String(),
});

export const DataValueSet = Type.Object({ dataSet: Type.String(), dataValues: Type.Array(DataValue) });

export const DataValueSetImportQuery = Type.Object({
  dryRun: Type.Optional(Type.Boolean({ default: false })),
  form: Type.Optional(Type.String()),
  dataSet: Type.Optional(Type.String()),
});

export const DataValueSetBody = Type.Object({
  dataSet: Type.Optional(Type.String()),
  period: Type.Optional(Type.String()),
  orgUnit: Type.Optional(Type.String()),
  completeDate: Type.Optional(Type.String()),
  dataValues: Type.Array(
    Type.Object({
      dataElement: Type.String(),
      period: Type.Optional(Type.String()),
      orgUnit: Type.Optional(Type.String()),
      value: Type.Optional(Type.Unknown()),
    }),
    { maxItems: 200_000 },
  ),
});
export type DataValueSetBody = Static<typeof DataValueSetBody>;

const Conflict = Type.Object({ object: Type.String(), value: Type.String() });

export const ImportSummary = Type.Object({
  responseType: Type.Literal('ImportSummary'),
  status: Type.Union([Type.Literal('SUCCESS'), Type.Literal('WARNING'), Type.Literal('ERROR')]),
  dryRun: Type.Boolean(),
  description: Type.String(),
  importCount: Type.Object({ imported: Type.Integer(), updated: Type.Integer(), ignored: Type.Integer(), deleted: Type.Integer() }),
  conflicts: Type.Array(Conflict),
  warnings: Type.Array(Conflict, { description: 'data-quality warnings (outliers, warning rules); the data was accepted' }),
});
export type ImportSummary = Static<typeof ImportSummary>;
