/**
 * Open data: the catalogue and the downloads (CSV with a BOM for Excel, or JSON) of aggregated
 * figures. Every column is a unit's aggregate; suppressed counts are "<5" in both formats.
 */
import { addDays, vietnamToday } from '../../../domain/dates.ts';
import { count, countCell, type SmallCountRule } from '../../../domain/small-counts.ts';
import type { Lang } from '../../../domain/validation.ts';
import { tableToCsv, type Cell } from '../../http/table-export.ts';
import { childUnits, toRef } from '../orgunits/repository.ts';
import { rollupSeries } from '../rollups/repository.ts';
import { requireForm } from '../forms/service.ts';
import { publicCells } from './level-cells.ts';
import { publicMessage } from './messages.ts';
import { coverageRows, requireUnit, SITUATION_FORM, weekOf, type PublicContext } from './service.ts';
import type { Dataset, OpenDataCatalogue, OpenDataFile, OpenFormat } from './schema.ts';
import { toPublicUnit } from './units.ts';

const DAILY_DAYS = 90;
const LEVEL_WEEKS = 12;

type Column = { key: string; vi: string; en: string };
const col = (key: string, vi: string, en: string): Column => ({ key, vi, en });
const UNIT_COLUMNS = [col('unitCode', 'Mã đơn vị', 'Unit code'), col('unitName', 'Tên đơn vị', 'Unit name')];

const COLUMNS: Record<Dataset, Column[]> = {
  daily: [
    col('date', 'Ngày', 'Date'),
    ...UNIT_COLUMNS,
    col('communityCases', 'Ca mắc mới trong cộng đồng', 'New community cases'),
    col('quarantinedCases', 'Ca mắc mới đã được cách ly', 'New cases already quarantined'),
    col('deaths', 'Tử vong', 'Deaths'),
    col('recovered', 'Khỏi bệnh', 'Recovered'),
    col('inHospital', 'Đang điều trị tại bệnh viện', 'In hospital'),
    col('unitsReported', 'Số đơn vị đã báo cáo', 'Units reported'),
  ],
  levels: [
    col('week', 'Tuần (thứ Hai)', 'Week (Monday)'),
    ...UNIT_COLUMNS,
    col('level', 'Cấp độ đang áp dụng', 'Level in effect'),
    col('computedLevel', 'Cấp độ tính toán', 'Computed level'),
    col('byDecision', 'Theo quyết định', 'By decision'),
    col('communityCases', 'Ca cộng đồng trong tuần', 'Community cases in the week'),
    col('casesPer100k', 'Ca/100.000 dân/tuần', 'Cases per 100,000 per week'),
    col('fullCoveragePercent', 'Tỷ lệ tiêm đủ liều cơ bản (%)', 'Primary series coverage (%)'),
  ],
  coverage: [
    ...UNIT_COLUMNS,
    col('ageGroup', 'Nhóm tuổi', 'Age group'),
    col('stage', 'Mũi tiêm', 'Stage'),
    col('vaccinated', 'Số người đã tiêm', 'People vaccinated'),
    col('eligible', 'Dân số trong nhóm', 'People in the group'),
    col('percent', 'Tỷ lệ (%)', 'Coverage (%)'),
  ],
};

const STAGE_NAMES: Record<string, Record<Lang, string>> = {
  dose1: { vi: 'Mũi 1', en: 'Dose 1' },
  primary: { vi: 'Đủ liều cơ bản', en: 'Primary series' },
  booster: { vi: 'Mũi nhắc lại', en: 'Booster' },
};

const columnsIn = (d: Dataset, lang: Lang) => COLUMNS[d].map((c) => ({ key: c.key, title: c[lang] }));

export function licenceLine(rule: SmallCountRule, lang: Lang): string {
  const base = publicMessage('licence', lang);
  if (rule.below <= 0) return base;
  const levels = rule.fromLevel >= 3 ? 'levelsCommunes' : rule.fromLevel === 2 ? 'levelsDistricts' : 'levelsProvinces';
  return `${base} ${publicMessage('suppressionNote', lang, { max: rule.below - 1, below: rule.below, levels: publicMessage(levels, lang) })}`;
}

export function catalogue(rule: SmallCountRule, lang: Lang): OpenDataCatalogue {
  const text = { daily: ['dailyTitle', 'dailyDescription'], levels: ['levelsTitle', 'levelsDescription'], coverage: ['coverageTitle', 'coverageDescription'] } as const;
  return {
    licence: licenceLine(rule, lang),
    datasets: (['daily', 'levels', 'coverage'] as const).map((id) => ({
      id,
      title: publicMessage(text[id][0], lang),
      description: publicMessage(text[id][1], lang),
      formats: ['csv', 'json'],
      columns: columnsIn(id, lang),
      url: `/api/public/open-data/${id}.{format}?unitId={unitId}`,
    })),
  };
}

type Row = Record<string, Cell>;

async function dailyRows(c: PublicContext, unitId: number | undefined) {
  const unit = await requireUnit(c, unitId);
  const form = await requireForm(c.db, SITUATION_FORM, c.lang);
  const to = vietnamToday(c.now);
  const from = addDays(to, -(DAILY_DAYS - 1));
  const units = [unit, ...(unit.level < 3 ? await childUnits(c.db, unit.id, to) : [])];
  const series = await rollupSeries(c.db, { formId: form.id, unitIds: units.map((u) => u.id), from, to });
  const byKey = new Map(series.map((r) => [`${r.unitId}/${r.period}`, r]));
  const rows: Row[] = [];
  for (let day = from; day <= to; day = addDays(day, 1))
    for (const u of units) {
      const r = byKey.get(`${u.id}/${day}`);
      const v = (code: string) => countCell(c.rule, count(c.rule, u.level, r?.vals[code] ?? 0));
      rows.push({
        date: day,
        unitCode: u.code,
        unitName: u.fullName,
        communityCases: v('f0_community'),
        quarantinedCases: v('f0_quarantined'),
        deaths: v('deaths'),
        recovered: v('recovered'),
        inHospital: v('hospital_current'),
        unitsReported: r?.nReported ?? 0,
      });
    }
  return { unit, rows };
}

async function levelRows(c: PublicContext, unitId: number | undefined) {
  const unit = await requireUnit(c, unitId);
  const last = await weekOf(c, unit.id, undefined);
  const weeks = Array.from({ length: LEVEL_WEEKS }, (_, i) => addDays(last, -7 * (LEVEL_WEEKS - 1 - i)));
  const children = unit.level < 3 ? await childUnits(c.db, unit.id, vietnamToday(c.now)) : [unit];
  const cells = await publicCells(c.db, children.map(toRef), weeks, c.rule);
  const names = new Map(children.map((ch) => [ch.id, ch.fullName]));
  const rows: Row[] = weeks.flatMap((week) =>
    cells
      .get(week)!
      .filter((cell) => cell.level !== null)
      .map((cell) => ({
        week,
        unitCode: cell.unit.code,
        unitName: names.get(cell.unit.id) ?? cell.unit.name,
        level: cell.level,
        computedLevel: cell.computed,
        byDecision: cell.decided,
        communityCases: countCell(c.rule, cell.communityCases),
        casesPer100k: cell.caseRate,
        fullCoveragePercent: cell.fullCoverage,
      })),
  );
  return { unit, rows };
}

async function coverageDataRows(c: PublicContext, unitId: number | undefined) {
  const r = await coverageRows(c, unitId);
  const rows: Row[] = [r.unit, ...r.children].flatMap((u) =>
    r.figures(u).map((f) => ({
      unitCode: u.code,
      unitName: u.fullName,
      ageGroup: f.group === 'all' ? (c.lang === 'vi' ? 'Toàn dân' : 'All ages') : f.group,
      stage: STAGE_NAMES[f.stage]![c.lang],
      vaccinated: countCell(c.rule, f.vaccinated),
      eligible: f.eligible,
      percent: f.percent,
    })),
  );
  return { unit: r.unit, rows };
}

export interface Download {
  body: string;
  contentType: string;
  fileName: string;
}

export async function download(c: PublicContext, dataset: Dataset, format: OpenFormat, unitId: number | undefined): Promise<Download> {
  const read = { daily: dailyRows, levels: levelRows, coverage: coverageDataRows }[dataset];
  const { unit, rows } = await read(c, unitId);
  const fileName = `${dataset}-${unit.code}-${vietnamToday(c.now)}.${format}`;
  const columns = columnsIn(dataset, c.lang);
  if (format === 'csv') {
    const table = { fileName, title: '', sheetName: dataset, header: columns.map((h) => h.title), rows: rows.map((r) => columns.map((h) => r[h.key] ?? null)) };
    return { body: tableToCsv(table), contentType: 'text/csv; charset=utf-8', fileName };
  }
  const file: OpenDataFile = {
    dataset,
    unit: toPublicUnit(unit),
    licence: licenceLine(c.rule, c.lang),
    generatedAt: c.now.toISOString(),
    columns,
    rows,
  };
  return { body: JSON.stringify(file), contentType: 'application/json; charset=utf-8', fileName };
}
