import { shortfall, targetProgress } from '../../../domain/campaign-pace.ts';
import { addDays } from '../../../domain/dates.ts';
import type { Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { coverageCounts, eligibleCounts } from '../coverage/repository.ts';
import { childUnits, toRef, type UnitRow } from '../orgunits/repository.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import { cmsg } from './messages.ts';
import { OVERDUE_DAYS } from './needs.ts';
import * as repo from './repository.ts';
import type { BehindReply, BehindRow, Campaign, CampaignProgress, NewCampaign, Target, UnitProgress } from './schema.ts';

const toTarget = (t: repo.TargetRow): Target => ({ id: t.id, ageGroup: t.ageGroup, stage: t.stage, targetShare: t.targetShare, dueDate: t.dueDate });

async function present(db: Queryable, rows: repo.CampaignRow[]): Promise<Campaign[]> {
  const targets = rows.length ? await repo.targetsOf(db, rows.map((c) => c.id)) : [];
  return rows.map((c) => ({
    id: c.id,
    unit: { id: c.unitId, name: c.unitName },
    name: c.name,
    targets: targets.filter((t) => t.campaignId === c.id).map(toTarget),
  }));
}

/** A campaign is seen by the users under its unit (it covers them) and by those above it. */
async function requireCampaign(db: Queryable, actor: Actor, id: number, lang: Lang): Promise<repo.CampaignRow> {
  const c = await repo.findCampaign(db, id);
  if (!c || !(inScope(actor, { path: c.unitPath }) || actor.unitPath.startsWith(c.unitPath))) throw new AppError('not_found', msg('notFound', lang));
  return c;
}

function checkTargets(input: NewCampaign, lang: Lang): void {
  const fields: { field: string; message: string }[] = [];
  if (!input.name.trim()) fields.push({ field: 'name', message: cmsg('nameRequired', lang) });
  const seen = new Set<string>();
  input.targets.forEach((t, i) => {
    const key = `${t.ageGroup}|${t.stage}|${t.dueDate}`;
    if (seen.has(key)) fields.push({ field: `targets.${i}`, message: cmsg('duplicateTarget', lang, { n: i + 1 }) });
    seen.add(key);
  });
  if (fields.length) throw new AppError('validation', fields[0]!.message, fields);
}

export async function createCampaign(tx: Queryable, actor: Actor, input: NewCampaign, lang: Lang): Promise<Campaign> {
  if (input.clientId) {
    const id = await repo.campaignByClientId(tx, input.clientId);
    if (id !== undefined) return (await present(tx, [await requireCampaign(tx, actor, id, lang)]))[0]!;
  }
  await requireUnitInScope(tx, actor, input.unitId, lang);
  checkTargets(input, lang);
  const name = input.name.trim();
  const id = await repo.insertCampaign(tx, { unitId: input.unitId, name, createdBy: actor.id, clientId: input.clientId ?? null });
  for (const t of input.targets) await repo.insertTarget(tx, id, t);
  await writeAudit(tx, {
    userId: actor.id, unitId: input.unitId, action: 'create', entity: 'vaccination_campaign', entityId: String(id),
    before: null, after: { name, targets: input.targets },
  });
  return (await present(tx, [(await repo.findCampaign(tx, id))!]))[0]!;
}

export async function listCampaigns(db: Queryable, actor: Actor, unitId: number | undefined, lang: Lang): Promise<Campaign[]> {
  const unit = await requireUnitInScope(db, actor, unitId ?? actor.unit.id, lang);
  return present(db, await repo.campaignsAround(db, unit.path));
}

/** Each unit against each target: Map target id → progress in the order of `units`. */
async function progressOf(db: Queryable, units: UnitRow[], targets: repo.TargetRow[], today: string): Promise<Map<number, UnitProgress[]>> {
  const ids = units.map((u) => u.id);
  const [reached, eligible, pace] = await Promise.all([
    coverageCounts(db, ids, today),
    eligibleCounts(db, ids),
    repo.paceByUnit(db, ids, today),
  ]);
  return new Map(targets.map((t) => [t.id, units.map((u): UnitProgress => {
    const n = reached.get(u.id)![t.ageGroup][t.stage];
    const lastWeek = pace.get(u.id)![t.ageGroup][t.stage];
    const pop = eligible.get(u.id)![t.ageGroup];
    const p = targetProgress({ reached: n, eligible: pop, targetShare: t.targetShare, dueDate: t.dueDate, lastDays: lastWeek, today });
    return { unit: toRef(u), eligible: pop, reached: n, lastWeek, ...p };
  })]));
}

const worstFirst = (t: { targetShare: number }) => (a: UnitProgress, b: UnitProgress) =>
  shortfall(b.share, t.targetShare) - shortfall(a.share, t.targetShare) || a.unit.code.localeCompare(b.unit.code);

export async function campaignProgress(db: Queryable, actor: Actor, id: number, unitId: number | undefined, lang: Lang, today: string): Promise<CampaignProgress> {
  const c = await requireCampaign(db, actor, id, lang);
  const unit = await requireUnitInScope(db, actor, unitId ?? (actor.unitPath.startsWith(c.unitPath) ? actor.unit.id : c.unitId), lang);
  if (!unit.path.startsWith(c.unitPath)) {
    const message = cmsg('notUnder', lang);
    throw new AppError('validation', message, [{ field: 'unitId', message }]);
  }
  const [campaign] = await present(db, [c]);
  const units = [unit, ...(await childUnits(db, unit.id, today))];
  const targets = await repo.targetsOf(db, [c.id]);
  const progress = await progressOf(db, units, targets, today);
  return {
    campaign: campaign!,
    unit: toRef(unit),
    date: today,
    targets: targets.map((t) => {
      const [own, ...children] = progress.get(t.id)!;
      return { target: toTarget(t), unit: own!, children, behind: children.filter((p) => p.status === 'behind').sort(worstFirst(t)) };
    }),
  };
}

/** The children of a unit (a commune: itself) behind on any active target of the campaigns covering it, worst first. */
export async function unitsBehind(db: Queryable, actor: Actor, unitId: number | undefined, lang: Lang, today: string): Promise<BehindReply> {
  const unit = await requireUnitInScope(db, actor, unitId ?? actor.unit.id, lang);
  const targets = await repo.targetsCovering(db, [unit.path], addDays(today, -OVERDUE_DAYS));
  const children = await childUnits(db, unit.id, today);
  const rows: BehindRow[] = [];
  if (targets.length) {
    // a commune has no children: it is listed itself when behind
    const progress = await progressOf(db, children.length ? children : [unit], targets, today);
    const campaigns = new Map<number, repo.CampaignRow>();
    for (const id of new Set(targets.map((t) => t.campaignId))) campaigns.set(id, (await repo.findCampaign(db, id))!);
    for (const t of targets) {
      const c = campaigns.get(t.campaignId)!;
      for (const p of progress.get(t.id)!) {
        if (p.status === 'behind') rows.push({ campaign: { id: c.id, name: c.name }, target: toTarget(t), progress: p });
      }
    }
  }
  rows.sort((a, b) => shortfall(b.progress.share, b.target.targetShare) - shortfall(a.progress.share, a.target.targetShare) ||
    a.target.dueDate.localeCompare(b.target.dueDate));
  return { unit: toRef(unit), date: today, rows };
}
