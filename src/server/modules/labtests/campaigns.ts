/** Screening campaigns at a site, and their progress against the target share per period. */
import { campaignPeriods, periodProgress } from '../../../domain/screening.ts';
import { addDays, vietnamDayStart, vietnamToday } from '../../../domain/dates.ts';
import { sql } from '../../db/sql.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import { testMsg } from './messages.ts';
import type { Campaign, CampaignProgress, NewCampaign } from './schema.ts';

interface CampaignRow extends Campaign {
  unitPath: string;
}

const columns = `c.id, c.unit_id as "unitId", o.full_name as "unitName", o.path as "unitPath", c.name, c.site_kind as "siteKind",
  c.site_name as "siteName", c.target_population as "targetPopulation", c.target_share as "targetShare", c.period_days as "periodDays",
  to_char(c.start_date, 'YYYY-MM-DD') as "startDate", to_char(c.end_date, 'YYYY-MM-DD') as "endDate"`;

const present = ({ unitPath: _p, ...c }: CampaignRow): Campaign => c;

async function findCampaign(db: Queryable, id: number): Promise<CampaignRow | undefined> {
  const rows = await db.query<CampaignRow>({ text: `select ${columns} from screening_campaign c join org_unit o on o.id = c.unit_id where c.id = $1`, values: [id] });
  return rows[0];
}

/** A campaign a test may belong to: in the user's scope; a validation error on `campaignId` otherwise. */
export async function requireCampaignForTest(db: Queryable, actor: Actor, id: number, lang: Lang): Promise<void> {
  const c = await findCampaign(db, id);
  if (!c || !inScope(actor, { path: c.unitPath })) {
    throw new AppError('validation', testMsg('campaignNotFound', lang), [{ field: 'campaignId', message: testMsg('campaignNotFound', lang) }]);
  }
}

export async function createCampaign(db: Db, actor: Actor, input: NewCampaign, lang: Lang): Promise<Campaign> {
  if (input.endDate && input.endDate < input.startDate) {
    throw new AppError('validation', testMsg('endBeforeStart', lang), [{ field: 'endDate', message: testMsg('endBeforeStart', lang) }]);
  }
  return db.transaction(async (tx) => {
    const unit = await requireUnitInScope(tx, actor, input.unitId, lang);
    const rows = await tx.query<{ id: number }>(sql`
      insert into screening_campaign (unit_id, name, site_kind, site_name, target_population, target_share, period_days, start_date, end_date, created_by)
      values (${unit.id}, ${input.name}, ${input.siteKind}, ${input.siteName}, ${input.targetPopulation}, ${input.targetShare},
        ${input.periodDays ?? 7}, ${input.startDate}::date, ${input.endDate ?? null}::date, ${actor.id})
      returning id`);
    const id = rows[0]!.id;
    await writeAudit(tx, { userId: actor.id, unitId: unit.id, action: 'create', entity: 'screening_campaign', entityId: String(id), before: null, after: input });
    return present((await findCampaign(tx, id))!);
  });
}

export async function listCampaigns(db: Queryable, actor: Actor, unitId: number, lang: Lang): Promise<Campaign[]> {
  const unit = await requireUnitInScope(db, actor, unitId, lang);
  const rows = await db.query<CampaignRow>({
    text: `select ${columns} from screening_campaign c join org_unit o on o.id = c.unit_id
      where o.path ~>=~ $1 and o.path ~<~ subtree_end($1) order by c.start_date desc, c.id desc limit 1000`,
    values: [unit.path],
  });
  return rows.map(present);
}

/** Per period: the distinct people tested under the campaign against its target share. */
export async function campaignProgress(db: Queryable, actor: Actor, id: number, lang: Lang, now: Date): Promise<CampaignProgress> {
  const c = await findCampaign(db, id);
  if (!c || !inScope(actor, { path: c.unitPath })) throw new AppError('not_found', msg('notFound', lang));
  const today = vietnamToday(now);
  const periods = campaignPeriods(c.startDate, c.endDate, c.periodDays, today);
  const counts = periods.length
    ? await db.query<{ i: number; n: number }>(sql`
        select p.i, count(distinct t.person_id)::int as n
        from unnest(${periods.map((p) => vietnamDayStart(p.from))}::timestamptz[], ${periods.map((p) => vietnamDayStart(addDays(p.to, 1)))}::timestamptz[])
          with ordinality as p(s, e, i)
        left join lab_test t on t.campaign_id = ${id} and t.sampled_at >= p.s and t.sampled_at < p.e
        group by p.i`)
    : [];
  const tested = new Map(counts.map((r) => [Number(r.i), r.n]));
  return {
    campaign: present(c),
    periods: periods.map((p, i) => ({ ...p, tested: tested.get(i + 1) ?? 0, ...periodProgress(p, today, tested.get(i + 1) ?? 0, c.targetPopulation, c.targetShare) })),
  };
}
