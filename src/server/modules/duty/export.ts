import { vnClock } from '../../../domain/duty-roster.ts';
import type { Table } from '../../http/table-export.ts';
import type { Lang } from '../../http/lang.ts';
import { dmsg } from './messages.ts';
import type { DutyReply } from './schema.ts';

const at = (iso: string) => {
  const c = vnClock(new Date(iso));
  return `${c.time} ${c.date}`;
};
const day = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A unit's roster of the asked days as a sheet: one row per shift, Vietnam time. */
export function rosterTable(d: DutyReply, lang: Lang): Table {
  return {
    fileName: `lich-truc-${d.unit.code}-${d.from}`,
    title: dmsg('rosterTitle', lang, { unit: d.unit.fullName, from: day(d.from), to: day(d.to) }),
    sheetName: dmsg('sheet', lang),
    header: [dmsg('colStart', lang), dmsg('colEnd', lang), dmsg('colLeader', lang), dmsg('colTitle', lang), dmsg('colPhone', lang)],
    rows: d.shifts.map((s) => [at(s.startsAt), at(s.endsAt), s.leaderName, s.leaderTitle, s.phone]),
  };
}
