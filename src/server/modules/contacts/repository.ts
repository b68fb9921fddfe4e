import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';
import type { ExposureType } from './schema.ts';

export interface ContactRow {
  id: number;
  sourcePersonId: number;
  personId: number;
  unitId: number;
  exposureType: ExposureType;
  exposureDate: string;
  place: string | null;
  transportId: number | null;
  listedAt: Date;
  reachedAt: Date | null;
}

export const contactColumns = `c.id, c.source_person_id as "sourcePersonId", c.person_id as "personId", c.unit_id as "unitId",
  c.exposure_type as "exposureType", c.exposure_date as "exposureDate", c.place, c.transport_id as "transportId",
  c.listed_at as "listedAt", c.reached_at as "reachedAt"`;

export async function findContact(db: Queryable, id: number, forUpdate = false): Promise<(ContactRow & { unitPath: string }) | undefined> {
  const rows = await db.query<ContactRow & { unitPath: string }>({
    text: `select ${contactColumns}, o.path as "unitPath" from contact c join org_unit o on o.id = c.unit_id
           where c.id = $1 ${forUpdate ? 'for update of c' : ''}`,
    values: [id],
  });
  return rows[0];
}

/** The contact a retried create (same client id) or a repeated pair already made. */
export async function findExisting(db: Queryable, clientId: string | null, sourcePersonId: number, personId: number): Promise<ContactRow | undefined> {
  const rows = await db.query<ContactRow>({
    text: `select ${contactColumns} from contact c
           where ($1::uuid is not null and c.client_id = $1::uuid) or (c.source_person_id = $2 and c.person_id = $3)
           order by (c.client_id is not distinct from $1::uuid) desc limit 1`,
    values: [clientId, sourcePersonId, personId],
  });
  return rows[0];
}

export interface NewContactRow {
  clientId: string | null;
  sourcePersonId: number;
  personId: number;
  unitId: number;
  exposureType: ExposureType;
  exposureDate: string;
  place: string | null;
  transportId: number | null;
  listedAt: Date;
  createdBy: number;
}

/** Inserts unless the pair (or the client id) exists; undefined when it did. */
export async function insertContact(db: Queryable, c: NewContactRow): Promise<number | undefined> {
  const rows = await db.query<{ id: number }>(sql`
    insert into contact (client_id, source_person_id, person_id, unit_id, exposure_type, exposure_date, place, transport_id, listed_at, created_by)
    values (${c.clientId}, ${c.sourcePersonId}, ${c.personId}, ${c.unitId}, ${c.exposureType}, ${c.exposureDate}, ${c.place},
      ${c.transportId}, ${c.listedAt}, ${c.createdBy})
    on conflict do nothing returning id`);
  return rows[0]?.id;
}

export async function setReached(db: Queryable, id: number, at: Date): Promise<void> {
  await db.execute(sql`update contact set reached_at = ${at} where id = ${id}`);
}

/** Contacts listed by any of `sourceIds` (down the graph). */
export async function contactsFrom(db: Queryable, sourceIds: number[]): Promise<ContactRow[]> {
  if (!sourceIds.length) return [];
  return db.query<ContactRow>({
    text: `select ${contactColumns} from contact c where c.source_person_id = any($1::bigint[]) order by c.exposure_date, c.id`,
    values: [sourceIds],
  });
}

/** Contacts naming any of `personIds` as the exposed person (up the graph). */
export async function contactsTo(db: Queryable, personIds: number[]): Promise<ContactRow[]> {
  if (!personIds.length) return [];
  return db.query<ContactRow>({
    text: `select ${contactColumns} from contact c where c.person_id = any($1::bigint[]) order by c.exposure_date, c.id`,
    values: [personIds],
  });
}

export interface ListFilter {
  /** listed at or after / before these instants */
  from: Date | null;
  to: Date | null;
  reached: boolean | null;
}

/** Contacts registered in a unit's subtree, newest first, at most `cap` rows. */
export async function contactsInSubtree(db: Queryable, path: string, f: ListFilter, cap: number): Promise<ContactRow[]> {
  return db.query<ContactRow>({
    text: `select ${contactColumns}
           from contact c join org_unit o on o.id = c.unit_id
           where o.path ~>=~ $1 and o.path ~<~ subtree_end($1)
             and ($2::timestamptz is null or c.listed_at >= $2::timestamptz)
             and ($3::timestamptz is null or c.listed_at < $3::timestamptz)
             and ($4::boolean is null or (c.reached_at is not null) = $4::boolean)
           order by c.listed_at desc, c.id desc
           limit $5`,
    values: [path, f.from, f.to, f.reached, cap],
  });
}
