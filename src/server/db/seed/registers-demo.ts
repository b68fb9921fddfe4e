/**
 * Demo registers for one district (Hạ Long, where the demo clerk and officer work): treatment
 * and quarantine facilities across the province, and two weeks of cases with their tests,
 * contacts (F1, F2) and quarantines, written through the same services as the app, so that
 * every rule (case confirmation, classification, quarantine policy) applies as in real use.
 * Deterministic: a seeded generator, no Math.random().
 */
import { addDays } from '../../../domain/dates.ts';
import type { Actor } from '../../modules/auth/policy.ts';
import { changeStatus } from '../../modules/cases/service.ts';
import { addContactsBatch, markReached } from '../../modules/contacts/service.ts';
import { createFacility } from '../../modules/facilities/service.ts';
import { recordTest } from '../../modules/labtests/service.ts';
import { createPerson } from '../../modules/people/service.ts';
import type { NewPerson } from '../../modules/people/schema.ts';
import { upsertRegisterUnit } from '../../modules/registers/repository.ts';
import type { Db, Queryable } from '../client.ts';
import { sql } from '../sql.ts';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Phan', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Thành'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Hồng', 'Phương'];
const GIVEN_M = ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Khánh', 'Long', 'Nam', 'Phong', 'Quân', 'Sơn', 'Tuấn', 'Việt'];
const GIVEN_F = ['Anh', 'Chi', 'Dung', 'Hà', 'Hạnh', 'Hoa', 'Hương', 'Lan', 'Linh', 'Mai', 'Nga', 'Oanh', 'Thảo', 'Trang'];
const STREETS = ['Lê Thánh Tông', 'Hạ Long', 'Cao Thắng', 'Trần Hưng Đạo', 'Nguyễn Văn Cừ', 'Hoàng Quốc Việt'];

/** Park–Miller: the same sequence on every machine. */
function generator(seed: number) {
  let s = seed % 2147483647 || 1;
  const next = () => (s = (s * 48271) % 2147483647) / 2147483647;
  return { next, pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! , int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)) };
}
type Gen = ReturnType<typeof generator>;

function demoPerson(g: Gen, unitId: number, serial: number): NewPerson {
  const male = g.next() < 0.5;
  const year = g.int(1940, 2015);
  const withId = g.next() < 0.7;
  return {
    fullName: `${g.pick(FAMILY)} ${g.pick(male ? MIDDLE_M : MIDDLE_F)} ${g.pick(male ? GIVEN_M : GIVEN_F)}`,
    birthDate: `${year}-${String(g.int(1, 12)).padStart(2, '0')}-${String(g.int(1, 28)).padStart(2, '0')}`,
    sex: male ? 'male' : 'female',
    // 022 is Quảng Ninh's CCCD prefix; the serial keeps them unique
    nationalId: withId ? `022${male ? '0' : '1'}${String(year).slice(2)}${String(serial).padStart(6, '0')}` : null,
    phone: g.next() < 0.85 ? `09${String(g.int(10_000_000, 99_999_999))}` : null,
    unitId,
    address: `Số ${g.int(1, 200)} ${g.pick(STREETS)}`,
    workplace: null,
    notDuplicateOf: [],
  };
}

const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+07:00`);

export async function seedDemoRegisters(db: Db, actor: Actor, today: string, days = 14): Promise<{ cases: number; contacts: number }> {
  const units = await db.query<{ id: number; code: string; level: number; path: string }>(sql`
    select u.id, u.code, u.level, u.path from org_unit u join org_unit p on u.path ~>=~ p.path and u.path ~<~ subtree_end(p.path)
    where p.code = '22' and u.level in (2, 3) and u.valid_to is null order by u.code`);
  const districts = units.filter((u) => u.level === 2);
  const haLong = districts.find((d) => d.code === '193');
  if (!haLong) return { cases: 0, contacts: 0 };
  // the demo clerk's commune (Hồng Gai) and five more
  const inHaLong = units.filter((u) => u.level === 3 && u.path.startsWith(haLong.path));
  const communes = [...inHaLong.filter((u) => u.code === '06691'), ...inHaLong.filter((u) => u.code !== '06691').slice(0, 5)];
  const g = generator(2021);

  // Treatment beds in every district of the province (some short of the seed rule), two quarantine sites in Hạ Long.
  const { site, hospital } = await db.transaction(async (tx) => {
    for (const d of districts) {
      const beds = d.code === '193' ? 0 : g.int(40, 260);
      if (beds) await createFacility(tx, actor, { unitId: d.id, kind: 'treatment', tier: 1, name: `Cơ sở thu dung, điều trị COVID-19 tầng 1 — ${d.code}`, beds, active: true }, 'vi');
    }
    await createFacility(tx, actor, { unitId: haLong.id, kind: 'treatment', tier: 1, name: 'Trạm y tế lưu động phường Hồng Gai', beds: 60, active: true }, 'vi');
    const hospital = await createFacility(tx, actor, { unitId: haLong.id, kind: 'treatment', tier: 2, name: 'Bệnh viện dã chiến số 1 Hạ Long', beds: 150, icuBeds: 10, active: true }, 'vi');
    await createFacility(tx, actor, { unitId: haLong.id, kind: 'treatment', tier: 3, name: 'Bệnh viện Bãi Cháy', beds: 60, icuBeds: 20, active: true }, 'vi');
    await createFacility(tx, actor, { unitId: haLong.id, kind: 'quarantine', name: 'Khu cách ly tập trung Trường Cao đẳng Y tế Quảng Ninh', beds: 300, active: true }, 'vi');
    const site = await createFacility(tx, actor, { unitId: haLong.id, kind: 'quarantine', name: 'Khu cách ly tập trung Ký túc xá Đại học Hạ Long', beds: 120, active: true }, 'vi');
    return { site, hospital };
  });
  for (const c of communes) await upsertRegisterUnit(db, c.id, addDays(today, -(days - 1)), actor.id);

  let serial = 0;
  let cases = 0;
  let contacts = 0;
  const newPerson = async (tx: Queryable, unitId: number, now: Date) => {
    const input = demoPerson(g, unitId, ++serial);
    try {
      return (await createPerson(tx, actor, input, 'vi', now)).id;
    } catch {
      return null; // a generated look-alike of someone already registered: skip it
    }
  };
  // up to yesterday: today's figures are the user's to enter
  for (let back = days - 1; back >= 1; back--) {
    const day = addDays(today, -back);
    for (const commune of communes) {
      if (g.next() < 0.45) continue;
      const now = at(day, 16);
      const index = await db.transaction((tx) => newPerson(tx, commune.id, now));
      if (!index) continue;
      const { case: confirmed } = await recordTest(db, actor, {
        personId: index, unitId: commune.id, kind: 'pcr', sampledAt: at(day, 8).toISOString(), place: 'Trạm y tế',
        lab: 'CDC Quảng Ninh', result: 'positive', resultAt: at(day, 14).toISOString(), symptoms: g.next() < 0.5,
      }, 'vi', now);
      if (!confirmed) continue;
      cases++;
      // a quarter go to hospital the next day; patients recover after a week or so
      const toHospital = g.next() < 0.25;
      if (toHospital && back >= 2) {
        const at1 = at(addDays(day, 1), 10);
        await changeStatus(db, actor, confirmed.id, { status: 'hospital_t2', at: at1.toISOString(), facilityId: hospital.id }, 'vi', at1);
      }
      const recoverAfter = toHospital ? 10 : 7;
      if (back > recoverAfter) {
        const at2 = at(addDays(day, recoverAfter), 9);
        await changeStatus(db, actor, confirmed.id, { status: 'recovered', at: at2.toISOString() }, 'vi', at2);
      }
      const f1 = await db.transaction(async (tx) => {
        const ids: number[] = [];
        for (let i = 0, n = g.int(2, 5); i < n; i++) {
          const id = await newPerson(tx, commune.id, now);
          if (id) ids.push(id);
        }
        return ids;
      });
      if (!f1.length) continue;
      const tracedAt = at(day, g.int(17, 22));
      const rows = f1.map((personId, i) => ({
        personId,
        exposureType: i === 0 ? ('household' as const) : g.pick(['household', 'workplace', 'venue'] as const),
        exposureDate: addDays(day, -1),
        place: null,
        quarantine: { fullyVaccinated: g.next() < 0.8, ...(g.next() < 0.2 ? { place: 'centralised' as const, facilityId: site.id } : {}) },
      }));
      const listed = await addContactsBatch(db, actor, { sourcePersonId: index, rows }, 'vi', tracedAt);
      contacts += rows.length;
      // most are reached by phone within the hour; a few are still being looked for
      const reachedAt = new Date(tracedAt.getTime() + 3_600_000);
      for (const c of listed.contacts) {
        if (g.next() < 0.85) await markReached(db, actor, c.contactId, reachedAt.toISOString(), 'vi', reachedAt);
      }
      const f2 = await db.transaction((tx) => newPerson(tx, commune.id, tracedAt));
      if (f2) {
        const row = { personId: f2, exposureType: 'household' as const, exposureDate: day, place: null, quarantine: { fullyVaccinated: true } };
        await addContactsBatch(db, actor, { sourcePersonId: f1[0]!, rows: [row] }, 'vi', at(day, 23));
        contacts++;
      }
    }
  }
  return { cases, contacts };
}
