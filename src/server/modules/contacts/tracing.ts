/** Speed of tracing per unit: from each case's positive result to its first F1 listed, quarantined, tested. */
import { addDays, vietnamDayStart, vietnamToday } from '../../../domain/dates.ts';
import { hoursAfter, slowest, stepHours, summarise, type CaseTrace } from '../../../domain/tracing-speed.ts';
import type { Queryable } from '../../db/client.ts';
import type { Lang } from '../../http/lang.ts';
import type { Actor } from '../auth/policy.ts';
import { childUnits, toRef } from '../orgunits/repository.ts';
import { personBriefs } from '../people/scope.ts';
import type { TracingSpeed } from './schema.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';

/** The default period: the last 30 days. */
export const DEFAULT_DAYS = 30;
const SLOWEST = 10;

interface TraceRow {
  caseId: number;
  personId: number;
  unitId: number;
  unitPath: string;
  positiveAt: Date;
  firstListedAt: Date | null;
  firstQuarantinedAt: Date | null;
  firstTestedAt: Date | null;
}

/**
 * Quarantined: the F1's quarantine for this exposure (linked to the contact, or starting on
 * or after the exposure), timed by when it was recorded. Tested: the F1's first sample taken
 * on or after the exposure day (Vietnam time).
 */
async function caseTraces(db: Queryable, path: string, from: Date, to: Date): Promise<TraceRow[]> {
  return db.query<TraceRow>({
    text: `select k.id as "caseId", k.person_id as "personId", k.unit_id as "unitId", o.path as "unitPath",
             coalesce(t.result_at, k.confirmed_at) as "positiveAt",
             (select min(c.listed_at) from contact c where c.source_person_id = k.person_id) as "firstListedAt",
             (select min(q.created_at) from contact c join quarantine q on q.person_id = c.person_id
                and (q.contact_id = c.id or q.start_date >= c.exposure_date)
              where c.source_person_id = k.person_id) as "firstQuarantinedAt",
             (select min(lt.sampled_at) from contact c join lab_test lt on lt.person_id = c.person_id
                and lt.sampled_at >= (c.exposure_date::timestamp - interval '7 hours') at time zone 'UTC'
              where c.source_person_id = k.person_id) as "firstTestedAt"
           from covid_case k
           join org_unit o on o.id = k.unit_id
           left join lab_test t on t.id = k.confirming_test_id
           where o.path ~>=~ $1 and o.path ~<~ subtree_end($1) and k.confirmed_at >= $2 and k.confirmed_at < $3`,
    values: [path, from, to],
  });
}

const toTrace = (r: TraceRow): CaseTrace => ({
  positiveAt: r.positiveAt.getTime(),
  firstListedAt: r.firstListedAt?.getTime() ?? null,
  firstQuarantinedAt: r.firstQuarantinedAt?.getTime() ?? null,
  firstTestedAt: r.firstTestedAt?.getTime() ?? null,
});

export async function tracingSpeed(
  db: Queryable,
  actor: Actor,
  unitId: number,
  range: { from?: string | undefined; to?: string | undefined },
  lang: Lang,
  now: Date,
): Promise<TracingSpeed> {
  const unit = await requireUnitInScope(db, actor, unitId, lang);
  const to = range.to ?? vietnamToday(now);
  const from = range.from ?? addDays(to, -(DEFAULT_DAYS - 1));
  const [rows, children] = await Promise.all([
    caseTraces(db, unit.path, vietnamDayStart(from), vietnamDayStart(addDays(to, 1))),
    unit.level < 3 ? childUnits(db, unit.id, to) : Promise.resolve([]),
  ]);
  const traced = rows.map((r) => ({ ...toTrace(r), row: r }));
  const slow = slowest(traced, now.getTime(), SLOWEST);
  const briefs = await personBriefs(db, actor, slow.map((t) => t.row.personId));
  return {
    unit: toRef(unit),
    from,
    to,
    overall: summarise(traced),
    children: children.map((c) => ({
      unit: toRef(c),
      summary: summarise(traced.filter((t) => t.row.unitPath.startsWith(c.path))),
    })),
    slowest: slow.map((t) => {
      const h = stepHours(t);
      return {
        caseId: Number(t.row.caseId),
        person: briefs.get(t.row.personId)!,
        unitId: t.row.unitId,
        positiveAt: t.row.positiveAt.toISOString(),
        ...h,
        waiting: h.listed === null ? hoursAfter(t.positiveAt, now.getTime()) : null,
      };
    }),
  };
}
