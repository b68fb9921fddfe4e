import { AGE_GROUPS, BANDS_OF_GROUP, type AgeBand, type AgeGroup, type Stage } from '../../../domain/age-groups.ts';
import { PACE_DAYS } from '../../../domain/campaign-pace.ts';
import { addDays } from '../../../domain/dates.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { emptyGroups, type GroupCounts } from '../coverage/repository.ts';

export interface CampaignRow {
  id: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  name: string;
  createdAt: Date;
  version: number;
  closedAt: Date | null;
  /** full name of who closed it */
  closedBy: string | null;
  closeReason: string | null;
}

export interface TargetRow {
  id: number;
  campaignId: number;
  ageGroup: AgeGroup;
  stage: Stage;
  targetShare: number;
  dueDate: string;
}

const campaignColumns = `select c.id, c.unit_id as "unitId", u.full_name as "unitName", u.path as "unitPath", c.name, c.created_at as "createdAt",
    c.version, c.closed_at as "closedAt", cu.full_name as "closedBy", c.close_reason as "closeReason"
  from vaccination_campaign c join org_unit u on u.id = c.unit_id left join app_user cu on cu.id = c.closed_by`;

export async function findCampaign(db: Queryable, id: number): Promise<CampaignRow | undefined> {
  return (await db.query<CampaignRow>({ text: `${campaignColumns} where c.id = $1`, values: [id] }))[0];
}

/** Campaigns that cover the unit (owned by it or a unit above) or are owned inside its subtree. */
export async function campaignsAround(db: Queryable, path: string): Promise<CampaignRow[]> {
  return db.query<CampaignRow>({
    text: `${campaignColumns}
      where ($1 ~>=~ u.path and $1 ~<~ subtree_end(u.path)) or (u.path ~>=~ $1 and u.path ~<~ subtree_end($1))
      order by c.closed_at is not null, c.created_at desc, c.id desc`,
    values: [path],
  });
}

export async function targetsOf(db: Queryable, campaignIds: number[]): Promise<TargetRow[]> {
  return db.query<TargetRow>(sql`
    select id, campaign_id as "campaignId", age_group as "ageGroup", stage, target_share as "targetShare", due_date as "dueDate"
    from campaign_target where campaign_id = any(${campaignIds}::int[]) order by due_date, id`);
}

/** Targets due on or after `from` of the open campaigns owned by any unit on the given paths (or above). */
export async function targetsCovering(db: Queryable, paths: string[], from: string): Promise<(TargetRow & { unitPath: string })[]> {
  return db.query<TargetRow & { unitPath: string }>(sql`
    select t.id, t.campaign_id as "campaignId", t.age_group as "ageGroup", t.stage, t.target_share as "targetShare",
      t.due_date as "dueDate", u.path as "unitPath"
    from campaign_target t join vaccination_campaign c on c.id = t.campaign_id join org_unit u on u.id = c.unit_id
    where t.due_date >= ${from}::date and c.closed_at is null
      and exists (select 1 from unnest(${paths}::text[]) p(path) where p.path ~>=~ u.path and p.path ~<~ subtree_end(u.path))
    order by t.due_date, t.id`);
}

export async function campaignByClientId(db: Queryable, clientId: string): Promise<number | undefined> {
  return (await db.query<{ id: number }>(sql`select id from vaccination_campaign where client_id = ${clientId}::uuid`))[0]?.id;
}

export async function insertCampaign(tx: Queryable, c: { unitId: number; name: string; createdBy: number; clientId: string | null }): Promise<number> {
  const [row] = await tx.query<{ id: number }>(sql`
    insert into vaccination_campaign (unit_id, name, created_by, client_id)
    values (${c.unitId}, ${c.name}, ${c.createdBy}, ${c.clientId}::uuid) returning id`);
  return row!.id;
}

export async function insertTarget(tx: Queryable, campaignId: number, t: Omit<TargetRow, 'id' | 'campaignId'>): Promise<void> {
  await tx.execute(sql`
    insert into campaign_target (campaign_id, age_group, stage, target_share, due_date)
    values (${campaignId}, ${t.ageGroup}, ${t.stage}, ${t.targetShare}, ${t.dueDate}::date)`);
}

/** Holds the campaign until the transaction ends, so that two edits of it run one after the other. */
export async function lockCampaign(tx: Queryable, id: number): Promise<void> {
  await tx.execute(sql`select id from vaccination_campaign where id = ${id} for update`);
}

/** A new name (or the same) and one more version. */
export async function updateCampaign(tx: Queryable, id: number, name: string, by: number, at: Date): Promise<void> {
  await tx.execute(sql`
    update vaccination_campaign set name = ${name}, version = version + 1, updated_at = ${at}, updated_by = ${by} where id = ${id}`);
}

export async function updateTarget(tx: Queryable, t: Omit<TargetRow, 'campaignId'>): Promise<void> {
  await tx.execute(sql`
    update campaign_target set age_group = ${t.ageGroup}, stage = ${t.stage}, target_share = ${t.targetShare}, due_date = ${t.dueDate}::date
    where id = ${t.id}`);
}

export async function deleteTargets(tx: Queryable, ids: number[]): Promise<void> {
  await tx.execute(sql`delete from campaign_target where id = any(${ids}::int[])`);
}

/** Closes the campaign (`closed` given) or reopens it (null). */
export async function setClosed(tx: Queryable, id: number, closed: { reason: string | null } | null, by: number, at: Date): Promise<void> {
  await tx.execute(sql`
    update vaccination_campaign set closed_at = ${closed ? at : null}, closed_by = ${closed ? by : null}, close_reason = ${closed?.reason ?? null},
      version = version + 1, updated_at = ${at}, updated_by = ${by}
    where id = ${id}`);
}

export async function deleteCampaign(tx: Queryable, id: number): Promise<void> {
  await tx.execute(sql`delete from campaign_target where campaign_id = ${id}`);
  await tx.execute(sql`delete from vaccination_campaign where id = ${id}`);
}

/** People who reached each stage in each age group over the PACE_DAYS days before `today`, by giving unit. */
export async function paceByUnit(db: Queryable, unitIds: number[], today: string): Promise<Map<number, GroupCounts>> {
  const rows = await db.query<{ unitId: number; stage: Stage; band: AgeBand; n: number }>(sql`
    select unit_id as "unitId", stage, age_band as band, sum(n)::bigint as n from vaccination_daily
    where unit_id = any(${unitIds}::int[]) and day >= ${addDays(today, -PACE_DAYS)}::date and day < ${today}::date and stage <> 'other'
    group by unit_id, stage, age_band`);
  const out = new Map(unitIds.map((id) => [id, emptyGroups()]));
  for (const r of rows) {
    const groups = out.get(r.unitId)!;
    for (const g of AGE_GROUPS) if (BANDS_OF_GROUP[g].includes(r.band)) groups[g][r.stage] += r.n;
  }
  return out;
}
