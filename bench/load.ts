/**
 * The benchmark dataset, loaded in bulk in SQL with the demo generator: every commune of the
 * GSO 2021 list reporting the daily situation form for `days` days up to yesterday (a few
 * communes miss a few days, as in the demo), today left empty for the benchmark's submissions.
 */
import { addDays } from '../src/domain/dates.ts';
import type { Db } from '../src/server/db/client.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { seedDemoEpidemic, seedDemoPopulation } from '../src/server/db/seed/demo.ts';
import { GSO_2021_FILE } from '../src/server/db/seed/index.ts';
import { situationForm } from '../src/server/db/seed/situation-form.ts';
import { importUnitsFromFile } from '../src/server/db/seed/units.ts';
import { findForm, insertForm } from '../src/server/modules/forms/repository.ts';
import { rebuildRollups } from '../src/server/modules/rollups/repository.ts';
import { sql } from '../src/server/db/sql.ts';
import type { Form } from '../src/server/modules/forms/schema.ts';
import { pool } from './util.ts';

export interface LoadResult {
  form: Form;
  units: number[];
  reports: number;
  rollupRows: number;
  seconds: { units: number; reports: number; rollups: number; vacuum: number; total: number };
}

const secs = (t0: number) => (performance.now() - t0) / 1000;

/** Schema, the GSO units with demo populations and the situation form: what every part of the benchmark needs. */
export async function loadUnits(db: Db, q: { days: number; today: string; log: (line: string) => void }): Promise<{ units: number[]; form: Form }> {
  const t0 = performance.now();
  await migrate(db);
  const units = await db.transaction(async (tx) => {
    const counts = await importUnitsFromFile(tx, GSO_2021_FILE);
    await insertForm(tx, situationForm(addDays(q.today, -q.days)));
    await seedDemoPopulation(tx, Number(q.today.slice(0, 4)));
    return counts;
  });
  q.log(`  units ${units.join(' / ')} (nation / provinces / districts / communes) + populations: ${secs(t0).toFixed(1)} s`);
  return { units, form: (await findForm(db, 'BCTH-NGAY'))! };
}

/**
 * `today` stays empty: the generator runs for days+1 days up to today with `now` at the
 * start of today in Vietnam, so today's reports (sent from 14:30) are not in yet.
 */
export async function loadDataset(
  db: Db,
  q: { days: number; today: string; provinces?: string[] | undefined; log: (line: string) => void },
): Promise<LoadResult> {
  const { log } = q;
  const t0 = performance.now();
  const { units, form } = await loadUnits(db, q);
  const tUnits = secs(t0);

  const provinces = await db.query<{ code: string; communes: number }>(sql`
    select p.code, count(c.id)::int as communes from org_unit p join org_unit c on c.path like p.path || '%' and c.level = 3
    where p.level = 1 group by p.code order by p.code`);
  const chosen = q.provinces ? provinces.filter((p) => q.provinces!.includes(p.code)) : provinces;
  const nowIso = new Date(`${q.today}T00:00:00+07:00`).toISOString();
  const t1 = performance.now();
  let reports = 0;
  let done = 0;
  let lastLog = t1;
  // two provinces at a time: one per core
  await pool(chosen, 2, async (p) => {
    const n = await db.transaction(async (tx) => {
      // the generator's window sorts a province's whole year: keep it in memory
      await tx.exec(`set local work_mem = '256MB'`);
      return seedDemoEpidemic(tx, { formId: form.id, days: q.days + 1, today: q.today, nowIso, provinceCodes: [p.code] });
    });
    reports += n; // not `reports += await …`: that reads `reports` before the await
    done++;
    if (performance.now() - lastLog > 10_000 || done === chosen.length) {
      lastLog = performance.now();
      const rate = reports / secs(t1);
      const eta = ((chosen.length - done) / done) * secs(t1);
      log(`  reports: ${done}/${chosen.length} provinces, ${reports.toLocaleString('en')} rows, ${secs(t1).toFixed(0)} s` +
        ` (${Math.round(rate).toLocaleString('en')} rows/s${done < chosen.length ? `, ~${eta.toFixed(0)} s to go` : ''})`);
    }
  });
  const tReports = secs(t1);

  const t2 = performance.now();
  log('  roll-ups: rebuildRollups (every report added to its unit and each ancestor)…');
  await db.transaction(async (tx) => {
    // the default 4 MB would make the aggregate spill to disk
    await tx.exec(`set local work_mem = '1GB'`);
    await rebuildRollups(tx, form);
  });
  const tRollups = secs(t2);
  const [{ n: rollupRows }] = (await db.query<{ n: number }>(sql`select count(*)::int as n from rollup`)) as [{ n: number }];
  log(`  roll-ups: ${rollupRows.toLocaleString('en')} rows, ${tRollups.toFixed(1)} s`);

  const t3 = performance.now();
  // what autovacuum would have done by the time the dashboards are read
  await db.exec('vacuum analyze');
  const tVacuum = secs(t3);
  log(`  vacuum analyze: ${tVacuum.toFixed(1)} s`);
  return {
    form,
    units,
    reports,
    rollupRows,
    seconds: { units: tUnits, reports: tReports, rollups: tRollups, vacuum: tVacuum, total: secs(t0) },
  };
}
