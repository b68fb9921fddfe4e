import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../http/common-schema.ts';

export const BOUNDARY_BODY_LIMIT = 20 * 1024 * 1024;

const LevelCount = Type.Object({
  level: Type.Integer({ description: '0 nation, 1 province, 2 district, 3 commune' }),
  units: Type.Integer(),
});

/** PUT /api/boundaries: what was loaded. */
export const BoundaryImportReply = Type.Object({
  loaded: Type.Integer(),
  byLevel: Type.Array(LevelCount),
  /** the feature property the GSO codes were read from, as spelled in the file */
  codeKey: Type.String(),
});
export type BoundaryImportReply = Static<typeof BoundaryImportReply>;

/** GET /api/boundaries/status: per level, the units in the admin's scope and how many have a boundary. */
export const BoundaryStatus = Type.Object({
  levels: Type.Array(
    Type.Object({
      level: Type.Integer(),
      units: Type.Integer(),
      loaded: Type.Integer(),
      lastLoadedAt: Nullable(Type.String({ format: 'date-time' })),
    }),
  ),
});
export type BoundaryStatus = Static<typeof BoundaryStatus>;

export const DeleteQuery = Type.Object({ level: Type.Integer({ minimum: 0, maximum: 3 }) });
export const DeleteReply = Type.Object({ deleted: Type.Integer() });
