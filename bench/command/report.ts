/** The command section of docs/benchmarks.md (issue 5), replaced by each run of this part. */
import { pct } from '../cpu.ts';
import { sectionHead, type PartRunInfo } from '../sections.ts';
import { ms } from '../util.ts';
import type { Measured } from './measure.ts';
import type { CommandResults } from './run.ts';

export const COMMAND_TARGET_P95_MS = 200;


const n = (v: number) => Math.round(v).toLocaleString('en');
const verdict = (m: Measured) => (m.result.p95 <= COMMAND_TARGET_P95_MS ? '**pass**' : '**FAIL**');
/** the measurements the issue sets a target for; the room load is shown without one */
const targeted = (r: CommandResults) => [r.create, r.rollCall, ...r.overdue];

export function commandMarkdown(r: CommandResults, info: PartRunInfo): string {
  const g = r.generated;
  const L: string[] = sectionHead('command', '## Conferences and tasks (issue 5)', info, 'each write in its own transaction with its audit row and live event, beside plain SQL doing the same on the same data in the same run');
  L.push('### Data', '');
  L.push(`- all units of the GSO list (${n(r.sites)} sites in a national conference: the nation as host, every province, district and commune);`);
  L.push(`- ${n(g.tasks)} tasks down the chain (20 per province from the nation, 30 per district from its province, the rest split to communes), ` +
    `deadlines over the last 60 days and the next 14: ${n(g.open)} open, ${n(g.overdue)} of them overdue; generated in ${g.seconds.toFixed(0)} s.`, '');
  L.push('### Results', '');
  L.push('| measurement | probes | p50 ms | p95 ms | max ms | plain SQL p50 | plain SQL p95 | target | | what |', '|---|---|---|---|---|---|---|---|---|---|');
  for (const m of [r.create, r.rollCall, r.room, ...r.overdue]) {
    const t = m === r.room ? ['', ''] : [`p95 ≤ ${COMMAND_TARGET_P95_MS} ms`, verdict(m)];
    L.push(`| ${m.label} | ${m.result.n} | ${ms(m.result.p50)} | ${ms(m.result.p95)} | ${ms(m.result.max)} | ${ms(m.baseline.p50)} | ${ms(m.baseline.p95)} | ${t[0]} | ${t[1]} | ${m.detail} |`);
  }
  L.push('');
  L.push('CPU use while measuring (share of both cores; each measurement first waits up to a minute for the rest of the machine to use under 15 %):', '');
  L.push('| measurement | PostgreSQL | bench process (the app code) | other processes |', '|---|---|---|---|');
  for (const [k, c] of Object.entries(r.cpu)) L.push(`| ${k} | ${pct(c.postgres)} | ${pct(c.bench)} | ${pct(c.other)} |`);
  L.push('');
  return L.join('\n') + '\n';
}

export function commandSummaryLines(r: CommandResults): string[] {
  return targeted(r).map((m) => `${m.label.padEnd(70)} p95 ${ms(m.result.p95)} ms   target ≤ ${COMMAND_TARGET_P95_MS} ms: ${verdict(m).replace(/\*/g, '')}`)
    .concat([`${r.room.label.padEnd(70)} p95 ${ms(r.room.result.p95)} ms (${r.room.detail})`]);
}
