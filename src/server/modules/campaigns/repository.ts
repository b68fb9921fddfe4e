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
}

export interface TargetRow {
  id: number;
  campaignId: number;
  ageGroup: AgeGroup;
  stage: Stage;
  targetShare: number;
  dueDate: string;
}

const campaignColumns = `select c.id, c.unit_id as "unitId", u.full_name as "unitName", u.path as "unitPath", c.name, c.created_at as "createdAt"
  from vaccination_campaign c join org_unit u on u.id = c.unit_id`;

export async function findCampaign(db: Queryable, id: number): Promise<CampaignRow | undefined> {
  return (await db.query<CampaignRow>({ text: `${campaignColumns} where c.id = $1`, values: [id] }))[0];
}

/** Campaigns that cover the unit (owned by it or a unit above) or are owned inside its subtree. */
export async function campaignsAround(db: Queryable, path: string): Promise<CampaignRow[]> {
  return db.query<CampaignRow>({
    text: `${campaignColumns}
      where ($1 ~>=~ u.path and $1 ~<~ subtree_end(u.path)) or (u.path ~>=~ $1 and u.path ~<~ subtree_end($1))
      order by c.created_at desc, c.id desc`,
    values: [path],
  });
}

export async function targetsOf(db: Queryable, campaignIds: number[]): Promise<TargetRow[]> {
  return db.query<TargetRow>(sql`
    select id, campaign_id as "campaignId", age_group as "ageGroup", stage, target_share as "targetShare", due_date as "dueDate"
    from campaign_target where campaign_id = any(${campaignIds}::int[]) order by due_date, id`);
}

/** Targets due on or after `from` of campaigns owned by any unit on the given paths (or above). */
export async function targetsCovering(db: Queryable, paths: string[], from: string): Promise<(TargetRow & { unitPath: string })[]> {
  return db.query<TargetRow & { unitPath: string }>(sql`
    select t.id, t.campaign_id as "campaignId", t.age_group as "ageGroup", t.stage, t.target_share as "targetShare",
      t.due_date as "dueDate", u.path as "unitPath"
    from campaign_target t join vaccination_campaign c on c.id = t.campaign_id join org_unit u on u.id = c.unit_id
    where t.due_date >= ${from}::date
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
