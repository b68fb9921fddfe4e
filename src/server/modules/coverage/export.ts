import type { Lang } from '../../http/lang.ts';
import type { Table } from '../../http/table-export.ts';
import { coverageMessage as m } from './messages.ts';
import type { CoverageReport } from './schema.ts';

/** The coverage report as one row per unit, age group and stage (the unit first, then the ranked children). */
export function coverageTable(r: CoverageReport, lang: Lang): Table {
  const units = [{ unit: r.unit, figures: r.figures }, ...r.children];
  return {
    fileName: `coverage-${r.unit.code}-${r.date}`,
    title: m('exportTitle', lang, { unit: r.unit.fullName, date: r.date }),
    sheetName: r.unit.name,
    header: [m('colCode', lang), m('colUnit', lang), m('colGroup', lang), m('colStage', lang), m('colVaccinated', lang), m('colEligible', lang), m('colShare', lang)],
    rows: units.flatMap(({ unit, figures }) =>
      figures.map((f) => [
        unit.code,
        unit.name,
        f.group === 'all' ? m('group_all', lang) : f.group,
        m(`stage_${f.stage}` as const, lang),
        f.vaccinated,
        f.eligible,
        f.share === null ? null : Math.round(f.share * 1000) / 10,
      ]),
    ),
  };
}
