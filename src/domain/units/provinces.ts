/**
 * The 34 provincial-level administrative units in force since 01/07/2025, with the codes of
 * Decision 19/2025/QĐ-TTg (legal-rules §7.5). Some third-party lists use other codes for merged
 * provinces (e.g. Bắc Ninh 27, Gia Lai 64): those are wrong, use this list.
 *
 * `name` is the usual name; the six centrally-run cities whose usual name needs it carry "Thành phố"
 * in the name itself (Thành phố Huế, Thành phố Hồ Chí Minh). `fullName` always starts with
 * "Tỉnh" or "Thành phố".
 *
 * This list is a reference for seeding and sanity checks. The authoritative unit catalogue lives in the
 * database with validity dates, because units can be merged again later.
 */

/** `province` = tỉnh, `city` = thành phố trực thuộc trung ương. */
export type ProvinceType = 'province' | 'city';

export interface Province {
  readonly code: string;
  readonly name: string;
  readonly fullName: string;
  readonly type: ProvinceType;
}

function province(code: string, name: string): Province {
  return Object.freeze({ code, name, fullName: `Tỉnh ${name}`, type: 'province' as const });
}

function city(code: string, name: string, fullName = `Thành phố ${name}`): Province {
  return Object.freeze({ code, name, fullName, type: 'city' as const });
}

export const PROVINCES: readonly Province[] = Object.freeze([
  city('01', 'Hà Nội'),
  province('04', 'Cao Bằng'),
  province('08', 'Tuyên Quang'),
  province('11', 'Điện Biên'),
  province('12', 'Lai Châu'),
  province('14', 'Sơn La'),
  province('15', 'Lào Cai'),
  province('19', 'Thái Nguyên'),
  province('20', 'Lạng Sơn'),
  province('22', 'Quảng Ninh'),
  province('24', 'Bắc Ninh'),
  province('25', 'Phú Thọ'),
  city('31', 'Hải Phòng'),
  province('33', 'Hưng Yên'),
  province('37', 'Ninh Bình'),
  province('38', 'Thanh Hóa'),
  province('40', 'Nghệ An'),
  province('42', 'Hà Tĩnh'),
  province('44', 'Quảng Trị'),
  city('46', 'Thành phố Huế', 'Thành phố Huế'),
  city('48', 'Đà Nẵng'),
  province('51', 'Quảng Ngãi'),
  province('52', 'Gia Lai'),
  province('56', 'Khánh Hòa'),
  province('66', 'Đắk Lắk'),
  province('68', 'Lâm Đồng'),
  province('75', 'Đồng Nai'),
  city('79', 'Thành phố Hồ Chí Minh', 'Thành phố Hồ Chí Minh'),
  province('80', 'Tây Ninh'),
  province('82', 'Đồng Tháp'),
  province('86', 'Vĩnh Long'),
  province('91', 'An Giang'),
  city('92', 'Cần Thơ'),
  province('96', 'Cà Mau'),
]);

const BY_CODE: ReadonlyMap<string, Province> = new Map(PROVINCES.map((p) => [p.code, p]));

/** The province with this Decision 19/2025 code, or `undefined`. */
export function findProvince(code: string): Province | undefined {
  return BY_CODE.get(code);
}

/** Whether `code` is one of the 34 province codes of Decision 19/2025/QĐ-TTg. */
export function isOfficialProvinceCode(code: string): boolean {
  return BY_CODE.has(code);
}
