/** The case list: filters, accent-insensitive search, and the rows as replies carry them. */
import { addDays, vietnamDayStart } from '../../../domain/dates.ts';
import { foldVietnamese } from '../../../domain/text.ts';
import type { Queryable } from '../../db/client.ts';
import type { CaseQuery, CaseSummary } from './schema.ts';

interface SummaryRow {
  id: number;
  personId: number;
  fullName: string;
  birthDate: string | null;
  sex: string | null;
  unitId: number;
  unitCode: string;
  unitName: string;
  unitFullName: string;
  unitLevel: number;
  confirmedAt: Date;
  origin: CaseSummary['origin'];
  detection: CaseSummary['detection'];
  infectedPlace: string | null;
  symptomOnset: string | null;
  clusterId: number | null;
  clusterName: string | null;
  status: CaseSummary['status'];
  statusSince: Date;
  facilityId: number | null;
  facilityName: string | null;
  ruleVersion: number | null;
  confirmingTestId: number | null;
}

const columns = `k.id, k.person_id as "personId", p.full_name as "fullName", p.birth_date as "birthDate", p.sex,
  k.unit_id as "unitId", o.code as "unitCode", o.name as "unitName", o.full_name as "unitFullName", o.level as "unitLevel",
  k.confirmed_at as "confirmedAt", k.origin, k.detection, k.infected_place as "infectedPlace",
  to_char(k.symptom_onset, 'YYYY-MM-DD') as "symptomOnset", k.cluster_id as "clusterId", c.name as "clusterName",
  k.status, k.status_since as "statusSince", k.facility_id as "facilityId", f.name as "facilityName",
  k.rule_version as "ruleVersion", k.confirming_test_id as "confirmingTestId"`;

const from = `covid_case k join person p on p.id = k.person_id join org_unit o on o.id = k.unit_id
  join org_unit r on r.id = p.unit_id
  left join cluster c on c.id = k.cluster_id left join facility f on f.id = k.facility_id`;

export const toSummary = (r: SummaryRow): CaseSummary => ({
  id: r.id,
  person: { id: r.personId, fullName: r.fullName, birthYear: r.birthDate ? Number(r.birthDate.slice(0, 4)) : null, sex: r.sex },
  unit: { id: r.unitId, code: r.unitCode, name: r.unitName, fullName: r.unitFullName, level: r.unitLevel },
  confirmedAt: r.confirmedAt.toISOString(),
  origin: r.origin,
  detection: r.detection,
  infectedPlace: r.infectedPlace,
  symptomOnset: r.symptomOnset,
  clusterId: r.clusterId,
  clusterName: r.clusterName,
  status: r.status,
  statusSince: r.statusSince.toISOString(),
  facilityId: r.facilityId,
  facilityName: r.facilityName,
  ruleVersion: r.ruleVersion,
  confirmingTestId: r.confirmingTestId,
});

/** A search text: digits are a national ID or phone, anything else a name without accents. */
function searchTerms(q: string | undefined): { digits: string | null; name: string | null } {
  const text = q?.trim() ?? '';
  if (!text) return { digits: null, name: null };
  if (/^[0-9+ .-]+$/.test(text)) return { digits: text.replace(/\D/g, '').replace(/^84(?=\d{9}$)/, '0'), name: null };
  return { digits: null, name: foldVietnamese(text) };
}

/**
 * Cases registered in the unit's subtree whose person lives in the user's scope (people
 * outside it never appear, not even masked), newest first.
 */
export async function listCases(
  db: Queryable,
  f: { scopePath: string; unitPath: string; query: CaseQuery; ids?: number[] },
): Promise<{ total: number; rows: SummaryRow[] }> {
  const q = f.query;
  const { digits, name } = searchTerms(q.q);
  const where = `o.path ~>=~ $1 and o.path ~<~ subtree_end($1) and r.path ~>=~ $2 and r.path ~<~ subtree_end($2)
    and ($3::timestamptz is null or k.confirmed_at >= $3) and ($4::timestamptz is null or k.confirmed_at < $4)
    and ($5::text is null or k.status = $5 or ($5 = 'active' and k.status not in ('recovered', 'died')))
    and ($6::text is null or k.detection = $6) and ($7::text is null or k.origin = $7)
    and ($8::bigint is null or k.cluster_id = $8)
    and ($9::text is null or p.national_id = $9 or p.phone = $9)
    and ($10::text is null or p.search_name like '%' || $10 || '%')
    and ($11::bigint[] is null or k.id = any($11))`;
  const values = [
    f.unitPath, f.scopePath, q.from ? vietnamDayStart(q.from) : null, q.to ? vietnamDayStart(addDays(q.to, 1)) : null,
    q.status ?? null, q.detection ?? null, q.origin ?? null, q.clusterId ?? null, digits, name?.replace(/[\\%_]/g, '\\$&') ?? null, f.ids ?? null,
  ];
  const [count, rows] = await Promise.all([
    db.query<{ n: number }>({ text: `select count(*)::int as n from ${from} where ${where}`, values }),
    db.query<SummaryRow>({
      text: `select ${columns} from ${from} where ${where} order by k.confirmed_at desc, k.id desc limit $12 offset $13`,
      values: [...values, q.limit ?? 50, q.offset ?? 0],
    }),
  ]);
  return { total: count[0]!.n, rows };
}
