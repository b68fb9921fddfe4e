import { fileURLToPath } from 'node:url';
import { addDays, vietnamToday } from '../../../domain/dates.ts';
import { sql } from '../sql.ts';
import type { Db } from '../client.ts';
import type { Actor } from '../../modules/auth/policy.ts';
import type { Role } from '../../modules/auth/schema.ts';
import { createUser } from '../../modules/auth/service.ts';
import type { UnitRef } from '../../http/common-schema.ts';
import { findForm, insertForm } from '../../modules/forms/repository.ts';
import { rebuildRollups } from '../../modules/rollups/repository.ts';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoEpidemic, seedDemoPopulation, unitIdByCode } from './demo.ts';
import { seedDemoCommand, seedDemoDuty } from './command-demo.ts';
import { seedDemoLevels } from './levels-demo.ts';
import { seedDemoRegisters } from './registers-demo.ts';
import { seedDemoVaccination } from './vaccination-demo.ts';
import { situationForm } from './situation-form.ts';
import { importUnitsFromFile } from './units.ts';

export const GSO_2021_FILE = fileURLToPath(new URL('../../../../data/units/gso-2021.csv', import.meta.url));

export interface SeedOptions {
  demo: boolean;
  /** days of demo epidemic up to today */
  demoDays?: number;
  /** limit the demo epidemic to these provinces (tests) */
  demoProvinces?: string[];
  /** demo case registers for Hạ Long (default true; the tests start from empty registers) */
  demoRegisters?: boolean;
  now?: Date;
  /** join links of the demo conferences (the server's CONFERENCE_LINK_PATTERN); none when absent */
  conferenceLinkPattern?: string | null;
  log?: (line: string) => void;
}

/**
 * First start: the administrative units and the situation form; in demo mode also demo
 * populations, epidemic and users. Does nothing on a database that already has units.
 */
export async function seed(db: Db, opts: SeedOptions): Promise<{ seeded: boolean }> {
  const log = opts.log ?? (() => undefined);
  const [{ n }] = (await db.query<{ n: number }>(sql`select count(*)::int as n from org_unit`)) as [{ n: number }];
  if (n > 0) return { seeded: false };
  const now = opts.now ?? new Date();
  const today = vietnamToday(now);
  const days = opts.demoDays ?? 90;
  await db.transaction(async (tx) => {
    const counts = await importUnitsFromFile(tx, GSO_2021_FILE);
    log(`Đơn vị hành chính: ${counts.join(' / ')} (toàn quốc / tỉnh / huyện / xã)`);
    await insertForm(tx, situationForm(opts.demo ? addDays(today, -(days - 1)) : '2021-01-01'));
  });
  if (!opts.demo) return { seeded: true };

  const form = (await findForm(db, 'BCTH-NGAY'))!;
  const provinces =
    opts.demoProvinces ?? (await db.query<{ code: string }>(sql`select code from org_unit where level = 1 order by code`)).map((p) => p.code);
  const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} giây`;
  await db.transaction(async (tx) => {
    await seedDemoPopulation(tx, Number(today.slice(0, 4)));
    log(`Dữ liệu minh hoạ: ${days} ngày dịch bệnh ở ${provinces.length} tỉnh/thành phố (chỉ làm một lần)…`);
    const started = Date.now();
    let reports = 0;
    for (const [i, code] of provinces.entries()) {
      reports += await seedDemoEpidemic(tx, { formId: form.id, days, today, nowIso: now.toISOString(), provinceCodes: [code] });
      if ((i + 1) % 8 === 0 || i === provinces.length - 1) {
        log(`  ${progressBar((i + 1) / provinces.length)} ${i + 1}/${provinces.length} tỉnh, ${reports.toLocaleString('vi-VN')} báo cáo, ${seconds(started)}`);
      }
    }
    const rollupStart = Date.now();
    await rebuildRollups(tx, form);
    log(`  Tổng hợp theo huyện, tỉnh, toàn quốc: ${seconds(rollupStart)}`);
    for (const u of DEMO_USERS) {
      await createUser(tx, null, { ...u, password: DEMO_PASSWORD, unitId: await unitIdByCode(tx, u.unitCode), isDemo: true });
    }
  });
  if (opts.demoRegisters !== false) {
    const started = Date.now();
    const actor = await actorOf(db, DEMO_USERS.find((u) => u.role === 'admin' && u.unitCode === 'VN')!.username);
    const r = await seedDemoRegisters(db, actor, today);
    log(`  Sổ theo dõi ca bệnh minh hoạ (Hạ Long): ${r.cases} ca bệnh, ${r.contacts} người tiếp xúc, ${seconds(started)}`);
    const v = await seedDemoVaccination(db, actor, today);
    log(`  Tiêm chủng minh hoạ (Hạ Long): ${v.doses} mũi tiêm, một chiến dịch toàn quốc`);
    const duty = await seedDemoDuty(db, actor, today);
    const users = (role: string, unitCode: string) => actorOf(db, DEMO_USERS.find((u) => u.role === role && u.unitCode === unitCode)!.username);
    const c = await seedDemoCommand(db, { nation: actor, province: await users('officer', '22'), district: await users('officer', '193') }, now, { conferenceLinkPattern: opts.conferenceLinkPattern ?? null });
    log(`  Chỉ đạo điều hành minh hoạ: ${c.conferences} hội nghị trực tuyến (${c.sites.toLocaleString('vi-VN')} điểm cầu), thông báo kết luận 125/TB-BCĐ với ${c.tasks} nhiệm vụ, ${duty.shifts} ca trực lãnh đạo`);
    const lv = await seedDemoLevels(db, { nation: actor, province: await users('officer', '22') }, now); log(`  Cấp độ dịch minh hoạ: ${lv.weeks} tuần gần nhất, ${lv.units.toLocaleString('vi-VN')} đơn vị mỗi tuần, ${(lv.ms / 1000).toFixed(0)} giây`);
  }
  return { seeded: true };
}

/** A user as the services see one, for data written on a user's behalf at first start. */
async function actorOf(db: Db, username: string): Promise<Actor> {
  const [u] = await db.query<{ id: number; fullName: string; role: Role; unit: UnitRef; unitPath: string }>(sql`
    select a.id, a.full_name as "fullName", a.role, o.path as "unitPath",
      json_build_object('id', o.id, 'code', o.code, 'name', o.name, 'fullName', o.full_name, 'level', o.level) as unit
    from app_user a join org_unit o on o.id = a.unit_id where a.username = ${username}`);
  if (!u) throw new Error(`no user ${username}`);
  return { ...u, username, csrfToken: '' };
}

function progressBar(share: number, width = 20): string {
  const full = Math.round(share * width);
  return `[${'#'.repeat(full)}${'.'.repeat(width - full)}]`;
}
