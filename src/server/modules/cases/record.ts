/** Reading cases: the list (and its export) and one case with everything around the person. */
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import type { Table } from '../../http/table-export.ts';
import { writeAudit } from '../audit/repository.ts';
import type { Actor } from '../auth/policy.ts';
import { degreesOf } from '../contacts/degree.ts';
import { personBriefs } from '../people/scope.ts';
import { listCases, toSummary } from './list.ts';
import * as repo from './repository.ts';
import type { CaseQuery, CaseRecord, CaseSummary } from './schema.ts';
import { requireCaseInScope } from './service.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';

export async function caseList(db: Queryable, actor: Actor, query: CaseQuery, lang: Lang) {
  const unit = await requireUnitInScope(db, actor, query.unitId ?? actor.unit.id, lang);
  const { total, rows } = await listCases(db, { scopePath: actor.unitPath, unitPath: unit.path, query });
  return { unit, total, items: rows.map(toSummary) };
}

/** One case by id as the list shows it, when both the case and its person are in scope. */
export async function caseSummary(db: Queryable, actor: Actor, id: number): Promise<CaseSummary | undefined> {
  const { rows } = await listCases(db, { scopePath: actor.unitPath, unitPath: actor.unitPath, query: { limit: 1 }, ids: [id] });
  return rows[0] && toSummary(rows[0]);
}

const exportHeader = {
  vi: ['Mã ca', 'Họ tên', 'Năm sinh', 'Giới tính', 'Đơn vị', 'Thời điểm xác định', 'Nguồn lây', 'Phát hiện', 'Nơi lây nhiễm', 'Ngày khởi phát', 'Ổ dịch', 'Tình trạng', 'Từ', 'Cơ sở'],
  en: ['Case', 'Full name', 'Birth year', 'Sex', 'Unit', 'Confirmed at', 'Origin', 'Detection', 'Infected at', 'Symptom onset', 'Cluster', 'Status', 'Since', 'Facility'],
};
const words = {
  vi: {
    imported: 'Nhập cảnh', domestic: 'Trong nước', community: 'Cộng đồng', quarantine: 'Trong khu cách ly',
    home_care: 'Điều trị tại nhà', centralised: 'Cách ly tập trung', hospital_t1: 'Bệnh viện tầng 1', hospital_t2: 'Bệnh viện tầng 2',
    hospital_t3: 'Bệnh viện tầng 3', recovered: 'Khỏi bệnh', died: 'Tử vong', male: 'Nam', female: 'Nữ', other: 'Khác',
  },
  en: {
    imported: 'Imported', domestic: 'Domestic', community: 'Community', quarantine: 'In quarantine',
    home_care: 'Home care', centralised: 'Centralised facility', hospital_t1: 'Hospital tier 1', hospital_t2: 'Hospital tier 2',
    hospital_t3: 'Hospital tier 3', recovered: 'Recovered', died: 'Died', male: 'Male', female: 'Female', other: 'Other',
  },
} as const;
type Word = keyof (typeof words)['vi'];

export const MAX_EXPORT = 100_000;

/** The filtered list as a table to download; an export of personal data is audited as a view. */
export async function exportCases(db: Db, actor: Actor, query: CaseQuery, lang: Lang): Promise<Table> {
  const { unit, items } = await caseList(db, actor, { ...query, limit: MAX_EXPORT, offset: 0 }, lang);
  await writeAudit(db, {
    userId: actor.id, unitId: unit.id, action: 'view', entity: 'person', entityId: `cases-export:${unit.code}`,
    before: null, after: { filter: { ...query, format: undefined }, people: items.length },
  });
  const w = (k: string | null) => (k ? (words[lang][k as Word] ?? k) : null);
  return {
    fileName: `ca-benh-${unit.code}`,
    title: `${lang === 'vi' ? 'Danh sách ca bệnh' : 'Cases'} — ${unit.fullName}`,
    sheetName: lang === 'vi' ? 'Ca bệnh' : 'Cases',
    header: exportHeader[lang],
    rows: items.map((c) => [
      c.id, c.person.fullName, c.person.birthYear, w(c.person.sex), c.unit.fullName, c.confirmedAt, w(c.origin), w(c.detection),
      c.infectedPlace, c.symptomOnset, c.clusterName, w(c.status), c.statusSince, c.facilityName,
    ]),
  };
}

/**
 * A case with its person, status timeline, the person's tests, contacts (with degrees) and
 * quarantines. Reading it is a view of the person's record, so it is audited.
 */
export async function viewCase(db: Db, actor: Actor, id: number, lang: Lang): Promise<CaseRecord> {
  const row = await requireCaseInScope(db, actor, id, lang);
  const summary = await caseSummary(db, actor, id);
  // the case's unit is in scope but the person lives elsewhere: the person does not exist for this user
  if (!summary) throw new AppError('not_found', msg('notFound', lang));
  const personId = row.personId;
  const [timeline, tests, contacts, quarantines] = await Promise.all([
    repo.statusHistory(db, id),
    db.query<CaseRecord['tests'][number] & { sampledAt: Date; resultAt: Date | null }>({
      text: `select id, kind, sampled_at as "sampledAt", place, lab, result, result_at as "resultAt", symptoms, pool_id as "poolId"
        from lab_test where person_id = $1 order by sampled_at`,
      values: [personId],
    }),
    db.query<{ id: number; direction: 'contact' | 'source'; otherId: number; exposureType: string; exposureDate: string; place: string | null }>({
      text: `select id, 'contact' as direction, person_id as "otherId", exposure_type as "exposureType", to_char(exposure_date, 'YYYY-MM-DD') as "exposureDate", place
          from contact where source_person_id = $1
        union all
        select id, 'source', source_person_id, exposure_type, to_char(exposure_date, 'YYYY-MM-DD'), place from contact where person_id = $1
        order by 5, 1`,
      values: [personId],
    }),
    db.query<CaseRecord['quarantines'][number]>({
      text: `select q.id, q.place, f.name as "facilityName", to_char(q.start_date, 'YYYY-MM-DD') as "startDate",
          to_char(q.end_date, 'YYYY-MM-DD') as "endDate", q.status, to_char(q.released_on, 'YYYY-MM-DD') as "releasedOn"
        from quarantine q left join facility f on f.id = q.facility_id where q.person_id = $1 order by q.start_date`,
      values: [personId],
    }),
  ]);
  const others = contacts.map((c) => c.otherId);
  const [briefs, degrees] = await Promise.all([personBriefs(db, actor, [personId, ...others]), degreesOf(db, others)]);
  await writeAudit(db, {
    userId: actor.id, unitId: row.unitId, action: 'view', entity: 'person', entityId: String(personId), before: null, after: { caseId: id },
  });
  return {
    case: summary,
    person: briefs.get(personId)!,
    timeline: timeline.map((s) => ({ ...s, at: s.at.toISOString() })),
    tests: tests.map((t) => ({ ...t, sampledAt: t.sampledAt.toISOString(), resultAt: t.resultAt?.toISOString() ?? null })),
    contacts: contacts.map((c) => ({
      id: c.id, direction: c.direction, person: briefs.get(c.otherId)!, degree: degrees.get(c.otherId) ?? null,
      exposureType: c.exposureType, exposureDate: c.exposureDate, place: c.place,
    })),
    quarantines,
  };
}
