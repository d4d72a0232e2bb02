// Vietnamese labels for the contract's enums. Typed as Record<Enum, string> so that a value added
// to the contract fails the type check here until it gets a label.
import type { ApiPermission, CalendarEntryKind, DurationUnit, RoleCode, UnitKind } from '@contract';

export const ROLE_LABELS: Record<RoleCode, string> = {
  receiving_officer: 'Cán bộ tiếp nhận',
  processing_officer: 'Chuyên viên xử lý',
  department_head: 'Trưởng phòng chuyên môn',
  signing_leader: 'Lãnh đạo ký duyệt',
  clerk: 'Văn thư',
  procedure_controller: 'Cán bộ kiểm soát TTHC',
  center_director: 'Giám đốc Trung tâm PVHCC',
  unit_admin: 'Quản trị đơn vị',
  province_viewer: 'Cán bộ theo dõi cấp tỉnh',
  system_admin: 'Quản trị hệ thống',
};
export const ROLE_CODES = Object.keys(ROLE_LABELS) as RoleCode[];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  province: 'Tỉnh/Thành phố',
  commune: 'Xã',
  ward: 'Phường',
  special_zone: 'Đặc khu',
};
export const UNIT_KINDS = Object.keys(UNIT_KIND_LABELS) as UnitKind[];

export const API_PERMISSION_LABELS: Record<ApiPermission, string> = {
  'dossiers:ingest': 'Gửi hồ sơ vào hệ thống (dossiers:ingest)',
  'dossiers:read': 'Đọc thông tin hồ sơ (dossiers:read)',
  'reports:read': 'Đọc số liệu báo cáo (reports:read)',
  'catalog:read': 'Đọc danh mục thủ tục hành chính (catalog:read)',
};
export const API_PERMISSIONS = Object.keys(API_PERMISSION_LABELS) as ApiPermission[];

export const CALENDAR_KIND_LABELS: Record<CalendarEntryKind, string> = {
  holiday: 'Ngày nghỉ lễ, Tết',
  compensatory_off: 'Nghỉ bù',
  swap_off: 'Nghỉ hoán đổi',
  swap_workday: 'Làm việc bù (hoán đổi)',
  regular_day: 'Ngày làm việc bình thường (hủy ngày nghỉ dự kiến)',
};
export const CALENDAR_KINDS = Object.keys(CALENDAR_KIND_LABELS) as CalendarEntryKind[];

export const DURATION_UNIT_LABELS: Record<DurationUnit, string> = {
  working_days: 'Ngày làm việc',
  working_hours: 'Giờ làm việc',
  calendar_days: 'Ngày theo lịch',
};
export const DURATION_UNITS = Object.keys(DURATION_UNIT_LABELS) as DurationUnit[];

/** Officer permissions (Me.permissions), described for the home page. */
export const PERMISSION_LABELS: Record<string, string> = {
  'units:manage': 'Quản lý đơn vị hành chính, phòng chuyên môn, quầy',
  'users:manage': 'Quản lý tài khoản cán bộ',
  'tokens:manage': 'Quản lý mã truy cập API cho hệ thống kết nối',
  'audit:read': 'Xem nhật ký hệ thống',
  'calendar:manage': 'Cấu hình lịch làm việc',
  'calendar:read': 'Xem lịch làm việc, tính hạn giải quyết',
  'dossiers:receive': 'Tiếp nhận hồ sơ',
  'dossiers:process': 'Xử lý hồ sơ',
  'reports:read': 'Xem báo cáo, thống kê',
};

export function roleList(roles: readonly RoleCode[]): string {
  return roles.map((r) => ROLE_LABELS[r] ?? r).join(', ');
}

/** Entity types seen in the audit log, with a Vietnamese name; unknown types are shown as they come. */
export const ENTITY_TYPE_LABELS: Record<string, string> = {
  unit: 'Đơn vị',
  department: 'Phòng chuyên môn',
  counter: 'Quầy',
  user: 'Người dùng',
  api_token: 'Mã truy cập API',
  calendar_entry: 'Lịch làm việc',
  session: 'Phiên đăng nhập',
};

export function entityTypeLabel(type: string): string {
  return ENTITY_TYPE_LABELS[type] ?? type;
}
