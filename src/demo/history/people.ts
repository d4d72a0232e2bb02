// Owners of generated dossiers: Vietnamese names from the demo lists, CCCD numbers in the valid format
// (province-of-birth code, century/sex digit, birth year, six digits), phones and addresses.
import { foldVietnamese } from '../../domain/format/search.js';
import { FAMILY, GIVEN, MIDDLE } from '../demo-data.js';
import { intBetween, pick, type Rng } from './random.js';

const FEMALE_MIDDLE = new Set(['Thị', 'Thu', 'Hồng']);
const OTHER_PROVINCES = ['001', '019', '024', '031', '079', '020'];
const PHONE_PREFIXES = ['091', '094', '098', '097', '086', '035', '038', '088', '096', '034'];
const HAMLETS = ['Thôn', 'Khối', 'Tổ dân phố'];

export type Owner = {
  name: string;
  search: string;
  idNumber: string;
  phone: string | null;
  email: string | null;
  address: string;
};

/** Province-of-birth code of a unit's residents: Lạng Sơn 020, Hải Phòng 031 (by the unit's province). */
export function homeProvinceOf(provinceCode: string | null): string {
  return provinceCode === '31' ? '031' : '020';
}

const folded = new Map<string, string>();
const fold = (text: string) => {
  let f = folded.get(text);
  if (f === undefined) {
    f = foldVietnamese(text);
    folded.set(text, f);
  }
  return f;
};

export function makeOwner(rng: Rng, homeProvince: string, unitName: string, year: number): Owner {
  const family = pick(rng, FAMILY);
  const middle = pick(rng, MIDDLE);
  const given = pick(rng, GIVEN);
  const name = `${family} ${middle} ${given}`;
  const female = FEMALE_MIDDLE.has(middle) || (middle !== 'Văn' && rng() < 0.3);
  const birthYear = intBetween(rng, 1945, Math.min(year - 16, 2008));
  const century = birthYear >= 2000 ? 2 : 0;
  const province = rng() < 0.85 ? homeProvince : pick(rng, OTHER_PROVINCES);
  const serial = String(intBetween(rng, 0, 999_999)).padStart(6, '0');
  const idNumber = `${province}${century + (female ? 1 : 0)}${String(birthYear % 100).padStart(2, '0')}${serial}`;
  const phone =
    rng() < 0.9
      ? `${pick(rng, PHONE_PREFIXES)}${String(intBetween(rng, 0, 9_999_999)).padStart(7, '0')}`
      : null;
  const email =
    rng() < 0.2
      ? `${fold(given)}.${fold(family)}${intBetween(rng, 1, 999)}@example.vn`.replace(/\s/g, '')
      : null;
  const address = `${pick(rng, HAMLETS)} ${intBetween(rng, 1, 15)}, ${unitName}`;
  return { name, search: fold(name), idNumber, phone, email, address };
}
