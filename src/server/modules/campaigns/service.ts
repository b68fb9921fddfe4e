import { shortfall, targetProgress } from '../../../domain/campaign-pace.ts';
import { changesNothing, planTargets, repeatedTargets, type TargetFields } from '../../../domain/campaign-targets.ts';
import { addDays } from '../../../domain/dates.ts';
import type { Queryable } from '../../db/client.ts';
import type { FieldError } from '../../http/common-schema.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { hasRole, inScope, type Actor } from '../auth/policy.ts';
import { coverageCounts, eligibleCounts } from '../coverage/repository.ts';
import { childUnits, toRef, type UnitRow } from '../orgunits/repository.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import { cmsg } from './messages.ts';
import { OVERDUE_DAYS } from './needs.ts';
import * as repo from './repository.ts';
import type { BehindReply, BehindRow, Campaign, CampaignChange, CampaignProgress, CloseCampaign, NewCampaign, Target, UnitProgress } from './schema.ts';

const toTarget = (t: repo.TargetRow): Target => ({ id: t.id, ageGroup: t.ageGroup, stage: t.stage, targetShare: t.targetShare, dueDate: t.dueDate });

const ENTITY = 'vaccination_campaign';

/** Officers and administrators of the campaign's unit or a unit above it edit it; the units under it only see it. */
const mayEdit = (actor: Actor, c: repo.CampaignRow) => hasRole(actor, 'review') && inScope(actor, { path: c.unitPath });

async function present(db: Queryable, actor: Actor, rows: repo.CampaignRow[]): Promise<Campaign[]> {
  return presentWith(actor, rows, rows.length ? await repo.targetsOf(db, rows.map((c) => c.id)) : []);
}

function presentWith(actor: Actor, rows: repo.CampaignRow[], targets: repo.TargetRow[]): Campaign[] {
  return rows.map((c) => ({
    id: c.id,
    unit: { id: c.unitId, name: c.unitName },
    name: c.name,
    targets: targets.filter((t) => t.campaignId === c.id).map(toTarget),
    version: c.version,
    closed: c.closedAt ? { at: c.closedAt.toISOString(), by: c.closedBy, reason: c.closeReason } : null,
    canEdit: mayEdit(actor, c),
  }));
}

const presentOne = async (db: Queryable, actor: Actor, id: number) => (await present(db, actor, [(await repo.findCampaign(db, id))!]))[0]!;

/** A campaign is seen by the users under its unit (it covers them) and by those above it. */
async function requireCampaign(db: Queryable, actor: Actor, id: number, lang: Lang): Promise<repo.CampaignRow> {
  const c = await repo.findCampaign(db, id);
  if (!c || !(inScope(actor, { path: c.unitPath }) || actor.unitPath.startsWith(c.unitPath))) throw new AppError('not_found', msg('notFound', lang));
  return c;
}

/** Refuses a blank name and repeated targets (and any `more` errors), each naming its field. */
function checkCampaign(input: { name: string; targets: TargetFields[] }, lang: Lang, more: FieldError[] = []): void {
  const fields: FieldError[] = [];
  if (!input.name.trim()) fields.push({ field: 'name', message: cmsg('nameRequired', lang) });
  for (const i of repeatedTargets(input.targets)) fields.push({ field: `targets.${i}`, message: cmsg('duplicateTarget', lang, { n: i + 1 }) });
  fields.push(...more);
  if (fields.length) throw new AppError('validation', fields[0]!.message, fields);
}

export async function createCampaign(tx: Queryable, actor: Actor, input: NewCampaign, lang: Lang): Promise<Campaign> {
  if (input.clientId) {
    const id = await repo.campaignByClientId(tx, input.clientId);
    if (id !== undefined) return (await present(tx, actor, [await requireCampaign(tx, actor, id, lang)]))[0]!;
  }
  await requireUnitInScope(tx, actor, input.unitId, lang);
  checkCampaign(input, lang);
  const name = input.name.trim();
  const id = await repo.insertCampaign(tx, { unitId: input.unitId, name, createdBy: actor.id, clientId: input.clientId ?? null });
  for (const t of input.targets) await repo.insertTarget(tx, id, t);
  await writeAudit(tx, {
    userId: actor.id, unitId: input.unitId, action: 'create', entity: ENTITY, entityId: String(id),
    before: null, after: { name, targets: input.targets },
  });
  return presentOne(tx, actor, id);
}

/** The campaign to change, held until the transaction ends; 404 outside the reader's view, 403 to those who only see it. */
async function editableCampaign(tx: Queryable, actor: Actor, id: number, lang: Lang): Promise<repo.CampaignRow> {
  await repo.lockCampaign(tx, id);
  const c = await requireCampaign(tx, actor, id, lang);
  if (!mayEdit(actor, c)) throw new AppError('forbidden', msg('forbidden', lang));
  return c;
}

/** What the audit log keeps of a campaign before and after a change. */
async function auditState(db: Queryable, id: number) {
  const c = await repo.findCampaign(db, id);
  if (!c) return null;
  return { name: c.name, targets: (await repo.targetsOf(db, [id])).map(toTarget), closed: c.closedAt ? { at: c.closedAt.toISOString(), reason: c.closeReason } : null };
}

async function audited(tx: Queryable, actor: Actor, c: repo.CampaignRow, action: string, change: () => Promise<void>): Promise<void> {
  const before = await auditState(tx, c.id);
  await change();
  await writeAudit(tx, { userId: actor.id, unitId: c.unitId, action, entity: ENTITY, entityId: String(c.id), before, after: await auditState(tx, c.id) });
}

/**
 * Sets the name and the whole target list (see planTargets). Sending what is already stored
 * changes nothing (no new version, no audit row), so a retried edit is harmless; an edit made
 * on an older version than the stored one is refused (409) when it would change anything.
 */
export async function changeCampaign(tx: Queryable, actor: Actor, id: number, change: CampaignChange, lang: Lang, now: Date): Promise<Campaign> {
  const c = await editableCampaign(tx, actor, id, lang);
  if (c.closedAt) throw new AppError('conflict', cmsg('closed', lang));
  const plan = planTargets(await repo.targetsOf(tx, [id]), change.targets);
  checkCampaign(change, lang, plan.badIds.map((i) => ({ field: `targets.${i}.id`, message: cmsg('unknownTarget', lang, { n: i + 1 }) })));
  const name = change.name.trim();
  if (name === c.name && changesNothing(plan)) return presentOne(tx, actor, id);
  if (change.version !== undefined && change.version !== c.version) throw new AppError('conflict', cmsg('stale', lang));
  await audited(tx, actor, c, 'update', async () => {
    if (plan.remove.length) await repo.deleteTargets(tx, plan.remove);
    for (const t of plan.update) await repo.updateTarget(tx, t);
    for (const t of plan.insert) await repo.insertTarget(tx, id, t);
    await repo.updateCampaign(tx, id, name, actor.id, now);
  });
  return presentOne(tx, actor, id);
}

/**
 * Closes a campaign that is over or was made by mistake: it stays readable, but its targets
 * no longer claim stock or list units behind. Closing a closed campaign changes nothing.
 */
export async function closeCampaign(tx: Queryable, actor: Actor, id: number, body: CloseCampaign, lang: Lang, now: Date): Promise<Campaign> {
  const c = await editableCampaign(tx, actor, id, lang);
  if (!c.closedAt) await audited(tx, actor, c, 'close', () => repo.setClosed(tx, id, { reason: body.reason?.trim() || null }, actor.id, now));
  return presentOne(tx, actor, id);
}

/** Reopens a closed campaign (closed by mistake, or extended); reopening an open one changes nothing. */
export async function reopenCampaign(tx: Queryable, actor: Actor, id: number, lang: Lang, now: Date): Promise<Campaign> {
  const c = await editableCampaign(tx, actor, id, lang);
  if (c.closedAt) await audited(tx, actor, c, 'reopen', () => repo.setClosed(tx, id, null, actor.id, now));
  return presentOne(tx, actor, id);
}

/** Deletes a campaign made by mistake, targets and all; the audit log keeps what it was. */
export async function deleteCampaign(tx: Queryable, actor: Actor, id: number, lang: Lang): Promise<void> {
  const c = await editableCampaign(tx, actor, id, lang);
  await audited(tx, actor, c, 'delete', () => repo.deleteCampaign(tx, id));
}

export async function listCampaigns(db: Queryable, actor: Actor, unitId: number | undefined, lang: Lang): Promise<Campaign[]> {
  const unit = await requireUnitInScope(db, actor, unitId ?? actor.unit.id, lang);
  return present(db, actor, await repo.campaignsAround(db, unit.path));
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
  const units = [unit, ...(await childUnits(db, unit.id, today))];
  const targets = await repo.targetsOf(db, [c.id]);
  const [campaign] = presentWith(actor, [c], targets);
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
