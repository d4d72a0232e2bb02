// Realistic demo organisation: Lạng Sơn province with three of its communes/wards, and one
// ward of Hải Phòng (used to show that units never see each other's records).
// Commune codes here are demo values in the 5-digit format of Decision 19/2025/QĐ-TTg;
// load the official list before production use.
import type { RoleCode } from '../contract/auth.js';
import type { UnitKind } from '../contract/common.js';

export type DemoUnit = {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  slug: string;
};

export const DEMO_UNITS: DemoUnit[] = [
  { code: '20', name: 'Tỉnh Lạng Sơn', kind: 'province', parentCode: null, slug: 'langson' },
  { code: '06001', name: 'Phường Tam Thanh', kind: 'ward', parentCode: '20', slug: 'tamthanh' },
  { code: '06002', name: 'Phường Lương Văn Tri', kind: 'ward', parentCode: '20', slug: 'luongvantri' },
  { code: '06003', name: 'Xã Vạn Linh', kind: 'commune', parentCode: '20', slug: 'vanlinh' },
  { code: '31', name: 'Thành phố Hải Phòng', kind: 'province', parentCode: null, slug: 'haiphong' },
  { code: '11001', name: 'Phường Hồng Bàng', kind: 'ward', parentCode: '31', slug: 'hongbang' },
];

export const DEMO_DEPARTMENTS = [
  { code: 'VP', name: 'Văn phòng HĐND và UBND' },
  { code: 'VHXH', name: 'Phòng Văn hóa – Xã hội' },
  { code: 'KT', name: 'Phòng Kinh tế, Hạ tầng và Đô thị' },
];

export const DEMO_COUNTERS = [
  { number: 1, name: 'Quầy 1 – Tư pháp, hộ tịch, chứng thực' },
  { number: 2, name: 'Quầy 2 – Đất đai, xây dựng, môi trường' },
  { number: 3, name: 'Quầy 3 – Lao động, người có công, bảo trợ xã hội' },
  { number: 4, name: 'Quầy 4 – Đăng ký kinh doanh và lĩnh vực khác' },
];

/** One officer per role at every commune/ward: [username suffix, role, department code]. */
export const COMMUNE_STAFF: [string, RoleCode, string | null][] = [
  ['tiepnhan', 'receiving_officer', null],
  ['chuyenvien', 'processing_officer', 'VHXH'],
  ['truongphong', 'department_head', 'VHXH'],
  ['lanhdao', 'signing_leader', 'VP'],
  ['vanthu', 'clerk', 'VP'],
  ['kiemsoat', 'procedure_controller', 'VP'],
  ['giamdoc', 'center_director', null],
  ['quantri', 'unit_admin', null],
];

export const PROVINCE_STAFF: [string, RoleCode][] = [
  ['theodoi', 'province_viewer'],
  ['quantri', 'unit_admin'],
];

export const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vi',
  'Lương',
  'Nông',
  'Hà',
  'Đinh',
  'Lục',
  'Chu',
];
export const MIDDLE = ['Văn', 'Thị', 'Đức', 'Thu', 'Minh', 'Hồng', 'Quốc', 'Thanh'];
export const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dung',
  'Giang',
  'Hạnh',
  'Hùng',
  'Lan',
  'Linh',
  'Mai',
  'Nam',
  'Phương',
  'Quân',
  'Thảo',
  'Tuấn',
  'Yến',
];

export const DEMO_CITIZENS = [
  {
    username: 'congdan.an',
    fullName: 'Hoàng Văn An',
    citizenId: '020090001234',
    phone: '0912345678',
    email: 'an.hoang@example.vn',
  },
  {
    username: 'congdan.lan',
    fullName: 'Vi Thị Lan',
    citizenId: '020185004321',
    phone: '0987654321',
    email: null,
  },
  {
    username: 'congdan.minh',
    fullName: 'Nguyễn Đức Minh',
    citizenId: '031201007788',
    phone: '0356789012',
    email: 'minh.nd@example.vn',
  },
];

export const DEMO_ORGANISATIONS = [
  {
    username: 'dn.hoanglong',
    fullName: 'Công ty TNHH Thương mại Hoàng Long',
    taxCode: '4900123456',
    phone: '02053812345',
  },
];
