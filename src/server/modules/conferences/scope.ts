import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import type { Actor } from '../auth/policy.ts';

/** A unit sees the conferences hosted in its scope and those where a unit of its scope is a site. */
export async function conferenceVisible(db: Queryable, actor: Actor, id: number): Promise<boolean> {
  const [row] = await db.query<{ ok: boolean }>(sql`
    select exists (
      select 1 from conference c join org_unit h on h.id = c.host_unit_id
      where c.id = ${id} and h.path ~>=~ ${actor.unitPath} and h.path ~<~ subtree_end(${actor.unitPath})
    ) or exists (
      select 1 from conference_site s join org_unit o on o.id = s.unit_id
      where s.conference_id = ${id} and o.path ~>=~ ${actor.unitPath} and o.path ~<~ subtree_end(${actor.unitPath})
    ) as ok`);
  return !!row?.ok;
}

/** 404 when the conference does not exist or is not the user's to see. */
export async function requireConferenceVisible(db: Queryable, actor: Actor, id: number, lang: Lang): Promise<void> {
  if (!(await conferenceVisible(db, actor, id))) throw new AppError('not_found', msg('notFound', lang));
}
