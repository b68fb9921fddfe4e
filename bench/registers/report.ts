/** The registers' section of docs/benchmarks.md: always the last section, replaced by each run of this part. */
import { sectionHead, type PartRunInfo } from '../sections.ts';
import { pct } from '../cpu.ts';
import { ms } from '../util.ts';
import type { Paired } from './measure.ts';
import type { RegisterResults } from './run.ts';

export const REGISTER_TARGETS = { contactsP95Ms: 50, chainMs: 1000, importShareOfCopy: 0.5 };



const n = (v: number) => Math.round(v).toLocaleString('en');
const pass = (ok: boolean) => (ok ? '**pass**' : '**FAIL**');

export function registerVerdicts(r: RegisterResults) {
  return {
    contacts: r.contacts.result.p95 <= REGISTER_TARGETS.contactsP95Ms,
    chain: r.chain.result.p95 <= REGISTER_TARGETS.chainMs,
    wholeChain: !r.chain.detail.includes('not the whole chain'),
    import: r.import.share !== null && r.import.share >= REGISTER_TARGETS.importShareOfCopy,
    apply: r.import.applyShare !== null && r.import.applyShare >= REGISTER_TARGETS.importShareOfCopy,
  };
}

const row = (p: Paired, target = '', verdict = '') =>
  `| ${p.label} | ${p.probes} | ${ms(p.result.p50)} | ${ms(p.result.p95)} | ${ms(p.result.max)} | ${ms(p.baseline.p50)} | ${ms(p.baseline.p95)} | ${target} | ${verdict} |`;
const HEAD = ['| measurement | probes | p50 ms | p95 ms | max ms | plain SQL p50 ms | plain SQL p95 ms | target | |', '|---|---|---|---|---|---|---|---|---|'];

export function registersMarkdown(r: RegisterResults, info: PartRunInfo): string {
  const g = r.generated;
  const v = registerVerdicts(r);
  const im = r.import;
  const L: string[] = sectionHead('registers', '## Person-level registers (issue 3)', info, 'and stands beside a plain SQL query computing the same thing on the same data in the same run');
  L.push('### Data', '');
  L.push('| | |', '|---|---|');
  L.push(`| people | ${n(g.people)}, spread over the 10,599 communes by population share; Vietnamese family names by frequency, middle and given names by sex; born 1930–2020; ~70 % with a 12-digit national ID, ~80 % with a phone |`);
  L.push(`| cases | ${n(g.cases)} (covid_case) with ${n(g.caseStatuses)} status rows, in ${n(g.chains)} transmission chains (sizes P(≥ s) = s^-1.25, so most are one or two cases); the largest chain ${n(g.bigChainCases)} cases over 60 days; ${n(g.clusters)} clusters (chains of 20 cases or more) |`);
  L.push(`| contacts | ${n(g.contacts)}: case → case along each chain, each case → 1–5 F1, about 42 % of F1 → one F2 |`);
  L.push(`| tests, quarantines | ${n(g.tests)} tests (the positive test of each case, PCR of F1s); ${n(g.quarantines)} quarantines of F1s by the dated policy, ${n(g.activeQuarantines)} active on ${'2021-12-10'} |`);
  L.push(`| facilities | ${n(g.facilities)}: quarantine sites and tier-1 facilities in every district, tier-2 and tier-3 in every province |`);
  L.push(`| load | ${g.seconds.total.toFixed(0)} s in SQL (generate_series + hashing, two chunks at a time): people ${g.seconds.people.toFixed(0)} s, cases ${g.seconds.cases.toFixed(0)} s, ` +
    `contacts ${g.seconds.contacts.toFixed(0)} s, quarantines ${g.seconds.quarantines.toFixed(0)} s, secondary indexes rebuilt ${g.seconds.indexes.toFixed(0)} s, VACUUM ANALYZE ${g.seconds.vacuum.toFixed(0)} s |`);
  L.push('');
  L.push('### Summary', '');
  L.push('| measurement | result | plain SQL | target | |', '|---|---|---|---|---|');
  L.push(`| F1 + F2 of a case, p95 | ${ms(r.contacts.result.p95)} ms | ${ms(r.contacts.baseline.p95)} ms | ≤ 50 ms | ${pass(v.contacts)} |`);
  L.push(`| 10,000-case chain, p95 of ${r.chain.probes} | ${ms(r.chain.result.p95)} ms | ${ms(r.chain.baseline.p95)} ms | ≤ 1000 ms | ${pass(v.chain)} |`);
  L.push(`| … and the chain built is the whole component | ${v.wholeChain ? 'yes' : 'no'} | | whole chain | ${pass(v.wholeChain)} |`);
  L.push(`| bulk import of ${n(im.rows)} people | ${n(im.importRate)} rows/s | COPY ${im.copyRate === null ? `failed: ${im.copyError}` : `${n(im.copyRate)} rows/s`} | ≥ 50 % of COPY | ` +
    `${im.share === null ? '–' : `${(im.share * 100).toFixed(0)} % `}${pass(v.import)} |`);
  L.push(`| … of which the apply step (import − dry run) | ${n(im.rows / im.applySeconds)} rows/s | | ≥ 50 % of COPY | ` +
    `${im.applyShare === null ? '–' : `${(im.applyShare * 100).toFixed(0)} % `}${pass(v.apply)} |`);
  L.push('');
  L.push('CPU use while measuring (share of both cores; each measurement first waits up to a minute for the rest of the machine to use under 15 %):', '');
  L.push('| measurement | PostgreSQL | bench process (the app code) | other processes | busy |', '|---|---|---|---|---|');
  for (const [name, c] of Object.entries(r.cpu)) L.push(`| ${name} | ${pct(c.postgres)} | ${pct(c.bench)} | ${pct(c.other)} | ${pct(c.busy)} |`);
  L.push('');
  const busy = Object.entries(r.cpu).filter(([, c]) => c.other > 0.15);
  if (busy.length) {
    L.push(`> **Disturbed run:** other processes used ${busy.map(([k, c]) => `${pct(c.other)} of the CPUs during ${k}`).join(', ')}; those figures are pessimistic.`, '');
  }
  L.push('### Latencies', '');
  L.push(...HEAD);
  L.push(row(r.contacts, '≤ 50 (p95)', pass(v.contacts)));
  L.push(row(r.chain, '≤ 1000 (p95)', pass(v.chain)));
  for (const d of r.duplicates) L.push(row(d));
  for (const d of r.occupancy) L.push(row(d));
  for (const d of r.figures) L.push(row(d));
  L.push('');
  L.push('What each measures and what it returned:', '');
  L.push(`- **F1 + F2 of a case**: \`personContacts(depth 2)\` (GET /api/people/:id/contacts?depth=2: sources, F1, F2, each with its degree from the graph and a masked brief) for random cases outside the big chain; ${r.contacts.detail}. Plain SQL: the two hops (contact ⋈ contact) for the same case.`);
  L.push(`- **10,000-case chain**: \`buildChain(maxCases 10,000)\` (GET /api/chains/:personId) from ${r.chain.probes} cases of the big chain: ${r.chain.detail}. Plain SQL: the connected component by one recursive query (people and cases counted).`);
  L.push('- **Duplicate check**: `findCandidates` (people/duplicates.ts, run on every create): "same national ID" types an existing person\'s ID; "similar name + birth date" types an existing person without accents and without the first middle name, with the birth date, no ID; "new person" is someone not in the register (new ID and phone). ' +
    r.duplicates.map((d) => `${d.label.replace('duplicate check, ', '')}: ${d.detail}`).join('; ') + '. Plain SQL: the national-ID lookup alone.');
  L.push(`- **Occupancy**: \`listFacilities\` (GET /api/facilities) for the unit's subtree: ${r.occupancy.map((d) => `${d.label.replace('facility occupancy, ', '')}: ${d.detail}`).join('; ')}. Plain SQL: active quarantines and ill cases grouped by facility.`);
  L.push(`- **Register figures** for ${r.figuresDay} (the busiest day): \`registerFigures\` (the situation figures computed from the registers, per child unit): ${r.figures.map((d) => `${d.label.replace('register figures, ', '')}: ${d.detail}`).join('; ')}. Plain SQL: the day's counts of cases, patients in hospital, people in quarantine, tests and contacts listed in the subtree (one query).`);
  L.push('');
  L.push('### Bulk import beside raw COPY', '');
  L.push(`${n(im.rows)} new people (born in 2021 with new national IDs and phones, so none is a duplicate and the whole file applies), a ${(im.csvBytes / 1e6).toFixed(1)} MB CSV in the template's columns, ` +
    'imported with `importRegister` (register-exchange: parse, check every row, resolve units and people against the register, duplicate warnings, apply with bulk inserts in one transaction, audit). ' +
    'Beside it, raw `COPY person (…) FROM \'file\' (format csv)` of the same rows in the table\'s own columns (search name and unit id precomputed) on the same server, in a transaction rolled back before the import.', '');
  L.push('| | seconds | rows/s | share of COPY |', '|---|---|---|---|');
  L.push(`| importRegister, dry run (parse + check) | ${im.dryRunSeconds.toFixed(2)} | ${n(im.rows / im.dryRunSeconds)} | |`);
  L.push(`| importRegister (parse + check + apply) | ${im.importSeconds.toFixed(2)} | ${n(im.importRate)} | ${im.share === null ? '–' : `${(im.share * 100).toFixed(0)} %`} |`);
  L.push(`| the apply step: import − dry run (bulk inserts, audit, commit) | ${im.applySeconds.toFixed(2)} | ${n(im.rows / im.applySeconds)} | ${im.applyShare === null ? '–' : `${(im.applyShare * 100).toFixed(0)} %`} |`);
  L.push(`| raw COPY | ${im.copySeconds === null ? `failed: ${im.copyError}` : im.copySeconds.toFixed(2)} | ${im.copyRate === null ? '–' : n(im.copyRate)} | 100 % |`);
  L.push('');
  return L.join('\n') + '\n';
}



export function registerSummaryLines(r: RegisterResults): string[] {
  const v = registerVerdicts(r);
  const ok = (b: boolean) => (b ? 'pass' : 'FAIL');
  return [
    `Registers: ${n(r.generated.people)} people, ${n(r.generated.cases)} cases, ${n(r.generated.contacts)} contacts; loaded in ${r.generated.seconds.total.toFixed(0)} s`,
    `F1 + F2 of a case:        p50 ${ms(r.contacts.result.p50)} ms, p95 ${ms(r.contacts.result.p95)} ms; plain SQL p95 ${ms(r.contacts.baseline.p95)} ms   target p95 ≤ 50 ms: ${ok(v.contacts)}`,
    `10,000-case chain:        p50 ${ms(r.chain.result.p50)} ms, p95 ${ms(r.chain.result.p95)} ms; recursive SQL p95 ${ms(r.chain.baseline.p95)} ms   target ≤ 1 s: ${ok(v.chain)}; whole chain: ${ok(v.wholeChain)}`,
    `Bulk import:              ${n(r.import.importRate)} rows/s; COPY ${r.import.copyRate === null ? 'failed' : `${n(r.import.copyRate)} rows/s`} ` +
      `(${r.import.share === null ? '–' : `${(r.import.share * 100).toFixed(0)} %`})   target ≥ 50 %: ${ok(v.import)}; ` +
      `apply step alone ${r.import.applyShare === null ? '–' : `${(r.import.applyShare * 100).toFixed(0)} %`}: ${ok(v.apply)}`,
  ];
}
