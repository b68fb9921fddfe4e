import { Type, type Static } from '@sinclair/typebox';

export const ImportKindSchema = Type.Union([Type.Literal('people'), Type.Literal('tests'), Type.Literal('cases'), Type.Literal('contacts')]);

export const TemplateQuery = Type.Object({ kind: ImportKindSchema, lang: Type.Optional(Type.String()) });

export const ImportQuery = Type.Object({
  kind: ImportKindSchema,
  dryRun: Type.Optional(Type.Boolean({ default: false, description: 'check every row, write nothing' })),
});

export const ImportReply = Type.Object({
  kind: ImportKindSchema,
  dryRun: Type.Boolean(),
  rows: Type.Integer({ description: 'data rows read' }),
  peopleCreated: Type.Integer(),
  created: Type.Integer({ description: 'register rows created (people for kind=people)' }),
  skipped: Type.Integer({ description: 'rows already in the register (a retried file)' }),
  warnings: Type.Array(Type.Object({ row: Type.Integer(), field: Type.String(), message: Type.String() })),
});
export type ImportReply = Static<typeof ImportReply>;
