/** The contact list as a table for Excel or CSV. */
import type { Lang } from '../../http/lang.ts';
import type { Table } from '../../http/table-export.ts';
import type { UnitRow } from '../orgunits/repository.ts';
import type { Contact } from './schema.ts';

const headers = {
  vi: ['Mã', 'Người tiếp xúc', 'Năm sinh', 'Nguồn lây (mã)', 'Nguồn lây', 'F hiện tại', 'Hình thức tiếp xúc', 'Ngày tiếp xúc', 'Nơi tiếp xúc', 'Thời điểm lập danh sách', 'Đã liên hệ lúc'],
  en: ['ID', 'Contact', 'Birth year', 'Source (ID)', 'Source', 'Current degree', 'Exposure', 'Exposure date', 'Place', 'Listed at', 'Reached at'],
};

const exposures = {
  vi: { household: 'Hộ gia đình', workplace: 'Nơi làm việc', school: 'Trường học', vehicle: 'Phương tiện', flight: 'Chuyến bay', venue: 'Địa điểm công cộng', healthcare: 'Cơ sở y tế', other: 'Khác' },
  en: { household: 'Household', workplace: 'Workplace', school: 'School', vehicle: 'Vehicle', flight: 'Flight', venue: 'Venue', healthcare: 'Healthcare', other: 'Other' },
};

const degreeLabel = (d: number | null) => (d === null ? '' : `F${d}`);

export function contactsTable(unit: UnitRow, items: Contact[], lang: Lang): Table {
  return {
    fileName: `contacts-${unit.code}`,
    title: lang === 'vi' ? `Danh sách người tiếp xúc — ${unit.fullName}` : `Contacts — ${unit.fullName}`,
    sheetName: lang === 'vi' ? 'Người tiếp xúc' : 'Contacts',
    header: headers[lang],
    rows: items.map((c) => [
      c.person.id,
      c.person.fullName,
      c.person.birthYear,
      c.source.id,
      c.source.fullName,
      degreeLabel(c.degree),
      exposures[lang][c.exposureType],
      c.exposureDate,
      c.place,
      c.listedAt,
      c.reachedAt,
    ]),
  };
}
