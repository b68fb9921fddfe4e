/** The quarantine list and the daily follow-up list as Excel/CSV tables. */
import type { Lang } from '../../http/lang.ts';
import type { Cell, Table } from '../../http/table-export.ts';
import type { UnitRef } from '../../http/common-schema.ts';
import type { FollowupList, Quarantine } from './schema.ts';

const words = {
  vi: {
    place: { centralised: 'Tập trung', home: 'Tại nhà' },
    status: { active: 'Đang cách ly', released: 'Đã kết thúc', became_case: 'Trở thành F0', transferred: 'Chuyển nơi khác' },
    outcome: { well: 'Khỏe', symptoms: 'Có triệu chứng', not_reached: 'Không liên lạc được', left: 'Rời nơi cách ly' } as Record<string, string>,
    yes: 'Có',
    hidden: '(ngoài phạm vi)',
    quarantines: 'Danh sách cách ly',
    followup: 'Danh sách theo dõi hằng ngày',
  },
  en: {
    place: { centralised: 'Centralised', home: 'Home' },
    status: { active: 'In quarantine', released: 'Released', became_case: 'Became a case', transferred: 'Transferred' },
    outcome: { well: 'Well', symptoms: 'Symptoms', not_reached: 'Not reached', left: 'Left quarantine' } as Record<string, string>,
    yes: 'Yes',
    hidden: '(outside your scope)',
    quarantines: 'Quarantine list',
    followup: 'Daily follow-up list',
  },
};

const headers = {
  quarantines: {
    vi: ['Mã', 'Họ và tên', 'Năm sinh', 'Đơn vị', 'Hình thức', 'Khu cách ly', 'Bắt đầu', 'Kết thúc dự kiến', 'Kết thúc', 'Ngày', 'Ngày xét nghiệm', 'Trạng thái', 'Lý do điều chỉnh'],
    en: ['ID', 'Full name', 'Birth year', 'Unit', 'Place', 'Site', 'Start', 'Planned end', 'End', 'Day', 'Test days', 'Status', 'Adjustment reason'],
  },
  followup: {
    vi: ['Mã', 'Họ và tên', 'Năm sinh', 'Điện thoại', 'Địa chỉ', 'Đơn vị', 'Mức độ', 'Hình thức', 'Ngày', 'Xét nghiệm hôm nay', 'Xét nghiệm quá hạn', 'Kết thúc hôm nay', 'Kết quả theo dõi hôm nay', 'Lần theo dõi gần nhất'],
    en: ['ID', 'Full name', 'Birth year', 'Phone', 'Address', 'Unit', 'Degree', 'Place', 'Day', 'Test due today', 'Overdue tests', 'Ends today', "Today's check", 'Last check'],
  },
};

const name = (p: { visible: boolean; fullName: string | null }, lang: Lang) => (p.visible ? p.fullName : words[lang].hidden);

export function quarantineTable(unit: UnitRef, items: Quarantine[], lang: Lang, today: string): Table {
  const w = words[lang];
  const rows: Cell[][] = items.map((q) => [
    q.id, name(q.person, lang), q.person.birthYear, q.unit.name, w.place[q.place], q.facility?.name ?? null,
    q.startDate, q.plannedEnd, q.endDate, `${q.day}/${q.days}`, q.testDates.join(', '), w.status[q.status], q.adjustReason,
  ]);
  return { fileName: `cach-ly-${unit.code}-${today}`, title: `${w.quarantines} — ${unit.fullName} — ${today}`, sheetName: w.quarantines, header: headers.quarantines[lang], rows };
}

export function followupTable(list: FollowupList, lang: Lang): Table {
  const w = words[lang];
  const rows: Cell[][] = list.items.map((i) => [
    i.quarantineId, name(i.person, lang), i.person.birthYear, i.phone, i.address, i.unit.name, i.degree === null ? null : `F${i.degree}`,
    w.place[i.place], `${i.day}/${i.days}`, i.testDueToday ? w.yes : null, i.overdueTests.join(', ') || null, i.endsToday ? w.yes : null,
    i.todayCheck ? (w.outcome[i.todayCheck.outcome] ?? i.todayCheck.outcome) : null,
    i.lastCheck ? `${i.lastCheck.day}: ${w.outcome[i.lastCheck.outcome] ?? i.lastCheck.outcome}` : null,
  ]);
  return { fileName: `theo-doi-${list.unit.code}-${list.date}`, title: `${w.followup} — ${list.unit.fullName} — ${list.date}`, sheetName: w.followup, header: headers.followup[lang], rows };
}
