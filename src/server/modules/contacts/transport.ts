/**
 * Flights, buses, trains and boats: their passenger lists, and tracing — every other
 * passenger of a trip that carried a case becomes that case's contact.
 */
import { vietnamToday } from '../../../domain/dates.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { findUnit, toRef } from '../orgunits/repository.ts';
import { personBriefs } from '../people/scope.ts';
import { contactMsg } from './messages.ts';
import { checkPersonChoice, resolvePerson, RowCollector } from './rows.ts';
import type { PassengersBody, Transport, TransportBody } from './schema.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';

interface TransportRow {
  id: number;
  unitId: number;
  unitPath: string;
  kind: Transport['kind'];
  code: string;
  departedAt: Date;
  origin: string | null;
  destination: string | null;
}

const columns = `t.id, t.unit_id as "unitId", o.path as "unitPath", t.kind, t.code, t.departed_at as "departedAt", t.origin, t.destination`;

async function findTransport(db: Queryable, where: string, values: unknown[]): Promise<TransportRow | undefined> {
  const rows = await db.query<TransportRow>({ text: `select ${columns} from transport t join org_unit o on o.id = t.unit_id where ${where}`, values });
  return rows[0];
}

async function requireTransport(db: Queryable, actor: Actor, id: number, lang: Lang): Promise<TransportRow> {
  const t = await findTransport(db, 't.id = $1', [id]);
  if (!t || !inScope(actor, { path: t.unitPath })) throw new AppError('not_found', msg('notFound', lang));
  return t;
}

/** Registers a trip; the same kind, code and departure again returns the trip already registered. */
export async function createTransport(db: Db, actor: Actor, body: TransportBody, lang: Lang): Promise<Transport> {
  const id = await db.transaction(async (tx) => {
    await requireUnitInScope(tx, actor, body.unitId, lang);
    const departedAt = new Date(body.departedAt);
    const rows = await tx.query<{ id: number }>({
      text: `insert into transport (unit_id, kind, code, departed_at, origin, destination, created_by)
             values ($1, $2, $3, $4, $5, $6, $7) on conflict (kind, code, departed_at) do nothing returning id`,
      values: [body.unitId, body.kind, body.code.trim(), departedAt, body.origin ?? null, body.destination ?? null, actor.id],
    });
    if (!rows[0]) {
      const existing = (await findTransport(tx, 't.kind = $1 and t.code = $2 and t.departed_at = $3', [body.kind, body.code.trim(), departedAt]))!;
      if (!inScope(actor, { path: existing.unitPath })) throw new AppError('conflict', contactMsg('transportExists', lang));
      return existing.id;
    }
    await writeAudit(tx, { userId: actor.id, unitId: body.unitId, action: 'create', entity: 'transport', entityId: String(rows[0].id), before: null, after: body });
    return rows[0].id;
  });
  return getTransport(db, actor, id, lang);
}

export async function getTransport(db: Queryable, actor: Actor, id: number, lang: Lang): Promise<Transport> {
  const t = await requireTransport(db, actor, id, lang);
  const [passengers, contactCount, unit] = await Promise.all([
    db.query<{ personId: number; seat: string | null; isCase: boolean }>({
      text: `select tp.person_id as "personId", tp.seat, exists (select 1 from covid_case k where k.person_id = tp.person_id) as "isCase"
             from transport_passenger tp where tp.transport_id = $1 order by tp.seat nulls last, tp.person_id`,
      values: [t.id],
    }),
    db.query<{ n: number }>({ text: 'select count(*)::int as n from contact where transport_id = $1', values: [t.id] }),
    findUnit(db, t.unitId),
  ]);
  const briefs = await personBriefs(db, actor, passengers.map((p) => p.personId));
  return {
    id: t.id,
    kind: t.kind,
    code: t.code,
    departedAt: t.departedAt.toISOString(),
    origin: t.origin,
    destination: t.destination,
    unit: toRef(unit!),
    passengers: passengers.map((p) => ({ person: briefs.get(p.personId)!, seat: p.seat, isCase: p.isCase })),
    contacts: contactCount[0]?.n ?? 0,
  };
}

/** Adds passengers (existing people in scope or new ones), all or none. */
export async function addPassengers(db: Db, actor: Actor, id: number, body: PassengersBody, lang: Lang, now: Date): Promise<Transport> {
  await db.transaction(async (tx) => {
    const t = await requireTransport(tx, actor, id, lang);
    const rows = new RowCollector(tx);
    for (const [i, r] of body.rows.entries()) {
      const choice = checkPersonChoice(r, lang);
      if (choice.length) {
        rows.add(i + 1, choice);
        continue;
      }
      await rows.run(i + 1, 'personId', async () => {
        const person = await resolvePerson(tx, actor, r, lang, now);
        const added = await tx.execute({
          text: `insert into transport_passenger (transport_id, person_id, seat) values ($1, $2, $3) on conflict do nothing`,
          values: [t.id, person.id, r.seat ?? null],
        });
        if (added) {
          await writeAudit(tx, {
            userId: actor.id,
            unitId: t.unitId,
            action: 'create',
            entity: 'transport_passenger',
            entityId: `${t.id}:${person.id}`,
            before: null,
            after: { transportId: t.id, personId: person.id, seat: r.seat ?? null },
          });
        }
      });
    }
    rows.throwIfAny(lang);
  });
  return getTransport(db, actor, id, lang);
}

/**
 * Every passenger of the trip who is a case makes every other passenger their contact
 * (exposure 'flight' or 'vehicle' on the departure date). Re-running makes no duplicates.
 * All passengers are traced, including those living outside the user's scope: their own
 * commune sees the new contact in its register.
 */
export async function traceTransport(db: Db, actor: Actor, id: number, lang: Lang, now: Date): Promise<{ cases: number; created: number }> {
  return db.transaction(async (tx) => {
    const t = await requireTransport(tx, actor, id, lang);
    const cases = await tx.query<{ personId: number }>({
      text: `select tp.person_id as "personId" from transport_passenger tp
             where tp.transport_id = $1 and exists (select 1 from covid_case k where k.person_id = tp.person_id)`,
      values: [t.id],
    });
    if (!cases.length) return { cases: 0, created: 0 };
    const exposureType = t.kind === 'flight' ? 'flight' : 'vehicle';
    const created = await tx.query<{ id: number; sourcePersonId: number; personId: number; unitId: number }>({
      text: `insert into contact (source_person_id, person_id, unit_id, exposure_type, exposure_date, place, transport_id, listed_at, created_by)
             select k.person_id, p.person_id, pe.unit_id, $2, $3, $4, $1, $5, $6
             from transport_passenger k
             join transport_passenger p on p.transport_id = k.transport_id and p.person_id <> k.person_id
             join person pe on pe.id = p.person_id
             where k.transport_id = $1 and k.person_id = any($7::bigint[])
             on conflict do nothing
             returning id, source_person_id as "sourcePersonId", person_id as "personId", unit_id as "unitId"`,
      values: [t.id, exposureType, vietnamToday(t.departedAt), t.code, now, actor.id, cases.map((c) => c.personId)],
    });
    for (const c of created) {
      await writeAudit(tx, {
        userId: actor.id,
        unitId: c.unitId,
        action: 'create',
        entity: 'contact',
        entityId: String(c.id),
        before: null,
        after: { sourcePersonId: c.sourcePersonId, personId: c.personId, exposureType, transportId: t.id },
      });
    }
    return { cases: cases.length, created: created.length };
  });
}
