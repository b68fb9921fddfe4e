import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';
import type { CaseStatus } from '../../../domain/case-status.ts';
import { DEFAULT_QUARANTINED_MEANS, type DetectionFacts, type QuarantinedMeans } from '../../../domain/case-detection.ts';

export interface CaseRow {
  id: number;
  personId: number;
  unitId: number;
  unitPath: string;
  confirmedAt: Date;
  confirmingTestId: number | null;
  ruleVersion: number | null;
  origin: 'imported' | 'domestic';
  detection: 'community' | 'quarantine';
  infectedPlace: string | null;
  symptomOnset: string | null;
  clusterId: number | null;
  status: CaseStatus;
  statusSince: Date;
  facilityId: number | null;
}

export const caseColumns = `k.id, k.person_id as "personId", k.unit_id as "unitId", o.path as "unitPath", k.confirmed_at as "confirmedAt",
  k.confirming_test_id as "confirmingTestId", k.rule_version as "ruleVersion", k.origin, k.detection,
  k.infected_place as "infectedPlace", to_char(k.symptom_onset, 'YYYY-MM-DD') as "symptomOnset", k.cluster_id as "clusterId",
  k.status, k.status_since as "statusSince", k.facility_id as "facilityId"`;

export async function findCase(db: Queryable, id: number, forUpdate = false): Promise<CaseRow | undefined> {
  const rows = await db.query<CaseRow>({
    text: `select ${caseColumns} from covid_case k join org_unit o on o.id = k.unit_id where k.id = $1 ${forUpdate ? 'for update of k' : ''}`,
    values: [id],
  });
  return rows[0];
}

export async function caseIdByClientId(db: Queryable, clientId: string): Promise<number | undefined> {
  const rows = await db.query<{ id: number }>(sql`select id from covid_case where client_id = ${clientId}`);
  return rows[0]?.id;
}

/** The person's case that has not ended (neither recovered nor died). */
export async function activeCaseOf(db: Queryable, personId: number): Promise<number | undefined> {
  const rows = await db.query<{ id: number }>(sql`
    select id from covid_case where person_id = ${personId} and status not in ('recovered', 'died')
    order by confirmed_at desc limit 1`);
  return rows[0]?.id;
}

/** The province's setting in force on `date`, or the default. */
export async function quarantinedMeansOn(db: Queryable, provinceId: number | null, date: string): Promise<QuarantinedMeans> {
  if (provinceId === null) return DEFAULT_QUARANTINED_MEANS;
  const rows = await db.query<{ means: QuarantinedMeans }>(sql`
    select quarantined_means as means from case_classification_setting
    where province_id = ${provinceId} and valid_from <= ${date}::date order by valid_from desc limit 1`);
  return rows[0]?.means ?? DEFAULT_QUARANTINED_MEANS;
}

/** What the person's record said just before the confirmation. */
export async function detectionFacts(db: Queryable, personId: number, at: Date, day: string): Promise<DetectionFacts> {
  const rows = await db.query<{ place: 'centralised' | 'home' | null; listed: boolean }>(sql`
    select (select place from quarantine where person_id = ${personId} and status = 'active' and start_date <= ${day}::date limit 1) as place,
      exists (select 1 from contact where person_id = ${personId} and listed_at <= ${at}) as listed`);
  return { quarantinePlace: rows[0]?.place ?? null, listedContact: rows[0]?.listed ?? false };
}

export interface NewCaseRow {
  clientId: string | null;
  personId: number;
  unitId: number;
  confirmedAt: Date;
  confirmingTestId: number | null;
  ruleVersion: number | null;
  origin: 'imported' | 'domestic';
  detection: 'community' | 'quarantine';
  infectedPlace: string | null;
  symptomOnset: string | null;
  clusterId: number | null;
  userId: number;
}

export async function insertCase(db: Queryable, c: NewCaseRow): Promise<number> {
  const rows = await db.query<{ id: number }>(sql`
    insert into covid_case (client_id, person_id, unit_id, confirmed_at, confirming_test_id, rule_version, origin, detection,
      infected_place, symptom_onset, cluster_id, status, status_since, created_by)
    values (${c.clientId}, ${c.personId}, ${c.unitId}, ${c.confirmedAt}, ${c.confirmingTestId}, ${c.ruleVersion}, ${c.origin},
      ${c.detection}, ${c.infectedPlace}, ${c.symptomOnset}::date, ${c.clusterId}, 'home_care', ${c.confirmedAt}, ${c.userId})
    returning id`);
  return rows[0]!.id;
}

export async function insertStatus(
  db: Queryable,
  s: { caseId: number; status: CaseStatus; at: Date; facilityId: number | null; note: string | null; userId: number },
): Promise<void> {
  await db.execute(sql`
    insert into case_status (case_id, status, at, facility_id, note, created_by)
    values (${s.caseId}, ${s.status}, ${s.at}, ${s.facilityId}, ${s.note}, ${s.userId})`);
  await db.execute(sql`
    update covid_case set status = ${s.status}, status_since = ${s.at}, facility_id = ${s.facilityId} where id = ${s.caseId}`);
}

export async function updateCaseDetails(
  db: Queryable,
  id: number,
  d: { origin: string; infectedPlace: string | null; clusterId: number | null; symptomOnset: string | null },
): Promise<void> {
  await db.execute(sql`
    update covid_case set origin = ${d.origin}, infected_place = ${d.infectedPlace}, cluster_id = ${d.clusterId},
      symptom_onset = ${d.symptomOnset}::date where id = ${id}`);
}

export interface StatusRow {
  status: CaseStatus;
  at: Date;
  facilityId: number | null;
  facilityName: string | null;
  note: string | null;
}

export async function statusHistory(db: Queryable, caseId: number): Promise<StatusRow[]> {
  return db.query<StatusRow>(sql`
    select s.status, s.at, s.facility_id as "facilityId", f.name as "facilityName", s.note
    from case_status s left join facility f on f.id = s.facility_id where s.case_id = ${caseId} order by s.at, s.id`);
}
