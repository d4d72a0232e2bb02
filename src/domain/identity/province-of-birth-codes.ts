/**
 * Codes of the province where a citizen's birth was registered: the first three digits of the
 * 12-digit personal identification number (số định danh cá nhân / số CCCD).
 *
 * Source: Circular 07/2016/TT-BCA, Appendix I ("Bảng danh mục mã tỉnh, thành phố trực thuộc trung ương
 * nơi công dân đăng ký khai sinh"). These are the 63 provinces that existed BEFORE the 2025 merger, with
 * their names at the time. Identification numbers are permanent, so this list is frozen: never map these
 * prefixes to the 34 province codes of Decision 19/2025/QĐ-TTg (see `src/domain/units/provinces.ts`).
 *
 * Births registered abroad: Article 7 of the circular allows a country code instead of a province code
 * for citizens whose birth was registered abroad, but the list of those codes was not found in a verified
 * source, so none is included here. Callers that meet such numbers can pass the codes they have verified
 * through `CitizenIdContext.extraBirthRegistrationCodes`.
 */
export const PROVINCE_OF_BIRTH_CODES: Readonly<Record<string, string>> = Object.freeze({
  '001': 'Hà Nội',
  '002': 'Hà Giang',
  '004': 'Cao Bằng',
  '006': 'Bắc Kạn',
  '008': 'Tuyên Quang',
  '010': 'Lào Cai',
  '011': 'Điện Biên',
  '012': 'Lai Châu',
  '014': 'Sơn La',
  '015': 'Yên Bái',
  '017': 'Hòa Bình',
  '019': 'Thái Nguyên',
  '020': 'Lạng Sơn',
  '022': 'Quảng Ninh',
  '024': 'Bắc Giang',
  '025': 'Phú Thọ',
  '026': 'Vĩnh Phúc',
  '027': 'Bắc Ninh',
  '030': 'Hải Dương',
  '031': 'Hải Phòng',
  '033': 'Hưng Yên',
  '034': 'Thái Bình',
  '035': 'Hà Nam',
  '036': 'Nam Định',
  '037': 'Ninh Bình',
  '038': 'Thanh Hóa',
  '040': 'Nghệ An',
  '042': 'Hà Tĩnh',
  '044': 'Quảng Bình',
  '045': 'Quảng Trị',
  '046': 'Thừa Thiên Huế',
  '048': 'Đà Nẵng',
  '049': 'Quảng Nam',
  '051': 'Quảng Ngãi',
  '052': 'Bình Định',
  '054': 'Phú Yên',
  '056': 'Khánh Hòa',
  '058': 'Ninh Thuận',
  '060': 'Bình Thuận',
  '062': 'Kon Tum',
  '064': 'Gia Lai',
  '066': 'Đắk Lắk',
  '067': 'Đắk Nông',
  '068': 'Lâm Đồng',
  '070': 'Bình Phước',
  '072': 'Tây Ninh',
  '074': 'Bình Dương',
  '075': 'Đồng Nai',
  '077': 'Bà Rịa - Vũng Tàu',
  '079': 'Hồ Chí Minh',
  '080': 'Long An',
  '082': 'Tiền Giang',
  '083': 'Bến Tre',
  '084': 'Trà Vinh',
  '086': 'Vĩnh Long',
  '087': 'Đồng Tháp',
  '089': 'An Giang',
  '091': 'Kiên Giang',
  '092': 'Cần Thơ',
  '093': 'Hậu Giang',
  '094': 'Sóc Trăng',
  '095': 'Bạc Liêu',
  '096': 'Cà Mau',
});

/** Vietnamese name of a birth-registration province code, or `undefined` if the code is not in Appendix I. */
export function provinceOfBirthName(code: string): string | undefined {
  return Object.hasOwn(PROVINCE_OF_BIRTH_CODES, code) ? PROVINCE_OF_BIRTH_CODES[code] : undefined;
}
