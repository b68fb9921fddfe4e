/** Clusters (ổ dịch): linked cases at a place, with a status. */
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import * as repo from './clusters-repository.ts';
import { listCases, toSummary } from './list.ts';
import type { ClusterChange, NewCluster } from './schema.ts';
import { fieldError } from './service.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';

const present = ({ unitPath: _p, ...c }: repo.ClusterRow) => ({ ...c, lastConfirmedAt: c.lastConfirmedAt?.toISOString() ?? null });

async function requireCluster(db: Queryable, actor: Actor, id: number, lang: Lang, forUpdate = false) {
  const c = await repo.findCluster(db, id, forUpdate);
  if (!c || !inScope(actor, { path: c.unitPath })) throw new AppError('not_found', msg('notFound', lang));
  return c;
}

export async function listClusters(db: Queryable, actor: Actor, q: { unitId?: number | undefined; status?: repo.ClusterStatus | undefined }, lang: Lang) {
  const unit = await requireUnitInScope(db, actor, q.unitId ?? actor.unit.id, lang);
  return (await repo.listClusters(db, unit.path, q.status ?? null)).map(present);
}

export async function createCluster(db: Db, actor: Actor, input: NewCluster, lang: Lang, today: string) {
  if (input.openedOn > today) throw fieldError('openedOn', 'futureDate', lang);
  return db.transaction(async (tx) => {
    const unit = await requireUnitInScope(tx, actor, input.unitId, lang);
    const id = await repo.insertCluster(tx, { unitId: unit.id, name: input.name, place: input.place ?? null, openedOn: input.openedOn, userId: actor.id });
    await writeAudit(tx, { userId: actor.id, unitId: unit.id, action: 'create', entity: 'cluster', entityId: String(id), before: null, after: input });
    return present((await repo.findCluster(tx, id))!);
  });
}

/** Name, place and status; a closed cluster has a closing date, an open one none. */
export async function changeCluster(db: Db, actor: Actor, id: number, change: ClusterChange, lang: Lang, today: string) {
  return db.transaction(async (tx) => {
    const old = await requireCluster(tx, actor, id, lang, true);
    const status = change.status ?? old.status;
    const closedOn = status !== 'closed' ? (change.closedOn ?? null) : change.closedOn === undefined ? (old.closedOn ?? today) : change.closedOn;
    if (status === 'closed' && !closedOn) throw fieldError('closedOn', 'closedOnRequired', lang);
    if (status !== 'closed' && closedOn) throw fieldError('closedOn', 'closedOnNotClosed', lang);
    if (closedOn && closedOn < old.openedOn) throw fieldError('closedOn', 'closedOnBeforeOpened', lang);
    if (closedOn && closedOn > today) throw fieldError('closedOn', 'futureDate', lang);
    const next = { name: change.name ?? old.name, place: change.place === undefined ? old.place : change.place, status, closedOn };
    await repo.updateCluster(tx, id, next);
    await writeAudit(tx, {
      userId: actor.id, unitId: old.unitId, action: 'update', entity: 'cluster', entityId: String(id),
      before: { name: old.name, place: old.place, status: old.status, closedOn: old.closedOn }, after: next,
    });
    return present((await repo.findCluster(tx, id))!);
  });
}

/** The cluster with its cases (those whose person is in the user's scope) and counts. */
export async function clusterDetail(db: Queryable, actor: Actor, id: number, lang: Lang) {
  const c = await requireCluster(db, actor, id, lang);
  const { rows } = await listCases(db, { scopePath: actor.unitPath, unitPath: actor.unitPath, query: { clusterId: id, limit: 1000 } });
  const caseList = rows.map(toSummary);
  const count = (key: (x: (typeof caseList)[number]) => string) =>
    caseList.reduce<Record<string, number>>((acc, x) => ({ ...acc, [key(x)]: (acc[key(x)] ?? 0) + 1 }), {});
  return { ...present(c), byStatus: count((x) => x.status), byDetection: count((x) => x.detection), caseList };
}
