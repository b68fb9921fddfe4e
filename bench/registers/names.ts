/**
 * Vietnamese name parts for the generated person register, with rough frequencies of the
 * family names (Nguyễn about 38 %, Trần 11 %, Lê 9.5 % …), so that the duplicate check meets
 * the many namesakes a real register holds. Each list has its folded form (foldVietnamese),
 * which is what person.search_name stores.
 */
import { foldVietnamese } from '../../src/domain/text.ts';

const FAMILY: [string, number][] = [
  ['Nguyễn', 380], ['Trần', 110], ['Lê', 95], ['Phạm', 71], ['Hoàng', 41], ['Huỳnh', 20], ['Phan', 45], ['Vũ', 29],
  ['Võ', 20], ['Đặng', 21], ['Bùi', 20], ['Đỗ', 14], ['Hồ', 13], ['Ngô', 13], ['Dương', 10], ['Lý', 5], ['Đinh', 8],
  ['Trịnh', 6], ['Mai', 5], ['Trương', 8], ['Lâm', 4], ['Phùng', 3], ['Hà', 5], ['Tạ', 3], ['Cao', 4], ['Lưu', 3],
  ['Chu', 2], ['Đoàn', 6], ['Lương', 4], ['Vương', 2], ['Tô', 2], ['Kiều', 1], ['Châu', 3], ['Thái', 2], ['La', 1],
];

const MIDDLE_MALE = ['Văn', 'Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Thành', 'Ngọc', 'Xuân', 'Trọng',
  'Hoàng', 'Anh', 'Tuấn', 'Thanh', 'Quốc', 'Đình', 'Duy', 'Gia', 'Bảo', 'Tiến', 'Mạnh'];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Kim', 'Phương', 'Hồng', 'Thùy',
  'Mai', 'Bích', 'Diệu', 'Khánh', 'Hoài', 'Thảo', 'Như', 'Quỳnh', 'Bảo', 'Hải', 'Cẩm'];
const GIVEN_MALE = ['An', 'Anh', 'Bình', 'Cường', 'Dũng', 'Đức', 'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Huy', 'Hưng', 'Khánh', 'Khoa',
  'Kiên', 'Long', 'Lâm', 'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Tài', 'Thắng', 'Thành', 'Thịnh',
  'Toàn', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Vũ', 'Hoàng', 'Đạt', 'Duy', 'Hậu', 'Lộc', 'Lợi', 'Nhân', 'Phát', 'Tâm',
  'Thiện', 'Tiến', 'Trí', 'Trường', 'Bảo', 'Khải', 'Hiển', 'Sang', 'Tú', 'Hiệp', 'Kỳ'];
const GIVEN_FEMALE = ['An', 'Anh', 'Châu', 'Chi', 'Diệp', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hồng', 'Hương',
  'Huyền', 'Lan', 'Liên', 'Linh', 'Loan', 'Ly', 'Mai', 'My', 'Nga', 'Ngân', 'Ngọc', 'Nhi', 'Nhung', 'Oanh', 'Phương', 'Quỳnh',
  'Tâm', 'Thảo', 'Thu', 'Thủy', 'Thúy', 'Trang', 'Trâm', 'Uyên', 'Vân', 'Vy', 'Yến', 'Dương', 'Thư', 'Tiên', 'Xuân', 'Nhàn',
  'Hậu', 'Lệ', 'Tuyết', 'Duyên', 'Hường', 'Nguyệt'];

export interface NameList {
  names: string[];
  folded: string[];
}

const list = (names: string[]): NameList => ({ names, folded: names.map(foldVietnamese) });

/** Family names repeated by their weight: picking an index uniformly follows the frequencies. */
export const familyNames = list(FAMILY.flatMap(([name, weight]) => Array<string>(weight).fill(name)));
export const middleNames = { male: list(MIDDLE_MALE), female: list(MIDDLE_FEMALE) };
export const givenNames = { male: list(GIVEN_MALE), female: list(GIVEN_FEMALE) };
