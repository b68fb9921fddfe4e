/** The levels section of docs/benchmarks.md (issue 6), replaced by each run of this part. */
import { pct } from '../cpu.ts';
import { sectionHead, type PartRunInfo } from '../sections.ts';
import { ms } from '../util.ts';
import type { LoadRun, PortalMeasured } from './portal.ts';
import type { LevelsResults } from './run.ts';

export const LEVELS_TARGETS = { assessmentSeconds: 10, portalShareOfStatic: 0.5 };

const n = (v: number) => Math.round(v).toLocaleString('en');
const s2 = (msValue: number) => (msValue / 1000).toFixed(2);
const pass = (ok: boolean | null) => (ok === null ? '–' : ok ? '**pass**' : '**FAIL**');
const ok = (b: boolean | null) => (b === null ? '–' : b ? 'pass' : 'FAIL');
const runOf = (m: PortalMeasured): LoadRun | null => ('error' in m.run ? null : m.run);
/** a run counts only when every response was a 2xx */
const clean = (m: PortalMeasured) => {
  const r = runOf(m);
  return r && r.non2xx === 0 && r.errors === 0 && r.requests > 0 ? r : null;
};

export function levelsVerdicts(r: LevelsResults) {
  const assessment = 'missing' in r.assessment ? null : r.assessment.result.p50 / 1000 <= LEVELS_TARGETS.assessmentSeconds;
  if ('error' in r.portal) return { assessment, ceiling: null, portal: [] as { m: PortalMeasured; share: number | null; ok: boolean | null }[] };
  const ceiling = r.portal.measured.find((m) => m.path === '/index.html');
  const top = ceiling ? clean(ceiling) : null;
  const portal = r.portal.measured
    .filter((m) => m.kind === 'public')
    .map((m) => {
      const run = clean(m);
      const share = run && top ? run.perSecond / top.perSecond : null;
      return { m, share, ok: share === null ? (top ? false : null) : share >= LEVELS_TARGETS.portalShareOfStatic };
    });
  return { assessment, ceiling: top, portal };
}

export function levelsMarkdown(r: LevelsResults, info: PartRunInfo): string {
  const g = r.generated;
  const v = levelsVerdicts(r);
  const L: string[] = sectionHead('levels', '## Epidemic levels and public portal (issue 6)', info,
    'beside plain SQL reading the same data in the same run; the portal is the real app in its own process, loaded over loopback from a second process');
  L.push('### Data', '');
  L.push('| | |', '|---|---|');
  L.push(`| units | ${n(r.units.communes)} communes, ${n(r.units.districts)} districts, ${n(r.units.provinces)} provinces and the nation (GSO list); population rows for every unit and year (${n(g.populationRows)} rows, the nation ${n(g.nationPopulation)}: demo commune figures, summed upwards) |`);
  L.push(`| daily reports | the main dataset: every commune's situation report (BCTH-NGAY) for each day of ${r.from} … ${r.to}, with its roll-ups at every ancestor (${n(g.rollupRows)} rollup rows in those days) |`);
  L.push(`| case register | ${n(g.registerCommunes)} communes (a tenth, by hash) keep the register since ${r.from}: ${n(g.cases)} cases over those days, more towards the end, spread by population times a heavy-tailed intensity of the commune; 60 % found in the community; ${n(g.caseStatuses)} status rows (first care, then recovered or died; the last 14 days' cases still in care, 14 % of them in tier 2–3) |`);
  L.push(`| vaccination | ${n(g.people)} residents spread over the communes by population, born 1930–2020; ${n(g.vaccinated)} vaccination_state rows (residence and birth year; 92 % of the residents with a first dose, spread from 200 days before the data to 60 days after it and more towards the end, 80 % with the primary series 4–12 weeks after it; doses after the data's last day + 60 are left out). The states are generated directly, without the dose rows behind them: the assessment reads the state only |`);
  L.push(`| capacity | ${n(g.facilities)} active treatment facilities (every district and province) with their beds and ICU beds |`);
  L.push(`| load | ${g.seconds.total.toFixed(0)} s in SQL on top of the main dataset: populations ${g.seconds.population.toFixed(0)} s, people ${g.seconds.people.toFixed(0)} s, cases ${g.seconds.cases.toFixed(0)} s, vaccination ${g.seconds.vaccination.toFixed(0)} s, secondary indexes rebuilt ${g.seconds.indexes.toFixed(0)} s, VACUUM ANALYZE ${g.seconds.vacuum.toFixed(0)} s |`);
  L.push('');

  L.push('### Summary', '');
  L.push('| measurement | result | beside it | target | |', '|---|---|---|---|---|');
  if ('missing' in r.assessment) {
    L.push(`| national weekly assessment | not measured: ${r.assessment.missing} | | ≤ ${LEVELS_TARGETS.assessmentSeconds} s | – |`);
  } else {
    const a = r.assessment;
    L.push(`| national weekly assessment (${a.runs} runs), median | ${s2(a.result.p50)} s (min ${s2(Math.min(...a.times))} s, max ${s2(a.result.max)} s) | plain SQL, the week's community cases per commune: ${s2(a.baseline.p50)} s | ≤ ${LEVELS_TARGETS.assessmentSeconds} s | ${pass(v.assessment)} |`);
  }
  if ('error' in r.portal) {
    L.push(`| public portal under load | failed: ${r.portal.error} | | ≥ 50 % of the static file | – |`);
  } else {
    for (const p of v.portal) {
      const run = runOf(p.m);
      L.push(`| ${p.m.label}, requests/s | ${run ? n(run.perSecond) : '–'} (p95 ${run ? ms(run.p95) : '–'} ms) | static /index.html ${v.ceiling ? n(v.ceiling.perSecond) : '–'}/s: ${p.share === null ? '–' : `${(p.share * 100).toFixed(0)} %`} | ≥ 50 % of the static file | ${pass(p.ok)} |`);
    }
  }
  L.push('');
  L.push('CPU use while measuring the assessment (share of both cores; it first waits up to a minute for the rest of the machine to use under 15 %; the portal\'s are in its table):', '');
  L.push('| measurement | app process | PostgreSQL | bench process | other processes (for the portal: the load generator) |', '|---|---|---|---|---|');
  for (const [k, c] of Object.entries(r.cpu)) L.push(`| ${k} | ${pct(c.app)} | ${pct(c.postgres)} | ${pct(c.bench)} | ${pct(c.other)} |`);
  L.push('');
  const busy = Object.entries(r.cpu).filter(([, c]) => c.other > 0.15);
  if (busy.length) L.push(`> **Disturbed run:** other processes on the shared machine used ${busy.map(([k, c]) => `${pct(c.other)} of the CPUs during the ${k}`).join(', ')}; those figures are pessimistic.`, '');

  L.push('### National weekly assessment', '');
  if ('missing' in r.assessment) {
    L.push(`Not measured: ${r.assessment.missing}.`, '');
  } else {
    const a = r.assessment;
    L.push(`\`assessWeek\` (${a.file}, behind POST /api/levels/assess and the weekly job) for the nation and the week of ${r.week} (the last whole week), ` +
      'called in the benchmark process, each run in full: the figures of every commune (register or report, 14-day cases, deaths, oxygen, population, vaccination by the week\'s end, treatment capacity of its district), ' +
      'the sums up the tree, the rule set in force for each unit, the levels, and the upsert of every unit\'s row with its inputs and reasons and the audit row. ' +
      'The first run writes the rows; the later ones replace them.', '');
    L.push('| | runs | min s | median s | max s |', '|---|---|---|---|---|');
    L.push(`| assessWeek (nation) | ${a.runs} | ${s2(Math.min(...a.times))} | ${s2(a.result.p50)} | ${s2(a.result.max)} |`);
    L.push(`| of which the first run (no rows for the week yet) | 1 | ${s2(a.times[0] ?? NaN)} | | |`);
    L.push(`| plain SQL: the week's community cases of every commune (register where kept, else the report roll-ups) | ${a.baseline.n} | ${s2(Math.min(...a.baseTimes))} | ${s2(a.baseline.p50)} | ${s2(a.baseline.max)} |`);
    L.push('');
    if (a.steps.length) {
      L.push('The module\'s own steps (median ms over the runs, as assessWeek reports them):', '');
      L.push(`| ${a.steps.map((x) => x.name).join(' | ')} |`, `|${a.steps.map(() => '---').join('|')}|`, `| ${a.steps.map((x) => ms(x.ms)).join(' | ')} |`, '');
    }
    L.push(`The module's reply (last run): \`${JSON.stringify(a.reply)}\`. The nation's community cases of the week as assessed: ${a.nationCases.assessed === null ? '–' : n(a.nationCases.assessed)}; by the plain SQL: ${n(a.nationCases.sql)}.`, '');
    const names = ['nation', 'provinces', 'districts', 'communes'];
    const rows = [0, 1, 2, 3].map((lv) => {
      const at = (level: number) => a.byLevel.find((b) => b.unitLevel === lv && b.level === level)?.units ?? 0;
      return `| ${names[lv]} | ${at(1)} | ${at(2)} | ${at(3)} | ${at(4)} |`;
    });
    L.push('Levels computed for the week:', '', '| units | level 1 | level 2 | level 3 | level 4 |', '|---|---|---|---|---|', ...rows, '');
  }

  L.push('### Public portal under load', '');
  if ('error' in r.portal) {
    L.push(`Failed: ${r.portal.error}.`, '');
  } else {
    const p = r.portal;
    L.push('The real app (`buildApp` from src/server/app.ts, bench/server.ts) on the benchmark database with the built web files (dist/web), listening on 127.0.0.1 in its own process ' +
      `with ${p.appPool} database connections; \`autocannon\` in a second process sends ${p.seconds} s of requests over ${p.connections} connections to one URL at a time, after ${p.warmupSeconds} s of warm-up. ` +
      `The portal's per-IP rate limit is raised to ${n(p.rateLimit)} a minute for the run (PUBLIC_RATE_LIMIT): every request comes from one address, and the default would answer 429 after a few hundred. ` +
      'The public API answers from its in-memory cache (60 s) after the first request of each URL, which is what a surge of readers meets. ' +
      'Both processes share the 2 cores with the load generator (and with whatever else runs on the machine: see the CPU column), so the figures are a floor for a server of its own. ' +
      'The static files are read from disk by @fastify/static on every request (stat, open, stream) while the cached API replies come from memory, so the public API may exceed its ceiling.', '');
    L.push('| URL | status, bytes | requests | requests/s | p50 ms | p95 ms | p99 ms | max ms | non-2xx | share of /index.html | target | | CPU: app / PostgreSQL / other (load generator) |', '|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const m of p.measured) {
      const run = runOf(m);
      const vp = v.portal.find((x) => x.m === m);
      L.push(`| ${m.label}: \`${m.path}\` | ${m.probe.status}, ${n(m.probe.bytes)} | ${run ? n(run.requests) : `failed: ${'error' in m.run ? m.run.error : ''}`} | ${run ? n(run.perSecond) : '–'} | ${run ? ms(run.p50) : '–'} | ${run ? ms(run.p95) : '–'} | ${run ? ms(run.p99) : '–'} | ${run ? ms(run.max) : '–'} | ${run ? n(run.non2xx + run.errors) : '–'} | ` +
        `${run && v.ceiling ? `${((run.perSecond / v.ceiling.perSecond) * 100).toFixed(0)} %` : '–'} | ${m.kind === 'public' ? '≥ 50 %' : ''} | ${vp ? pass(vp.ok) : ''} | ${run ? `${pct(m.cpu.app)} / ${pct(m.cpu.postgres)} / ${pct(m.cpu.other)}` : ''} |`);
    }
    L.push('');
  }
  return L.join('\n') + '\n';
}

export function levelsSummaryLines(r: LevelsResults): string[] {
  const v = levelsVerdicts(r);
  const lines: string[] = [];
  if ('missing' in r.assessment) lines.push(`national weekly assessment: not measured (${r.assessment.missing})`);
  else {
    const a = r.assessment;
    lines.push(`national weekly assessment (${a.runs} runs):           median ${s2(a.result.p50)} s, max ${s2(a.result.max)} s; plain SQL ${s2(a.baseline.p50)} s   target ≤ ${LEVELS_TARGETS.assessmentSeconds} s: ${ok(v.assessment)}`);
  }
  if ('error' in r.portal) lines.push(`public portal: failed (${r.portal.error})`);
  else {
    if (v.ceiling) lines.push(`static /index.html:                                 ${n(v.ceiling.perSecond)} requests/s, p95 ${ms(v.ceiling.p95)} ms`);
    for (const p of v.portal) {
      const run = runOf(p.m);
      lines.push(`${p.m.label.padEnd(50)} ${run ? `${n(run.perSecond)} requests/s, p95 ${ms(run.p95)} ms` : 'failed'} (${p.share === null ? '–' : `${(p.share * 100).toFixed(0)} %`})   target ≥ 50 %: ${ok(p.ok)}`);
    }
  }
  return lines;
}
