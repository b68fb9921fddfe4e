/**
 * Demo data, only in demo mode: generated populations (marked is_demo), a plausible
 * epidemic over the last N days for every commune, and demo users. Deterministic: the
 * same codes and dates give the same figures (hashtext of code and date, no random()).
 */
import { addDays } from '../../../domain/dates.ts';
import { sql } from '../sql.ts';
import type { Queryable } from '../client.ts';
import type { Role } from '../../modules/auth/schema.ts';

/** A uniform number in [0, 1) from a string, in SQL. */
const u = (expr: string) => `((abs(hashtext(${expr})) % 100000) / 100000.0::float8)`; // float8: numeric maths is slow (and float8 exp() underflows: keep exponents small)

export async function seedDemoPopulation(db: Queryable, year: number): Promise<void> {
  await db.execute({
    text: `insert into population (unit_id, year, total, age_18plus, age_50plus, age_12_17, age_15_17, age_5_11, is_demo, source)
      select id, $1, t, round(t * (0.66 + 0.08 * ${u("code || 'a'")})), round(t * (0.22 + 0.08 * ${u("code || 'b'")})),
        a12, round(a12 * 0.5), round(t * (0.10 + 0.03 * ${u("code || 'd'")})), true,
        'Số liệu minh hoạ (demo), không phải số liệu thống kê chính thức'
      from (select id, code, t, round(t * (0.08 + 0.02 * ${u("code || 'c'")})) as a12
            from (select id, code, round(case kind when 'phuong' then 14000 when 'thi-tran' then 10000 else 7500 end
                         * (0.4 + 1.2 * ${u("code || 'p'")}))::int as t
                  from org_unit where level = 3) p) c`,
    values: [year],
  });
}

/**
 * Each province has one wave (peak day and height from its code); a commune's daily new
 * community cases follow its population and the wave. The other indicators follow the
 * cases, so that the form's rules hold (current quarantine = last 7 days' new arrivals).
 */
export async function seedDemoEpidemic(
  db: Queryable,
  q: { formId: number; days: number; today: string; nowIso: string; provinceCodes?: string[] },
): Promise<number> {
  const from = addDays(q.today, -(q.days - 1));
  return db.execute({
    text: `
    with waves as (
      select id, path, 5 + 60 * ${u('code')} as height, (abs(hashtext(code)) % 70) as ago, 12.0 + 10 * ${u("code || 'w'")} as width
      from org_unit where level = 1 and ($5::text[] is null or code = any($5::text[]))
    ),
    base as (
      select c.id as unit_id, c.code, g.d::date as period, p.total as pop,
        greatest(0, (p.total / 100000.0::float8) * (0.5 + w.height * exp(-least(power(((g.d::date - $2::date) + w.ago) / w.width, 2), 50)))) as lambda,
        -- three uniform numbers from one hash of the commune and the day (10 bits each)
        (h & 1023) / 1024.0::float8 as r1, ((h >> 10) & 1023) / 1024.0::float8 as r2, ((h >> 20) & 1023) / 1024.0::float8 as r3
      from waves w
      join org_unit c on c.level = 3 and c.path ~>=~ w.path and c.path ~<~ subtree_end(w.path)
      join population p on p.unit_id = c.id
      cross join generate_series($3::date, $2::date, interval '1 day') as g(d)
      cross join lateral (select hashtext(c.code || g.d::date::text) as h) hashed
    ),
    daily as (
      -- floor(x + u) with u uniform on [0, 1) has mean x: small rates still give some cases
      select *, floor(lambda * 2 * r1 + r2)::int as community, floor(lambda * 0.7 * r2 + r3)::int as quarantined,
        floor(pop * 0.0004 * r3)::int as cq_in, floor(pop * 0.0015 * r2)::int as hq_in
      from base
    ),
    full_vals as (
      select d.*, sum(cq_in) over w as cq_now, sum(hq_in) over w as hq_now,
        floor(pop * 0.004 * r2)::int + 3 * (community + quarantined) as samples
      from daily d
      window w as (partition by unit_id order by period rows between 6 preceding and current row)
    ),
    timing as (
      select f.*,
        -- reports arrive between 14:30 and 18:00 local time; a few units miss some days
        (period + interval '7 hours 30 minutes' + (r3 * 210) * interval '1 minute') as submitted_at,
        (r1 * 1000)::int % 37 = 0 and period < $2::date as missing_day,
        period = $2::date and r2 > 0.7 as not_yet
      from full_vals f
    )
    insert into report (form_id, unit_id, period, status, vals, first_submitted_at, submitted_at, on_time, reviewed_at, updated_at)
    select $1, unit_id, period,
      case when period >= $2::date - 1 then 'submitted' else 'approved' end,
      jsonb_build_object(
        'f0_community', community, 'f0_quarantined', quarantined,
        'deaths', floor(lambda * 0.02 * r1 + r3)::int, 'recovered', floor(lambda * 2.4 * r3 + r1)::int,
        'hospital_current', floor(lambda * 6 * r2 + r1)::int,
        'cq_new', cq_in, 'cq_current', cq_now, 'hq_new', hq_in, 'hq_current', hq_now,
        'pcr_samples', samples, 'pcr_persons', samples * (1 + floor(r1 * 4)::int),
        'rapid_tests', floor(pop * 0.003 * r3)::int,
        'f1_traced', (community + quarantined) * (3 + floor(r2 * 8)::int), 'f2_traced', floor((community + quarantined) * 10 * r1)::int,
        'returnees', floor(pop * 0.0008 * r1)::int, 'returnees_positive', floor(pop * 0.0008 * r1 * 0.03 * r2)::int,
        'vax_dose1', floor(pop * 0.001 * r1)::int, 'vax_dose2', floor(pop * 0.002 * r2)::int, 'vax_dose3', floor(pop * 0.004 * r3)::int
      ),
      submitted_at, submitted_at, submitted_at <= period + interval '10 hours',
      case when period < $2::date - 1 then submitted_at + interval '3 hours' end, $4::timestamptz
    from timing
    where not missing_day and not not_yet and (period < $2::date or submitted_at <= $4::timestamptz)`,
    values: [q.formId, q.today, from, q.nowIso, q.provinceCodes ?? null],
  });
}

export interface DemoUser {
  username: string;
  fullName: string;
  role: Role;
  unitCode: string;
}

export const DEMO_PASSWORD = 'EpiCenter@2021';
export const DEMO_USERS: DemoUser[] = [
  { username: 'xa.honggai', fullName: 'Nguyễn Thị Lan (Văn thư)', role: 'clerk', unitCode: '06691' },
  { username: 'tp.halong', fullName: 'Trần Văn Hùng (TTCH TP Hạ Long)', role: 'officer', unitCode: '193' },
  { username: 'tinh.quangninh', fullName: 'Phạm Minh Đức (TTCH tỉnh)', role: 'officer', unitCode: '22' },
  { username: 'trunguong', fullName: 'Lê Thu Hà (BCĐ Quốc gia)', role: 'admin', unitCode: 'VN' },
];

export async function unitIdByCode(db: Queryable, code: string): Promise<number> {
  const rows = await db.query<{ id: number }>(sql`select id from org_unit where code = ${code} and valid_to is null`);
  if (!rows[0]) throw new Error(`unit ${code} not found`);
  return rows[0].id;
}
