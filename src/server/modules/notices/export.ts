import type { Lang } from '../../http/lang.ts';
import type { Table } from '../../http/table-export.ts';
import type { NoticeListItem, NoticeStatus } from './schema.ts';

const headers = {
  vi: ['Số', 'Ngày ban hành', 'Trích yếu', 'Đơn vị ban hành', 'Trạng thái', 'Phiên bản', 'Số nhiệm vụ', 'Thay thế bởi'],
  en: ['Number', 'Date', 'Title', 'Issuing unit', 'Status', 'Version', 'Tasks', 'Superseded by'],
};
const statuses: Record<Lang, Record<NoticeStatus, string>> = {
  vi: { draft: 'Dự thảo', issued: 'Đã ban hành', superseded: 'Đã được thay thế' },
  en: { draft: 'Draft', issued: 'Issued', superseded: 'Superseded' },
};
const dmy = (d: string | null) => (d ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : '');

/** The notices list as a sheet. */
export function noticeTable(rows: NoticeListItem[], lang: Lang): Table {
  return {
    fileName: 'thong-bao-ket-luan',
    title: lang === 'vi' ? 'Thông báo kết luận' : 'Notices of conclusions',
    sheetName: lang === 'vi' ? 'Thông báo' : 'Notices',
    header: headers[lang],
    rows: rows.map((r) => [
      r.number, dmy(r.issuedOn), r.title, r.issuingUnit.fullName, statuses[lang][r.status], r.version, r.tasks,
      r.supersededBy ? r.supersededBy.number : null,
    ]),
  };
}
