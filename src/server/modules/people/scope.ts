/**
 * The access rule for personal data, shared by every register: a person's data is visible
 * only when the person's residence unit is in the user's scope. Other registers call these
 * rather than reading the person table themselves.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { inScope, type Actor } from '../auth/policy.ts';

export interface PersonKey {
  id: number;
  unitId: number;
  unitPath: string;
}

/** The surviving record for an id (merged records point to the one they were merged into). */
export async function findPersonKey(db: Queryable, id: number): Promise<PersonKey | undefined> {
  const rows = await db.query<PersonKey>({
    text: `with recursive chain(id, merged_into, depth) as (
             select id, merged_into, 0 from person where id = $1
             union all
             select p.id, p.merged_into, c.depth + 1 from person p join chain c on p.id = c.merged_into where c.depth < 10)
           select p.id, p.unit_id as "unitId", o.path as "unitPath"
           from chain c join person p on p.id = c.id join org_unit o on o.id = p.unit_id
           where c.merged_into is null`,
    values: [id],
  });
  return rows[0];
}

/** 404 when the person does not exist or lives outside the user's scope. */
export async function requirePersonInScope(db: Queryable, actor: Actor, id: number, lang: Lang): Promise<PersonKey> {
  const key = await findPersonKey(db, id);
  if (!key || !inScope(actor, { path: key.unitPath })) throw new AppError('not_found', msg('notFound', lang));
  return key;
}

/**
 * How another register shows a person: name and birth year when in scope; otherwise only
 * the id and the province, so that a chain crossing a boundary stays whole without
 * revealing who is on the other side.
 */
export const PersonBrief = Type.Object({
  id: Type.Integer(),
  visible: Type.Boolean(),
  fullName: Type.Union([Type.String(), Type.Null()]),
  birthYear: Type.Union([Type.Integer(), Type.Null()]),
  sex: Type.Union([Type.String(), Type.Null()]),
  unitId: Type.Union([Type.Integer(), Type.Null()]),
  unitName: Type.Union([Type.String(), Type.Null()]),
});
export type PersonBrief = Static<typeof PersonBrief>;

interface BriefRow {
  id: number;
  fullName: string;
  birthDate: string | null;
  sex: string | null;
  unitId: number;
  unitName: string;
  unitPath: string;
}

/** Briefs for many people at once, in the order of `ids`, masked outside the user's scope. */
export async function personBriefs(db: Queryable, actor: Actor, ids: number[]): Promise<Map<number, PersonBrief>> {
  const unique = [...new Set(ids)];
  const rows = unique.length
    ? await db.query<BriefRow>({
        text: `select p.id, p.full_name as "fullName", p.birth_date as "birthDate", p.sex, p.unit_id as "unitId",
                 o.name as "unitName", o.path as "unitPath"
               from person p join org_unit o on o.id = p.unit_id where p.id = any($1)`,
        values: [unique],
      })
    : [];
  const out = new Map<number, PersonBrief>();
  for (const r of rows) {
    const visible = inScope(actor, { path: r.unitPath });
    out.set(r.id, {
      id: r.id,
      visible,
      fullName: visible ? r.fullName : null,
      birthYear: visible && r.birthDate ? Number(r.birthDate.slice(0, 4)) : null,
      sex: visible ? r.sex : null,
      unitId: visible ? r.unitId : null,
      unitName: visible ? r.unitName : null,
    });
  }
  return out;
}
