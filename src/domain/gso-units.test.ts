import { describe, expect, it } from 'vitest';
import { parseGsoRows, splitUnitName } from './gso-units.ts';

const QN = ['Tỉnh Quảng Ninh', '22'];
const HL = ['Thành phố Hạ Long', '193'];
const UB = ['Thành phố Uông Bí', '196'];

describe('parseGsoRows', () => {
  it('turns rows into provinces, districts and communes, each once, with parents', () => {
    const { tree, errors } = parseGsoRows([
      [...QN, ...HL, 'Phường Hồng Gai', '06691'],
      [...QN, ...HL, 'Phường Bạch Đằng', '06694'],
      [...QN, ...UB, 'Phường Vàng Danh', '06808'],
      ['Thành phố Hà Nội', '01', 'Quận Ba Đình', '001', 'Phường Phúc Xá', '00001'],
    ]);
    expect(errors).toEqual([]);
    expect(tree.provinces).toEqual([
      { code: '22', fullName: 'Tỉnh Quảng Ninh', name: 'Quảng Ninh', kind: 'tinh', parentCode: null },
      { code: '01', fullName: 'Thành phố Hà Nội', name: 'Hà Nội', kind: 'thanh-pho', parentCode: null },
    ]);
    expect(tree.districts.map((d) => [d.code, d.name, d.kind, d.parentCode])).toEqual([
      ['193', 'Hạ Long', 'thanh-pho', '22'],
      ['196', 'Uông Bí', 'thanh-pho', '22'],
      ['001', 'Ba Đình', 'quan', '01'],
    ]);
    expect(tree.communes.map((c) => [c.code, c.name, c.kind, c.parentCode])).toEqual([
      ['06691', 'Hồng Gai', 'phuong', '193'],
      ['06694', 'Bạch Đằng', 'phuong', '193'],
      ['06808', 'Vàng Danh', 'phuong', '196'],
      ['00001', 'Phúc Xá', 'phuong', '001'],
    ]);
  });

  it('trims cells', () => {
    const { tree, errors } = parseGsoRows([[' Tỉnh Quảng Ninh ', ' 22', 'Thành phố Hạ Long', '193 ', ' Phường Hồng Gai', '06691 ']]);
    expect(errors).toEqual([]);
    expect(tree.communes[0]).toMatchObject({ code: '06691', fullName: 'Phường Hồng Gai', parentCode: '193' });
  });

  it('a district without communes is kept, with no commune', () => {
    const { tree, errors } = parseGsoRows([
      ['Tỉnh Quảng Trị', '45', 'Huyện Cồn Cỏ', '474', '', ''],
      ['Tỉnh Quảng Trị', '45', 'Huyện Cồn Cỏ', '474'],
    ]);
    expect(errors).toEqual([]);
    expect(tree.districts).toEqual([{ code: '474', fullName: 'Huyện Cồn Cỏ', name: 'Cồn Cỏ', kind: 'huyen', parentCode: '45' }]);
    expect(tree.communes).toEqual([]);
  });

  it('reports bad codes with the spreadsheet row number (header = row 1) and skips the row', () => {
    const { tree, errors } = parseGsoRows([
      [...QN, ...HL, 'Phường Hồng Gai', '06691'],
      ['Tỉnh Quảng Ninh', '2', ...HL, 'Phường Bạch Đằng', '06694'],
      [...QN, 'Thành phố Hạ Long', '19A', 'Phường Bạch Đằng', '06694'],
      [...QN, ...HL, 'Phường Bạch Đằng', '6694'],
      ['', '22', ...HL, 'Phường Bạch Đằng', '06694'],
      [...QN, '', '193', 'Phường Bạch Đằng', '06694'],
    ]);
    expect(errors).toEqual([
      { row: 3, message: 'Mã TP phải có 2 chữ số và có tên tỉnh' },
      { row: 4, message: 'Mã QH phải có 3 chữ số và có tên huyện' },
      { row: 5, message: 'Mã PX phải có 5 chữ số' },
      { row: 6, message: 'Mã TP phải có 2 chữ số và có tên tỉnh' },
      { row: 7, message: 'Mã QH phải có 3 chữ số và có tên huyện' },
    ]);
    expect(tree.communes.map((c) => c.code)).toEqual(['06691']);
  });

  it('reports a code used for two names or two parents', () => {
    const { errors } = parseGsoRows([
      [...QN, ...HL, 'Phường Hồng Gai', '06691'],
      [...QN, ...HL, 'Phường Hồng Hải', '06691'], // another name for 06691
      [...QN, 'Thành phố Hạ Long Mới', '193', 'Phường Cao Xanh', '06697'], // another name for 193
      ['Tỉnh Quảng Ninh Khác', '22', ...HL, 'Phường Hà Khánh', '06649'], // another name for 22
      [...QN, ...UB, 'Phường Hồng Gai', '06691'], // 06691 under another district
    ]);
    expect(errors).toEqual([
      { row: 3, message: 'Mã 06691 đã dùng cho Phường Hồng Gai' },
      { row: 4, message: 'Mã 193 đã dùng cho Thành phố Hạ Long' },
      { row: 5, message: 'Mã 22 đã dùng cho Tỉnh Quảng Ninh' },
      { row: 6, message: 'Mã 06691 đã dùng cho Phường Hồng Gai' },
    ]);
  });

  it('the first name wins in the tree', () => {
    const { tree } = parseGsoRows([
      [...QN, ...HL, 'Phường Hồng Gai', '06691'],
      [...QN, ...HL, 'Phường Hồng Hải', '06691'],
    ]);
    expect(tree.communes).toHaveLength(1);
    expect(tree.communes[0]!.fullName).toBe('Phường Hồng Gai');
  });

  it('an empty list is an empty tree', () => {
    expect(parseGsoRows([])).toEqual({ tree: { provinces: [], districts: [], communes: [] }, errors: [] });
  });
});

describe('splitUnitName', () => {
  it('splits the kind off the name', () => {
    expect(splitUnitName('Thị xã Quảng Yên')).toEqual({ name: 'Quảng Yên', kind: 'thi-xa' });
    expect(splitUnitName('Thị trấn Cái Rồng')).toEqual({ name: 'Cái Rồng', kind: 'thi-tran' });
    expect(splitUnitName('Xã Vạn Yên')).toEqual({ name: 'Vạn Yên', kind: 'xa' });
    expect(splitUnitName('Huyện Vân Đồn')).toEqual({ name: 'Vân Đồn', kind: 'huyen' });
  });
  it('numbered wards keep their prefix; an unknown prefix is "khac"', () => {
    expect(splitUnitName('Phường 1')).toEqual({ name: 'Phường 1', kind: 'phuong' });
    expect(splitUnitName('Quận 10')).toEqual({ name: 'Quận 10', kind: 'quan' });
    expect(splitUnitName('Đặc khu Vân Đồn')).toEqual({ name: 'Đặc khu Vân Đồn', kind: 'khac' });
  });
});
