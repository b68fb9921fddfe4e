/**
 * The schematic map of Vietnam's 63 provinces: one square tile per province by GSO code,
 * [column, row] with row 0 at the top (north). The northern mountains across the top, the Red
 * River delta below them, the central coast as a narrow column with the Central Highlands
 * beside it, then the south-east and the Mekong delta at the bottom.
 */
export const PROVINCE_TILES: Readonly<Record<string, readonly [number, number]>> = {
  // northern mountains
  '10': [2, 0], // Lào Cai
  '02': [3, 0], // Hà Giang
  '04': [4, 0], // Cao Bằng
  '12': [1, 1], // Lai Châu
  '15': [2, 1], // Yên Bái
  '08': [3, 1], // Tuyên Quang
  '06': [4, 1], // Bắc Kạn
  '20': [5, 1], // Lạng Sơn
  '11': [0, 2], // Điện Biên
  '14': [1, 2], // Sơn La
  '25': [2, 2], // Phú Thọ
  '19': [3, 2], // Thái Nguyên
  '24': [4, 2], // Bắc Giang
  '22': [5, 2], // Quảng Ninh
  // Red River delta
  '17': [1, 3], // Hoà Bình
  '26': [2, 3], // Vĩnh Phúc
  '01': [3, 3], // Hà Nội
  '27': [4, 3], // Bắc Ninh
  '30': [5, 3], // Hải Dương
  '31': [6, 3], // Hải Phòng
  '35': [3, 4], // Hà Nam
  '33': [4, 4], // Hưng Yên
  '34': [5, 4], // Thái Bình
  '38': [2, 5], // Thanh Hóa
  '37': [3, 5], // Ninh Bình
  '36': [4, 5], // Nam Định
  // north-central coast
  '40': [2, 6], // Nghệ An
  '42': [3, 7], // Hà Tĩnh
  '44': [3, 8], // Quảng Bình
  '45': [3, 9], // Quảng Trị
  '46': [4, 10], // Thừa Thiên Huế
  // south-central coast (right) and the Central Highlands (left)
  '49': [4, 11], // Quảng Nam
  '48': [5, 11], // Đà Nẵng
  '62': [4, 12], // Kon Tum
  '51': [5, 12], // Quảng Ngãi
  '64': [4, 13], // Gia Lai
  '52': [5, 13], // Bình Định
  '66': [4, 14], // Đắk Lắk
  '54': [5, 14], // Phú Yên
  '67': [3, 15], // Đắk Nông
  '68': [4, 15], // Lâm Đồng
  '56': [5, 15], // Khánh Hòa
  // south-east
  '72': [1, 16], // Tây Ninh
  '70': [2, 16], // Bình Phước
  '74': [3, 16], // Bình Dương
  '58': [5, 16], // Ninh Thuận
  '80': [1, 17], // Long An
  '79': [2, 17], // Hồ Chí Minh
  '75': [3, 17], // Đồng Nai
  '60': [4, 17], // Bình Thuận
  // Mekong delta
  '89': [0, 18], // An Giang
  '87': [1, 18], // Đồng Tháp
  '82': [2, 18], // Tiền Giang
  '77': [3, 18], // Bà Rịa - Vũng Tàu
  '91': [0, 19], // Kiên Giang
  '92': [1, 19], // Cần Thơ
  '86': [2, 19], // Vĩnh Long
  '83': [3, 19], // Bến Tre
  '93': [1, 20], // Hậu Giang
  '94': [2, 20], // Sóc Trăng
  '84': [3, 20], // Trà Vinh
  '96': [0, 21], // Cà Mau
  '95': [1, 21], // Bạc Liêu
};

/** Tile labels for the provinces whose names do not fit a tile. */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  '79': 'TP HCM',
  '77': 'BR-VT',
  '46': 'Huế',
};

const PREFIXES = /^(Thành phố|Tỉnh|Quận|Huyện|Thị xã|Phường|Xã|Thị trấn)\s+/i;

/** A name short enough for a tile: "Thừa Thiên Huế" → "Huế", "Phường Hồng Gai" → "Hồng Gai" ("Phường 1" stays). */
export function tileLabel(code: string, name: string): string {
  const special = SHORT_NAMES[code];
  if (special) return special;
  const rest = name.replace(PREFIXES, '');
  return /^\d+$/.test(rest) ? name : rest;
}

/** Where the i-th of `count` units sits in a square grid (districts and communes, in list order). */
export function squareTile(index: number, count: number): [number, number] {
  // a little wider than tall, as a page is
  const columns = Math.max(1, Math.ceil(Math.sqrt(count * 1.5)));
  return [index % columns, Math.floor(index / columns)];
}
