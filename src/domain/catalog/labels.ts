/** Vietnamese labels for catalog values, shown to people as is. */
import type {
  ClockTime,
  ComponentKind,
  Duration,
  DurationUnit,
  FeeKind,
  ImplementingLevel,
  Mechanism,
  OnlineLevel,
  StepKind,
} from './types.js';

export const LEVEL_LABELS: Record<ImplementingLevel, string> = {
  commune: 'Cấp xã',
  province: 'Cấp tỉnh',
  ministry: 'Cấp bộ',
  district: 'Cấp huyện',
  other: 'Khác',
};

export const MECHANISM_LABELS: Record<Mechanism, string> = {
  one_stop: 'Một cửa',
  inter_agency: 'Một cửa liên thông',
};

export const ONLINE_LEVEL_LABELS: Record<OnlineLevel, string> = {
  full: 'Dịch vụ công trực tuyến toàn trình',
  partial: 'Dịch vụ công trực tuyến một phần',
  none: 'Chỉ cung cấp thông tin',
};

export const FEE_KIND_LABELS: Record<FeeKind, string> = { fee: 'Phí', charge: 'Lệ phí' };

export const COMPONENT_KIND_LABELS: Record<ComponentKind, string> = {
  original: 'Bản chính',
  copy: 'Bản sao',
  certified_copy: 'Bản sao có chứng thực',
  template_form: 'Mẫu đơn, tờ khai',
};

export const STEP_KIND_LABELS: Record<StepKind, string> = {
  receive: 'Tiếp nhận',
  assign: 'Phân công',
  appraise: 'Thẩm định',
  consult: 'Lấy ý kiến, liên thông',
  approve: 'Phê duyệt, ký',
  issue: 'Ban hành, đóng dấu',
  return: 'Trả kết quả',
};

export const DURATION_UNIT_LABELS: Record<DurationUnit, string> = {
  working_days: 'ngày làm việc',
  working_hours: 'giờ làm việc',
  calendar_days: 'ngày',
};

/** '3 ngày làm việc'; 0 working days → 'Trong ngày' (+ ' (sau 15:00 trả vào ngày làm việc tiếp theo)'). */
export function durationLabel(duration: Duration, cutoff: ClockTime | null = null): string {
  if (duration.unit === 'working_days' && duration.amount === 0) {
    return cutoff === null
      ? 'Trong ngày'
      : `Trong ngày (tiếp nhận sau ${cutoff} thì trả trong ngày làm việc tiếp theo)`;
  }
  const amount = String(duration.amount).replace('.', ',');
  return `${amount} ${DURATION_UNIT_LABELS[duration.unit]}`;
}
