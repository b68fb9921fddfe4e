/** The children of a unit with their levels for a week, as an Excel or CSV table. */
import { addDays } from '../../../domain/dates.ts';
import type { Table } from '../../http/table-export.ts';
import type { Lang } from '../../http/lang.ts';
import { lmsg } from './messages.ts';
import type { LevelOverview } from './schema.ts';

const vnDate = (d: string) => d.split('-').reverse().join('/');

export function childrenTable(o: LevelOverview, lang: Lang): Table {
  const m = (k: Parameters<typeof lmsg>[0]) => lmsg(k, lang);
  return {
    fileName: `cap-do-dich-${o.unit.code}-${o.week}`,
    title: lmsg('title', lang, { from: vnDate(o.week), to: vnDate(addDays(o.week, 6)), unit: o.unit.fullName }),
    sheetName: m('sheet'),
    header: [m('colCode'), m('colUnit'), m('colLevel'), m('colComputed'), m('colDecision'), m('colPrevious'), m('colPopulation'),
      m('colCases'), m('colRate'), m('colCoverage'), m('colQuiet')],
    rows: o.children.map((c) => [
      c.unit.code,
      c.unit.fullName,
      c.level,
      c.computed,
      c.decision ? `${c.decision.decisionNo} (${vnDate(c.decision.decisionDate)})` : null,
      c.previous,
      c.population,
      c.communityCases,
      c.caseRate,
      c.fullCoverage,
      c.computed === null ? null : c.quiet14 ? m('yes') : m('no'),
    ]),
  };
}
