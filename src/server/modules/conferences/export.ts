import type { Lang } from '../../http/lang.ts';
import { messageLookup } from '../../http/messages.ts';
import type { Table } from '../../http/table-export.ts';
import type { ConferenceRow } from './repository.ts';
import type { Site } from './schema.ts';

const t = messageLookup({
  title: { vi: 'Điểm cầu hội nghị "{title}"', en: 'Sites of the conference "{title}"' },
  sheet: { vi: 'Điểm cầu', en: 'Sites' },
  code: { vi: 'Mã đơn vị', en: 'Unit code' },
  unit: { vi: 'Điểm cầu', en: 'Site' },
  parent: { vi: 'Trực thuộc', en: 'Under' },
  rollCall: { vi: 'Điểm danh', en: 'Roll-call' },
  at: { vi: 'Thời điểm', en: 'At' },
  by: { vi: 'Người điểm danh', en: 'By' },
  pending: { vi: 'Chưa điểm danh', en: 'Pending' },
  connected: { vi: 'Đã kết nối', en: 'Connected' },
  late: { vi: 'Kết nối muộn', en: 'Late' },
  absent: { vi: 'Vắng mặt', en: 'Absent' },
});

/** The sites with their roll-call, for Excel or CSV. */
export function sitesTable(c: ConferenceRow, sites: Site[], lang: Lang, at: (iso: string | null) => string): Table {
  return {
    fileName: `conference-${c.id}-sites`,
    title: t('title', lang, { title: c.title }),
    sheetName: t('sheet', lang),
    header: [t('code', lang), t('unit', lang), t('parent', lang), t('rollCall', lang), t('at', lang), t('by', lang)],
    rows: sites.map((s) => [s.code, s.name, s.parentName, t(s.rollCall, lang), at(s.rollCallAt), s.rollCallBy ?? '']),
  };
}
