/**
 * Pooled PCR samples: one sample for several people. A negative pool makes every member
 * negative; a positive one marks them 'pool_positive' (not a case) and lists each member
 * as due an individual re-test until they have an individual PCR sampled after the pool.
 */
import { sql } from '../../db/sql.ts';
import type { Db, Queryable } from '../../db/client.ts';
import type { FieldError } from '../../http/common-schema.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import { findPersonKey, personBriefs } from '../people/scope.ts';
import { requireCampaignForTest } from './campaigns.ts';
import { testMsg } from './messages.ts';
import * as repo from './repository.ts';
import { MAX_POOL_SIZE, type NewPool, type PoolDetail, type PoolResultBody, type PoolSummary } from './schema.ts';
import { timeErrors } from './service.ts';

interface PoolRow extends PoolSummary {
  unitPath: string;
}

/** members due a re-test: the pool was positive and no individual PCR of theirs was sampled after it */
const dueExpr = `(p.result = 'positive' and not exists (
    select 1 from lab_test r where r.person_id = m.person_id and r.kind = 'pcr' and r.pool_id is null and r.sampled_at > p.sampled_at))`;

const columns = `p.id, p.unit_id as "unitId", o.path as "unitPath", p.sampled_at as "sampledAt", p.place, p.lab, p.result, p.result_at as "resultAt",
  (select count(*)::int from lab_test m where m.pool_id = p.id) as members,
  (select count(*)::int from lab_test m where m.pool_id = p.id and ${dueExpr}) as "retestsDue"`;

const present = ({ unitPath: _p, ...r }: PoolRow): PoolSummary => ({
  ...r,
  sampledAt: new Date(r.sampledAt).toISOString(),
  resultAt: r.resultAt ? new Date(r.resultAt).toISOString() : null,
});

async function findPool(db: Queryable, id: number, forUpdate = false): Promise<PoolRow | undefined> {
  const rows = await db.query<PoolRow>({
    text: `select ${columns} from test_pool p join org_unit o on o.id = p.unit_id where p.id = $1 ${forUpdate ? 'for update of p' : ''}`,
    values: [id],
  });
  return rows[0];
}

async function requirePool(db: Queryable, actor: Actor, id: number, lang: Lang, forUpdate = false): Promise<PoolRow> {
  const pool = await findPool(db, id, forUpdate);
  if (!pool || !inScope(actor, { path: pool.unitPath })) throw new AppError('not_found', msg('notFound', lang));
  return pool;
}

export async function poolDetail(db: Queryable, actor: Actor, id: number, lang: Lang): Promise<PoolDetail> {
  const pool = await requirePool(db, actor, id, lang);
  const members = await db.query<{ testId: number; personId: number; result: PoolDetail['memberList'][number]['result']; due: boolean; retestId: number | null; retestAt: Date | null; retestResult: string | null }>({
    text: `select m.id as "testId", m.person_id as "personId", m.result, ${dueExpr} as due, r.id as "retestId", r.sampled_at as "retestAt", r.result as "retestResult"
      from test_pool p join lab_test m on m.pool_id = p.id
      left join lateral (select r.id, r.sampled_at, r.result from lab_test r
        where r.person_id = m.person_id and r.kind = 'pcr' and r.pool_id is null and r.sampled_at > p.sampled_at
        order by r.sampled_at limit 1) r on true
      where p.id = $1 order by m.id`,
    values: [id],
  });
  const briefs = await personBriefs(db, actor, members.map((m) => m.personId));
  return {
    ...present(pool),
    memberList: members.map((m) => {
      const b = briefs.get(m.personId);
      return {
        testId: m.testId,
        person: { id: m.personId, visible: b?.visible ?? false, fullName: b?.fullName ?? null, birthYear: b?.birthYear ?? null },
        result: m.result,
        retestDue: m.due,
        retest: m.retestId ? { id: m.retestId, sampledAt: m.retestAt!.toISOString(), result: m.retestResult as PoolDetail['memberList'][number]['result'] } : null,
      };
    }),
  };
}

export async function createPool(db: Db, actor: Actor, input: NewPool, lang: Lang, now: Date): Promise<PoolDetail> {
  const sampledAt = new Date(input.sampledAt);
  const errors: FieldError[] = timeErrors({ sampledAt, result: 'pending', resultAt: null }, now, lang);
  if (input.personIds.length < 2 || input.personIds.length > MAX_POOL_SIZE) {
    errors.push({ field: 'personIds', message: testMsg('poolSize', lang, { max: MAX_POOL_SIZE }) });
  }
  return db.transaction(async (tx) => {
    if (input.clientId) {
      const earlier = await tx.query<{ id: number }>(sql`select id from test_pool where client_id = ${input.clientId}`);
      if (earlier[0]) return poolDetail(tx, actor, earlier[0].id, lang);
    }
    const unit = await requireUnitInScope(tx, actor, input.unitId, lang);
    if (input.campaignId) await requireCampaignForTest(tx, actor, input.campaignId, lang);
    // merged records count as the person they were merged into
    const people: number[] = [];
    for (const [i, id] of input.personIds.entries()) {
      const key = await findPersonKey(tx, id);
      if (!key || !inScope(actor, { path: key.unitPath })) errors.push({ field: `personIds.${i}`, message: testMsg('personNotFound', lang) });
      else if (people.includes(key.id)) errors.push({ field: `personIds.${i}`, message: testMsg('duplicateMember', lang) });
      else people.push(key.id);
    }
    if (errors.length) throw new AppError('validation', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
    const rows = await tx.query<{ id: number }>(sql`
      insert into test_pool (client_id, unit_id, sampled_at, place, lab, created_by)
      values (${input.clientId ?? null}, ${unit.id}, ${sampledAt}, ${input.place ?? null}, ${input.lab ?? null}, ${actor.id}) returning id`);
    const poolId = rows[0]!.id;
    const testIds = await repo.insertTests(tx, people.map((personId) => ({
      clientId: null, personId, unitId: unit.id, kind: 'pcr' as const, sampledAt, place: input.place ?? null, lab: input.lab ?? null,
      result: 'pending', resultAt: null, symptoms: false, poolId, campaignId: input.campaignId ?? null, userId: actor.id,
    })));
    await writeAudit(tx, {
      userId: actor.id, unitId: unit.id, action: 'create', entity: 'test_pool', entityId: String(poolId), before: null,
      after: { sampledAt, place: input.place ?? null, lab: input.lab ?? null, personIds: people, testIds, campaignId: input.campaignId ?? null },
    });
    return poolDetail(tx, actor, poolId, lang);
  });
}

const memberResult = { negative: 'negative', positive: 'pool_positive', invalid: 'invalid' } as const;

export async function enterPoolResult(db: Db, actor: Actor, id: number, input: PoolResultBody, lang: Lang, now: Date): Promise<PoolDetail> {
  return db.transaction(async (tx) => {
    const pool = await requirePool(tx, actor, id, lang, true);
    if (pool.result !== 'pending') throw new AppError('conflict', testMsg('resultRecorded', lang));
    const resultAt = new Date(input.resultAt);
    const errors = timeErrors({ sampledAt: new Date(pool.sampledAt), result: input.result, resultAt }, now, lang);
    if (errors.length) throw new AppError('validation', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
    await tx.execute(sql`update test_pool set result = ${input.result}, result_at = ${resultAt} where id = ${id}`);
    await tx.execute(sql`update lab_test set result = ${memberResult[input.result]}, result_at = ${resultAt} where pool_id = ${id}`);
    await writeAudit(tx, {
      userId: actor.id, unitId: pool.unitId, action: 'record_result', entity: 'test_pool', entityId: String(id),
      before: { result: pool.result }, after: { result: input.result, resultAt, members: memberResult[input.result] },
    });
    return poolDetail(tx, actor, id, lang);
  });
}

export async function listPools(db: Queryable, actor: Actor, q: { unitId?: number | undefined; status?: string | undefined }, lang: Lang): Promise<PoolSummary[]> {
  const unit = await requireUnitInScope(db, actor, q.unitId ?? actor.unit.id, lang);
  const status = q.status ?? null;
  const rows = await db.query<PoolRow>({
    text: `select * from (select ${columns} from test_pool p join org_unit o on o.id = p.unit_id
        where o.path ~>=~ $1 and o.path ~<~ subtree_end($1) and ($2::text is null or $2 = 'retest_due' or p.result = $2)) x
      where $2::text is distinct from 'retest_due' or x."retestsDue" > 0
      order by x."sampledAt" desc, x.id desc limit 1000`,
    values: [unit.path, status],
  });
  return rows.map(present);
}
