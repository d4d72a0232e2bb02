// Vietnamese labels for the contract's enums. Typed as Record<Enum, string> so that a value added
// to the contract fails the type check here until it gets a label.
import type {
  AllotmentUnitCode,
  ApiPermission,
  CalendarEntryKind,
  DossierQueue,
  DossierStateCode,
  DurationUnit,
  ProcedureDetail,
  ProcedureSummary,
  RoleCode,
  StepKindCode,
  UnitKind,
  VersionStatus,
} from '@contract';
import type {
  DeadlineStatus,
  DossierChannel,
  FeePayment,
  OwnerKind,
  ReturnChannel,
  StepStatus,
} from '../api/dossiers';

type ComponentKind = ProcedureDetail['components'][number]['kind'];
type FeeKind = ProcedureDetail['fees'][number]['kind'];

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
  'catalog:manage': 'Quản lý danh mục thủ tục hành chính, ban hành quy trình',
  'feedback:handle': 'Xử lý phản ánh, kiến nghị; xem đánh giá mức độ hài lòng',
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
  procedure: 'Thủ tục hành chính',
};

export function entityTypeLabel(type: string): string {
  return ENTITY_TYPE_LABELS[type] ?? type;
}

// ------------------------------------------------------------------------------- dossiers, catalog

export const DOSSIER_STATE_LABELS: Record<DossierStateCode, string> = {
  submitted: 'Mới đăng ký',
  intake_supplement_requested: 'Yêu cầu bổ sung trước khi tiếp nhận',
  rejected_at_intake: 'Không được tiếp nhận',
  received: 'Được tiếp nhận',
  processing: 'Đang xử lý',
  supplement_requested: 'Yêu cầu bổ sung giấy tờ',
  awaiting_payment: 'Chờ thực hiện nghĩa vụ tài chính',
  withdrawn: 'Công dân yêu cầu rút hồ sơ',
  stopped: 'Dừng xử lý',
  resolved: 'Đã xử lý xong, chờ trả kết quả',
  refused: 'Từ chối giải quyết, chờ trả thông báo',
  returned: 'Đã trả kết quả',
  transferred: 'Đã chuyển đến đơn vị có thẩm quyền',
};
export const DOSSIER_STATES = Object.keys(DOSSIER_STATE_LABELS) as DossierStateCode[];

/** Fallback labels of the work queues (the server sends its own label with each count). */
export const QUEUE_LABELS: Record<DossierQueue, string> = {
  to_receive: 'Chờ tiếp nhận (trực tuyến)',
  to_process: 'Đang giải quyết',
  mine: 'Của tôi',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  supplement: 'Chờ bổ sung',
  payment: 'Chờ nghĩa vụ tài chính',
  to_return: 'Chờ trả kết quả',
  returned_today: 'Đã trả hôm nay',
  all: 'Tất cả hồ sơ',
};

export const DOSSIER_CHANNEL_LABELS: Record<DossierChannel, string> = {
  direct: 'Trực tiếp tại quầy',
  online: 'Trực tuyến',
  postal: 'Qua bưu chính',
};

export const RETURN_CHANNEL_LABELS: Record<ReturnChannel, string> = {
  counter: 'Tại quầy',
  electronic: 'Trực tuyến',
  post: 'Qua bưu chính',
};
export const RETURN_CHANNELS = Object.keys(RETURN_CHANNEL_LABELS) as ReturnChannel[];

export const FEE_PAYMENT_LABELS: Record<FeePayment, string> = {
  now: 'Thu ngay',
  at_return: 'Thu khi trả kết quả',
  exempt: 'Miễn phí',
};
export const FEE_PAYMENTS = Object.keys(FEE_PAYMENT_LABELS) as FeePayment[];

export const DEADLINE_STATUS_LABELS: Record<NonNullable<DeadlineStatus>, string> = {
  within_deadline: 'Trong hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  early: 'Sớm hạn',
  on_time: 'Đúng hạn',
  late: 'Trễ hạn',
};

export const STEP_STATUS_LABELS: Record<StepStatus, string> = {
  early: 'Sớm hạn',
  on_time: 'Đúng hạn',
  late: 'Trễ hạn',
  in_progress: 'Đang xử lý',
  overdue: 'Quá hạn',
};

export const OWNER_KIND_LABELS: Record<OwnerKind, string> = {
  citizen: 'Công dân',
  organisation: 'Tổ chức, doanh nghiệp',
};

export const COMPONENT_KIND_LABELS: Record<ComponentKind, string> = {
  original: 'Bản chính',
  copy: 'Bản sao',
  certified_copy: 'Bản sao có chứng thực',
  template_form: 'Mẫu đơn, tờ khai',
};

export const FEE_KIND_LABELS: Record<FeeKind, string> = { fee: 'Phí', charge: 'Lệ phí' };

export const MECHANISM_LABELS: Record<ProcedureSummary['mechanism'], string> = {
  one_stop: 'Một cửa',
  inter_agency: 'Một cửa liên thông',
};

export const ONLINE_LEVEL_LABELS: Record<ProcedureSummary['onlineLevel'], string> = {
  full: 'Dịch vụ công trực tuyến toàn trình',
  partial: 'Dịch vụ công trực tuyến một phần',
  none: 'Chỉ cung cấp thông tin',
};

/** Lowercase duration units for sentences: '3 ngày làm việc'. */
export const DURATION_UNIT_WORDS: Record<DurationUnit, string> = {
  working_days: 'ngày làm việc',
  working_hours: 'giờ làm việc',
  calendar_days: 'ngày',
};

/** '3 ngày làm việc'; 0 working days → 'Trong ngày'. */
export function durationText(d: { amount: number; unit: DurationUnit }): string {
  if (d.unit === 'working_days' && d.amount === 0) return 'Trong ngày';
  return `${String(d.amount).replace('.', ',')} ${DURATION_UNIT_WORDS[d.unit]}`;
}

/** Implementing level of a procedure ('commune' …); an unknown value is shown as it comes. */
export const LEVEL_LABELS: Record<string, string> = {
  commune: 'Cấp xã',
  province: 'Cấp tỉnh',
  ministry: 'Cấp bộ',
  district: 'Cấp huyện',
  other: 'Khác',
};
export const levelLabel = (level: string) => LEVEL_LABELS[level] ?? level;

// ------------------------------------------------------------------------------- catalog administration

export const STEP_KIND_LABELS: Record<StepKindCode, string> = {
  receive: 'Tiếp nhận',
  assign: 'Phân công',
  appraise: 'Thẩm định',
  consult: 'Lấy ý kiến, liên thông',
  approve: 'Phê duyệt, ký',
  issue: 'Ban hành, đóng dấu',
  return: 'Trả kết quả',
};
export const STEP_KINDS = Object.keys(STEP_KIND_LABELS) as StepKindCode[];

export const ALLOTMENT_UNIT_LABELS: Record<AllotmentUnitCode, string> = {
  working_hours: 'Giờ làm việc',
  working_days: 'Ngày làm việc',
};
export const ALLOTMENT_UNITS = Object.keys(ALLOTMENT_UNIT_LABELS) as AllotmentUnitCode[];

export const VERSION_STATUS_LABELS: Record<VersionStatus, string> = {
  superseded: 'Hết hiệu lực',
  in_force: 'Đang áp dụng',
  scheduled: 'Sắp áp dụng',
};
