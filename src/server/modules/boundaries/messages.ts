import { messageLookup } from '../../http/messages.ts';

export const boundaryMessage = messageLookup({
  notCollection: {
    vi: 'Tệp ranh giới: phải là GeoJSON FeatureCollection (JSON có "type": "FeatureCollection" và "features")',
    en: 'Boundary file: must be a GeoJSON FeatureCollection (JSON with "type": "FeatureCollection" and "features")',
  },
  badJson: { vi: 'Tệp ranh giới: không phải JSON hợp lệ', en: 'Boundary file: not valid JSON' },
  empty: { vi: 'Tệp ranh giới: không có đối tượng (feature) nào', en: 'Boundary file: it has no features' },
  noCodeKey: {
    vi: 'Tệp ranh giới: không tìm thấy thuộc tính mã đơn vị (một trong: {keys})',
    en: 'Boundary file: no property with the unit code found (one of: {keys})',
  },
  invalid: { vi: 'Tệp có {n} đối tượng lỗi, chưa nạp ranh giới nào', en: 'The file has {n} bad features; no boundary was loaded' },
  not_feature: { vi: 'Đối tượng {index}: không phải "Feature"', en: 'Feature {index}: not a "Feature"' },
  no_code: { vi: 'Đối tượng {index}: thiếu mã đơn vị ({key})', en: 'Feature {index}: no unit code ({key})' },
  bad_geometry: {
    vi: 'Đối tượng {index} (mã {code}): hình học phải là Polygon hoặc MultiPolygon hợp lệ',
    en: 'Feature {index} (code {code}): the geometry must be a valid Polygon or MultiPolygon',
  },
  unknownCode: { vi: 'Đối tượng {index}: không có đơn vị mã {code}', en: 'Feature {index}: no unit with code {code}' },
  outOfScope: {
    vi: 'Đối tượng {index}: đơn vị {code} nằm ngoài phạm vi quản lý của bạn',
    en: 'Feature {index}: unit {code} is outside your scope',
  },
  duplicate: { vi: 'Đối tượng {index}: đơn vị {code} đã có ở đối tượng {other}', en: 'Feature {index}: unit {code} is already feature {other}' },
  tooLarge: {
    vi: 'Tệp ranh giới quá lớn (tối đa {mb} MB): hãy đơn giản hoá hình học (ví dụ mapshaper -simplify) hoặc nạp từng tỉnh một',
    en: 'The boundary file is too large (at most {mb} MB): simplify the geometry (e.g. mapshaper -simplify) or load one province at a time',
  },
});
