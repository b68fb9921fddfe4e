import type { TaskStatus } from '../../../domain/task-deadline.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import type { UnitRow } from '../orgunits/repository.ts';

export interface NoticeRow {
  id: number;
  issuingUnitId: number;
  unitPath: string;
  conferenceId: number | null;
  conferenceTitle: string | null;
  number: string | null;
  issuedOn: string | null;
  issuingBody: string;
  place: string;
  title: string;
  body: string;
  closing: string;
  recipients: string[];
  signerTitle: string;
  signerName: string;
  status: 'draft' | 'issued';
  version: number;
  supersedesId: number | null;
  issuedAt: Date | null;
  issuedByName: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The fields a draft is saved with. */
export interface NoticeFields {
  issuingUnitId: number;
  conferenceId: number | null;
  number: string | null;
  issuedOn: string | null;
  issuingBody: string;
  place: string;
  title: string;
  body: string;
  closing: string;
  recipients: string[];
  signerTitle: string;
  signerName: string;
  searchText: string;
}

export interface TaskFields {
  seq: number;
  text: string;
  deadline: Date;
  reportExpected: string;
  unitIds: number[];
}

const noticeColumns = `n.id, n.issuing_unit_id as "issuingUnitId", iu.path as "unitPath", n.conference_id as "conferenceId",
  c.title as "conferenceTitle", n.number, n.issued_on as "issuedOn", n.issuing_body as "issuingBody", n.place, n.title, n.body,
  n.closing, n.recipients, n.signer_title as "signerTitle", n.signer_name as "signerName", n.status, n.version,
  n.supersedes_id as "supersedesId", n.issued_at as "issuedAt", ub.full_name as "issuedByName", n.created_at as "createdAt",
  n.updated_at as "updatedAt"`;
const noticeFrom = `notice n join org_unit iu on iu.id = n.issuing_unit_id
  left join conference c on c.id = n.conference_id left join app_user ub on ub.id = n.issued_by`;

/** Readers: the issuing unit's subtree; once issued, also the subtrees of the responsible units. */
const visibleTo = (p: string) => `((iu.path ~>=~ ${p} and iu.path ~<~ subtree_end(${p}))
  or (n.status = 'issued' and exists (
    select 1 from notice_task nt join notice_task_unit ntu on ntu.notice_task_id = nt.id join org_unit o on o.id = ntu.unit_id
    where nt.notice_id = n.id and o.path ~>=~ ${p} and o.path ~<~ subtree_end(${p}))))`;

/** An issued notice is superseded once a correction of it is issued. */
const SUPERSEDED = `exists (select 1 from notice s where s.supersedes_id = n.id and s.status = 'issued')`;

export async function findNotice(db: Queryable, id: number, forUpdate = false): Promise<NoticeRow | undefined> {
  // the row lock serialises edits, issuing and corrections of one notice
  if (forUpdate) await db.query(sql`select id from notice where id = ${id} for update`);
  return (await db.query<NoticeRow>({ text: `select ${noticeColumns} from ${noticeFrom} where n.id = $1`, values: [id] }))[0];
}

export async function noticeVisible(db: Queryable, id: number, scopePath: string): Promise<boolean> {
  const rows = await db.query<{ id: number }>({ text: `select n.id from ${noticeFrom} where n.id = $1 and ${visibleTo('$2')}`, values: [id, scopePath] });
  return rows.length > 0;
}

export async function noticeByClientId(db: Queryable, clientId: string): Promise<number | undefined> {
  return (await db.query<{ id: number }>(sql`select id from notice where client_id = ${clientId}::uuid`))[0]?.id;
}

/** Inserts a draft; undefined when a notice with this client id already exists (a retried create). */
export async function insertNotice(
  tx: Queryable,
  f: NoticeFields & { version: number; supersedesId: number | null; clientId: string | null; createdBy: number; now: Date },
): Promise<number | undefined> {
  const [row] = await tx.query<{ id: number }>(sql`
    insert into notice (issuing_unit_id, conference_id, number, issued_on, issuing_body, place, title, body, closing, recipients,
      signer_title, signer_name, search_text, version, supersedes_id, client_id, created_by, created_at, updated_at)
    values (${f.issuingUnitId}, ${f.conferenceId}, ${f.number}, ${f.issuedOn}::date, ${f.issuingBody}, ${f.place}, ${f.title}, ${f.body},
      ${f.closing}, ${f.recipients}::text[], ${f.signerTitle}, ${f.signerName}, ${f.searchText}, ${f.version}, ${f.supersedesId},
      ${f.clientId}::uuid, ${f.createdBy}, ${f.now}, ${f.now})
    on conflict (client_id) do nothing returning id`);
  return row?.id;
}

export async function updateNotice(tx: Queryable, id: number, f: NoticeFields, now: Date): Promise<void> {
  await tx.execute(sql`
    update notice set issuing_unit_id = ${f.issuingUnitId}, conference_id = ${f.conferenceId}, number = ${f.number},
      issued_on = ${f.issuedOn}::date, issuing_body = ${f.issuingBody}, place = ${f.place}, title = ${f.title}, body = ${f.body},
      closing = ${f.closing}, recipients = ${f.recipients}::text[], signer_title = ${f.signerTitle}, signer_name = ${f.signerName},
      search_text = ${f.searchText}, updated_at = ${now}
    where id = ${id} and status = 'draft'`);
}

export async function markIssued(tx: Queryable, id: number, userId: number, now: Date): Promise<void> {
  await tx.execute(sql`
    update notice set status = 'issued', issued_at = ${now}, issued_by = ${userId}, updated_at = ${now}
    where id = ${id} and status = 'draft'`);
}

export async function deleteNotice(tx: Queryable, id: number): Promise<void> {
  await tx.execute(sql`delete from notice where id = ${id} and status = 'draft'`);
}

/** Replaces a draft's tasks and their units. */
export async function replaceTasks(tx: Queryable, noticeId: number, tasks: TaskFields[]): Promise<void> {
  await tx.execute(sql`delete from notice_task where notice_id = ${noticeId}`);
  for (const t of tasks) {
    const [row] = await tx.query<{ id: number }>(sql`
      insert into notice_task (notice_id, seq, text, deadline, report_expected)
      values (${noticeId}, ${t.seq}, ${t.text}, ${t.deadline}, ${t.reportExpected}) returning id`);
    await tx.execute(sql`
      insert into notice_task_unit (notice_task_id, unit_id) select ${row!.id}, u from unnest(${t.unitIds}::int[]) u`);
  }
}

export interface NoticeTaskRow {
  id: number;
  noticeId: number;
  seq: number;
  text: string;
  deadline: Date;
  reportExpected: string;
  /** responsible units in the order they were picked (by id then) */
  units: UnitRow[];
}

export async function noticeTasks(db: Queryable, noticeId: number): Promise<NoticeTaskRow[]> {
  const tasks = await db.query<Omit<NoticeTaskRow, 'units'>>(sql`
    select id, notice_id as "noticeId", seq, text, deadline, report_expected as "reportExpected"
    from notice_task where notice_id = ${noticeId} order by seq`);
  if (!tasks.length) return [];
  const units = await db.query<UnitRow & { noticeTaskId: number }>(sql`
    select ntu.notice_task_id as "noticeTaskId", o.id, o.code, o.name, o.full_name as "fullName", o.kind, o.level,
      o.parent_id as "parentId", o.path, o.valid_from as "validFrom", o.valid_to as "validTo"
    from notice_task_unit ntu join org_unit o on o.id = ntu.unit_id
    where ntu.notice_task_id = any(${tasks.map((t) => t.id)}::bigint[])
    order by o.level, o.code`);
  return tasks.map((t) => ({ ...t, units: units.filter((u) => u.noticeTaskId === t.id) }));
}

/** Units by id (those that exist). */
export async function unitsByIds(db: Queryable, ids: number[]): Promise<UnitRow[]> {
  if (!ids.length) return [];
  return db.query<UnitRow>(sql`
    select id, code, name, full_name as "fullName", kind, level, parent_id as "parentId", path,
      valid_from as "validFrom", valid_to as "validTo"
    from org_unit where id = any(${ids}::int[])`);
}

export interface VersionRow {
  id: number;
  version: number;
  number: string | null;
  issuedOn: string | null;
  status: 'draft' | 'issued';
  superseded: boolean;
  supersedesId: number | null;
}

/** Every version of the notice `id` belongs to (its corrections and what it corrects), oldest first. */
export async function versionChain(db: Queryable, id: number): Promise<VersionRow[]> {
  return db.query<VersionRow>({
    text: `with recursive up(id, supersedes_id) as (
        select id, supersedes_id from notice where id = $1
        union all select p.id, p.supersedes_id from notice p join up on p.id = up.supersedes_id
      ), down(id) as (
        select id from notice where id = $1
        union all select s.id from notice s join down on s.supersedes_id = down.id
      )
      select n.id, n.version, n.number, n.issued_on as "issuedOn", n.status, ${SUPERSEDED} as superseded, n.supersedes_id as "supersedesId"
      from notice n where n.id in (select id from up union select id from down)
      order by n.version`,
    values: [id],
  });
}

/** The correction made of a notice, if any. */
export async function successorOf(db: Queryable, id: number): Promise<{ id: number; status: 'draft' | 'issued'; number: string | null } | undefined> {
  return (await db.query<{ id: number; status: 'draft' | 'issued'; number: string | null }>(sql`
    select id, status, number from notice where supersedes_id = ${id}`))[0];
}

/**
 * Whether another issued notice of the unit carries this number in this year. The versions this
 * notice corrects may keep their number: a correction replaces them.
 */
export async function numberTaken(db: Queryable, n: { id: number; unitId: number; number: string; year: number }): Promise<boolean> {
  // two officers issuing the same number at once: the second waits and then sees the first
  await db.query(sql`select pg_advisory_xact_lock(hashtext('notice_number'), ${n.unitId})`);
  const rows = await db.query<{ id: number }>(sql`
    with recursive up(id, supersedes_id) as (
      select id, supersedes_id from notice where id = ${n.id}
      union all select p.id, p.supersedes_id from notice p join up on p.id = up.supersedes_id
    )
    select id from notice
    where issuing_unit_id = ${n.unitId} and status = 'issued' and lower(number) = lower(${n.number})
      and extract(year from issued_on) = ${n.year} and id not in (select id from up)
    limit 1`);
  return rows.length > 0;
}

export interface ListFilter {
  path: string;
  status?: 'draft' | 'issued' | 'superseded' | undefined;
  year?: number | undefined;
  /** folded text to find in the number or title */
  text?: string | undefined;
  limit: number;
}

export interface NoticeListRow {
  id: number;
  issuingUnit: UnitRow;
  number: string | null;
  issuedOn: string | null;
  title: string;
  status: 'draft' | 'issued';
  superseded: boolean;
  version: number;
  conferenceId: number | null;
  tasks: number;
  successorId: number | null;
  successorVersion: number | null;
  successorNumber: string | null;
  successorIssuedOn: string | null;
  issuedAt: Date | null;
  updatedAt: Date;
}

export async function listNotices(db: Queryable, f: ListFilter): Promise<NoticeListRow[]> {
  return db.query<NoticeListRow>({
    text: `select n.id, json_build_object('id', iu.id, 'code', iu.code, 'name', iu.name, 'fullName', iu.full_name, 'level', iu.level,
        'kind', iu.kind, 'parentId', iu.parent_id, 'path', iu.path, 'validFrom', iu.valid_from, 'validTo', iu.valid_to) as "issuingUnit",
        n.number, n.issued_on as "issuedOn", n.title, n.status, ${SUPERSEDED} as superseded, n.version,
        n.conference_id as "conferenceId", (select count(*) from notice_task t where t.notice_id = n.id)::int as tasks,
        s.id as "successorId", s.version as "successorVersion", s.number as "successorNumber", s.issued_on as "successorIssuedOn",
        n.issued_at as "issuedAt", n.updated_at as "updatedAt"
      from notice n join org_unit iu on iu.id = n.issuing_unit_id
        left join notice s on s.supersedes_id = n.id and s.status = 'issued'
      where ${visibleTo('$1')}
        and ($2::text is null or ($2 = 'draft' and n.status = 'draft') or ($2 = 'issued' and n.status = 'issued' and s.id is null)
          or ($2 = 'superseded' and s.id is not null))
        and ($3::int is null or coalesce(extract(year from n.issued_on), extract(year from n.created_at at time zone 'UTC' + interval '7 hours')) = $3)
        and ($4::text is null or n.search_text like '%' || $4 || '%')
      order by coalesce(n.issued_on, (n.created_at at time zone 'UTC' + interval '7 hours')::date) desc, n.id desc
      limit $5`,
    values: [f.path, f.status ?? null, f.year ?? null, f.text ?? null, f.limit],
  });
}

export type LiveTaskRow = {
  taskId: number;
  noticeTaskId: number;
  status: TaskStatus;
  deadline: Date;
  acknowledgedAt: Date | null;
  completedAt: Date | null;
  unit: UnitRow;
};

/**
 * The tasks made from these notice tasks for their responsible units (not the sub-tasks split
 * from them) that a reader with this scope may see: responsible or assigning unit in scope.
 */
export async function liveTasks(db: Queryable, noticeTaskIds: number[], scopePath: string): Promise<LiveTaskRow[]> {
  if (!noticeTaskIds.length) return [];
  return db.query<LiveTaskRow>(sql`
    select t.id as "taskId", t.notice_task_id as "noticeTaskId", t.status, t.deadline, t.acknowledged_at as "acknowledgedAt",
      t.completed_at as "completedAt",
      json_build_object('id', o.id, 'code', o.code, 'name', o.name, 'fullName', o.full_name, 'level', o.level, 'kind', o.kind,
        'parentId', o.parent_id, 'path', o.path, 'validFrom', o.valid_from, 'validTo', o.valid_to) as unit
    from task t join org_unit o on o.id = t.unit_id join org_unit f on f.id = t.from_unit_id
    where t.notice_task_id = any(${noticeTaskIds}::bigint[]) and t.parent_id is null
      and ((o.path ~>=~ ${scopePath} and o.path ~<~ subtree_end(${scopePath})) or (f.path ~>=~ ${scopePath} and f.path ~<~ subtree_end(${scopePath})))
    order by o.level, o.code`);
}

export interface ConferenceBrief {
  id: number;
  title: string;
  hostUnitId: number;
  startsAt: Date;
  chairName: string | null;
  chairTitle: string | null;
}

/** A conference with the chair sitting at the host's site, for a notice of its conclusions. */
export async function conferenceBrief(db: Queryable, id: number): Promise<ConferenceBrief | undefined> {
  return (await db.query<ConferenceBrief>(sql`
    select c.id, c.title, c.host_unit_id as "hostUnitId", c.starts_at as "startsAt", a.full_name as "chairName", a.title as "chairTitle"
    from conference c
      left join lateral (select full_name, title from conference_attendee
        where conference_id = c.id and role = 'chair' order by (unit_id = c.host_unit_id) desc, id limit 1) a on true
    where c.id = ${id}`))[0];
}
