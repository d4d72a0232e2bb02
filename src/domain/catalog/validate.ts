/**
 * Validation of one procedure version and of a whole catalog. Pure; returns every issue found (empty
 * array = valid), each with a stable code, a path and a Vietnamese message.
 */
import { roleCode } from '../../contract/auth.js';
import { isValidLocalDate } from '../calendar/time.js';
import { durationCapacityHours, formatHours, sumAllotmentHours } from './capacity.js';
import { isClockTimeFormat, isFieldCodeFormat, isLocalCodeFormat, isProcedureCodeFormat } from './codes.js';
import { type CatalogErrorCode, type CatalogIssue, joinPath } from './issues.js';
import { durationLabel } from './labels.js';
import type {
  Allotment,
  ClockTime,
  Duration,
  Durations,
  PartnerAgency,
  ProcedureCase,
  ProcedureVersion,
} from './types.js';

const ROLES: ReadonlySet<string> = new Set(roleCode.options);

class Collector {
  readonly issues: CatalogIssue[] = [];
  add(code: CatalogErrorCode, path: string, message: string): void {
    this.issues.push({ code, path, message });
  }
  text(path: string, value: string, what: string): void {
    if (value.trim() === '') this.add('EMPTY_TEXT', path, `${what} không được để trống`);
  }
  localCode(path: string, value: string, what: string): void {
    if (!isLocalCodeFormat(value))
      this.add('INVALID_LOCAL_CODE', path, `${what} "${value}" không hợp lệ (1–40 ký tự chữ, số, . _ / -)`);
  }
  unique(path: string, codes: readonly string[], what: string): void {
    const seen = new Set<string>();
    codes.forEach((code, i) => {
      if (seen.has(code))
        this.add('DUPLICATE_CODE', joinPath(joinPath(path, i), 'code'), `${what} "${code}" bị trùng`);
      seen.add(code);
    });
  }
}

function isWholeVnd(n: number): boolean {
  return Number.isInteger(n) && n >= 0;
}

function checkAmount(c: Collector, path: string, amount: number, unit: string): void {
  const ok =
    unit === 'working_hours'
      ? Number.isFinite(amount) && amount >= 0 && Math.round(amount * 60) === amount * 60
      : Number.isInteger(amount) && amount >= 0;
  if (!ok)
    c.add(
      'INVALID_DURATION',
      joinPath(path, 'amount'),
      unit === 'working_hours'
        ? `Số giờ phải ≥ 0 và chính xác đến phút (nhận ${amount})`
        : `Số ngày phải là số nguyên ≥ 0 (nhận ${amount})`,
    );
}

function checkDurations(c: Collector, path: string, durations: Durations, cutoff: ClockTime | null): void {
  const entries: [string, Duration | undefined][] = [
    ['counter', durations.counter],
    ['online', durations.online],
  ];
  for (const [key, d] of entries) {
    if (d === undefined) continue;
    const p = joinPath(path, key);
    checkAmount(c, p, d.amount, d.unit);
    if (d.unit === 'working_days' && d.amount === 0 && cutoff === null)
      c.add(
        'SAME_DAY_REQUIRES_CUTOFF',
        p,
        'Thời hạn "trong ngày" (0 ngày làm việc) cần có giờ chốt tiếp nhận (ví dụ 15:00)',
      );
  }
}

function checkAllotment(c: Collector, path: string, a: Allotment): void {
  checkAmount(c, path, a.amount, a.unit);
}

function checkAgency(
  c: Collector,
  path: string,
  agency: PartnerAgency,
  handedHours: number | undefined,
): void {
  c.localCode(joinPath(path, 'code'), agency.code, 'Mã cơ quan phối hợp');
  c.text(joinPath(path, 'name'), agency.name, 'Tên cơ quan phối hợp');
  checkAllotment(c, joinPath(path, 'deadline'), agency.deadline);
  c.unique(
    joinPath(path, 'steps'),
    agency.steps.map((s) => s.code),
    'Mã bước',
  );
  agency.steps.forEach((s, i) => {
    const p = joinPath(joinPath(path, 'steps'), i);
    c.localCode(joinPath(p, 'code'), s.code, 'Mã bước');
    c.text(joinPath(p, 'name'), s.name, 'Tên bước');
    checkAllotment(c, joinPath(p, 'allotted'), s.allotted);
  });
  const deadlineHours = sumAllotmentHours([agency.deadline]);
  const stepHours = sumAllotmentHours(agency.steps.map((s) => s.allotted));
  if (stepHours > deadlineHours)
    c.add(
      'AGENCY_STEPS_EXCEED_DEADLINE',
      joinPath(path, 'steps'),
      `Tổng thời gian các bước của ${agency.name} (${formatHours(stepHours)} giờ) vượt thời hạn của cơ quan (${formatHours(deadlineHours)} giờ)`,
    );
  if (handedHours === undefined)
    c.add('UNUSED_AGENCY', path, `Cơ quan phối hợp ${agency.name} không được giao bước nào trong quy trình`);
  else if (handedHours !== deadlineHours)
    c.add(
      'AGENCY_DEADLINE_MISMATCH',
      joinPath(path, 'deadline'),
      `Thời hạn của ${agency.name} (${formatHours(deadlineHours)} giờ) phải bằng tổng thời gian các bước chuyển cho cơ quan này (${formatHours(handedHours)} giờ)`,
    );
}

function checkCase(c: Collector, path: string, pc: ProcedureCase, p: ProcedureVersion): void {
  c.localCode(joinPath(path, 'code'), pc.code, 'Mã trường hợp');
  c.text(joinPath(path, 'name'), pc.name, 'Tên trường hợp');
  checkDurations(c, joinPath(path, 'durations'), pc.durations, p.cutoff);
  const processPath = joinPath(path, 'process');
  const agencyCodes = new Set(pc.agencies.map((a) => a.code));
  c.unique(
    processPath,
    pc.process.map((s) => s.code),
    'Mã bước',
  );
  const handed = new Map<string, number>();
  pc.process.forEach((s, i) => {
    const sp = joinPath(processPath, i);
    c.localCode(joinPath(sp, 'code'), s.code, 'Mã bước');
    c.text(joinPath(sp, 'name'), s.name, 'Tên bước');
    checkAllotment(c, joinPath(sp, 'allotted'), s.allotted);
    if ((s.role === null) === (s.agencyCode === null))
      c.add(
        'STEP_PERFORMER',
        sp,
        `Bước "${s.name}" phải do đúng một vai trò hoặc một cơ quan phối hợp thực hiện`,
      );
    if (s.role !== null && !ROLES.has(s.role))
      c.add('UNKNOWN_ROLE', joinPath(sp, 'role'), `Vai trò "${s.role}" không tồn tại`);
    if (s.agencyCode !== null) {
      if (!agencyCodes.has(s.agencyCode))
        c.add(
          'UNKNOWN_AGENCY',
          joinPath(sp, 'agencyCode'),
          `Cơ quan phối hợp "${s.agencyCode}" không có trong danh sách của trường hợp`,
        );
      else handed.set(s.agencyCode, (handed.get(s.agencyCode) ?? 0) + sumAllotmentHours([s.allotted]));
    }
  });
  if (pc.process.length === 0)
    c.add('EMPTY_PROCESS', processPath, `Trường hợp "${pc.name}" chưa có quy trình`);
  else {
    if (pc.process[0]?.kind !== 'receive')
      c.add(
        'PROCESS_MUST_START_WITH_RECEIVE',
        joinPath(processPath, 0),
        'Quy trình phải bắt đầu bằng bước tiếp nhận',
      );
    if (pc.process[pc.process.length - 1]?.kind !== 'return')
      c.add(
        'PROCESS_MUST_END_WITH_RETURN',
        joinPath(processPath, pc.process.length - 1),
        'Quy trình phải kết thúc bằng bước trả kết quả',
      );
  }
  const stepHours = sumAllotmentHours(pc.process.map((s) => s.allotted));
  const channels: [string, Duration | undefined][] = [
    ['counter', pc.durations.counter],
    ['online', pc.durations.online],
  ];
  for (const [key, d] of channels) {
    if (d === undefined) continue;
    const capacity = durationCapacityHours(d, p.cutoff);
    if (stepHours > capacity)
      c.add(
        'STEPS_EXCEED_DURATION',
        joinPath(joinPath(path, 'durations'), key),
        `Tổng thời gian các bước (${formatHours(stepHours)} giờ làm việc) vượt thời hạn giải quyết ${durationLabel(d)} (${formatHours(capacity)} giờ làm việc)`,
      );
  }
  const agenciesPath = joinPath(path, 'agencies');
  c.unique(
    agenciesPath,
    pc.agencies.map((a) => a.code),
    'Mã cơ quan phối hợp',
  );
  pc.agencies.forEach((a, i) => {
    checkAgency(c, joinPath(agenciesPath, i), a, handed.get(a.code));
  });
  if (pc.agencies.length > 0 && p.mechanism !== 'inter_agency')
    c.add(
      'AGENCIES_REQUIRE_INTER_AGENCY',
      agenciesPath,
      'Chỉ thủ tục một cửa liên thông mới có cơ quan phối hợp',
    );
}

/** Every issue of one procedure version (empty = valid). */
export function validateProcedureVersion(p: ProcedureVersion): CatalogIssue[] {
  const c = new Collector();
  if (!isProcedureCodeFormat(p.code))
    c.add('INVALID_PROCEDURE_CODE', 'code', `Mã thủ tục "${p.code}" phải có dạng d.dddddd (ví dụ 1.001612)`);
  if (!Number.isInteger(p.version) || p.version < 1)
    c.add('INVALID_VERSION', 'version', `Số phiên bản phải là số nguyên ≥ 1 (nhận ${p.version})`);
  const fromOk = isValidLocalDate(p.effectiveFrom);
  if (!fromOk)
    c.add('INVALID_DATE', 'effectiveFrom', `Ngày hiệu lực "${p.effectiveFrom}" không hợp lệ (YYYY-MM-DD)`);
  if (p.effectiveTo !== null) {
    if (!isValidLocalDate(p.effectiveTo))
      c.add('INVALID_DATE', 'effectiveTo', `Ngày hết hiệu lực "${p.effectiveTo}" không hợp lệ (YYYY-MM-DD)`);
    else if (fromOk && p.effectiveTo <= p.effectiveFrom)
      c.add('EMPTY_EFFECTIVE_RANGE', 'effectiveTo', 'Ngày hết hiệu lực phải sau ngày có hiệu lực');
  }
  c.text('name', p.name, 'Tên thủ tục');
  if (!isFieldCodeFormat(p.field.code))
    c.add('INVALID_FIELD_CODE', 'field.code', `Mã lĩnh vực "${p.field.code}" không hợp lệ`);
  c.text('field.name', p.field.name, 'Tên lĩnh vực');
  if (p.cutoff !== null && !isClockTimeFormat(p.cutoff))
    c.add('INVALID_CUTOFF', 'cutoff', `Giờ chốt "${p.cutoff}" phải có dạng HH:mm`);
  const cutoff = p.cutoff !== null && isClockTimeFormat(p.cutoff) ? p.cutoff : null;
  checkDurations(c, 'durations', p.durations, cutoff);
  if (p.fourOnSite && p.mechanism === 'inter_agency')
    c.add('FOUR_ON_SITE_INTER_AGENCY', 'fourOnSite', 'Thủ tục liên thông không thể giải quyết "4 tại chỗ"');

  c.unique(
    'fees',
    p.fees.map((f) => f.code),
    'Mã phí, lệ phí',
  );
  p.fees.forEach((f, i) => {
    const fp = joinPath('fees', i);
    c.localCode(joinPath(fp, 'code'), f.code, 'Mã phí, lệ phí');
    c.text(joinPath(fp, 'name'), f.name, 'Tên phí, lệ phí');
    if (!isWholeVnd(f.amount))
      c.add(
        'INVALID_AMOUNT',
        joinPath(fp, 'amount'),
        `Số tiền phải là số nguyên đồng ≥ 0 (nhận ${f.amount})`,
      );
    if (f.onlineAmount !== null && !isWholeVnd(f.onlineAmount))
      c.add(
        'INVALID_AMOUNT',
        joinPath(fp, 'onlineAmount'),
        `Số tiền nộp trực tuyến phải là số nguyên đồng ≥ 0 (nhận ${f.onlineAmount})`,
      );
  });

  const caseCodes = new Set(p.cases.map((pc) => pc.code));
  c.unique(
    'components',
    p.components.map((x) => x.code),
    'Mã thành phần hồ sơ',
  );
  p.components.forEach((x, i) => {
    const xp = joinPath('components', i);
    c.localCode(joinPath(xp, 'code'), x.code, 'Mã thành phần hồ sơ');
    c.text(joinPath(xp, 'name'), x.name, 'Tên thành phần hồ sơ');
    if (!Number.isInteger(x.quantity) || x.quantity < 1)
      c.add(
        'INVALID_QUANTITY',
        joinPath(xp, 'quantity'),
        `Số lượng phải là số nguyên ≥ 1 (nhận ${x.quantity})`,
      );
    if ((x.kind === 'template_form') !== (x.templateCode !== null))
      c.add(
        'TEMPLATE_CODE',
        joinPath(xp, 'templateCode'),
        x.kind === 'template_form' ? 'Mẫu đơn, tờ khai phải có mã mẫu' : 'Chỉ mẫu đơn, tờ khai mới có mã mẫu',
      );
    else if (x.templateCode !== null) c.localCode(joinPath(xp, 'templateCode'), x.templateCode, 'Mã mẫu');
    x.caseCodes?.forEach((code, j) => {
      if (!caseCodes.has(code))
        c.add('UNKNOWN_CASE', joinPath(joinPath(xp, 'caseCodes'), j), `Trường hợp "${code}" không tồn tại`);
    });
  });

  c.text('result.name', p.result.name, 'Tên kết quả');
  if (p.result.code !== null) c.localCode('result.code', p.result.code, 'Mã kết quả');

  if (p.cases.length === 0) c.add('NO_CASES', 'cases', 'Thủ tục phải có ít nhất một trường hợp');
  c.unique(
    'cases',
    p.cases.map((pc) => pc.code),
    'Mã trường hợp',
  );
  const pForCases = cutoff === p.cutoff ? p : { ...p, cutoff };
  p.cases.forEach((pc, i) => {
    checkCase(c, joinPath('cases', i), pc, pForCases);
  });
  if (p.mechanism === 'inter_agency' && p.cases.every((pc) => pc.agencies.length === 0))
    c.add(
      'INTER_AGENCY_WITHOUT_AGENCY',
      'mechanism',
      'Thủ tục liên thông phải có ít nhất một cơ quan phối hợp',
    );
  return c.issues;
}

/**
 * Every issue of a catalog: each version's own issues (path prefixed with '[i].'), duplicate
 * (code, version) pairs and overlapping effective ranges of the same code.
 */
export function validateCatalog(versions: readonly ProcedureVersion[]): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  versions.forEach((v, i) => {
    for (const issue of validateProcedureVersion(v))
      issues.push({ ...issue, path: issue.path === '' ? `[${i}]` : `[${i}].${issue.path}` });
  });
  const byCode = new Map<string, number[]>();
  versions.forEach((v, i) => {
    byCode.set(v.code, [...(byCode.get(v.code) ?? []), i]);
  });
  for (const [code, indexes] of byCode) {
    const sorted = [...indexes].sort((a, b) => {
      const x = versions[a];
      const y = versions[b];
      return x === undefined || y === undefined ? 0 : x.effectiveFrom.localeCompare(y.effectiveFrom);
    });
    const seenVersions = new Map<number, number>();
    for (const i of indexes) {
      const v = versions[i];
      if (v === undefined) continue;
      if (seenVersions.has(v.version))
        issues.push({
          code: 'DUPLICATE_VERSION',
          path: `[${i}].version`,
          message: `Thủ tục ${code} có hai phiên bản số ${v.version}`,
        });
      seenVersions.set(v.version, i);
    }
    for (let k = 1; k < sorted.length; k++) {
      const prev = versions[sorted[k - 1] ?? -1];
      const next = versions[sorted[k] ?? -1];
      if (prev === undefined || next === undefined) continue;
      if (prev.effectiveTo === null || next.effectiveFrom < prev.effectiveTo)
        issues.push({
          code: 'OVERLAPPING_VERSIONS',
          path: `[${sorted[k]}].effectiveFrom`,
          message: `Thủ tục ${code}: phiên bản ${next.version} có hiệu lực từ ${next.effectiveFrom}, trùng thời gian với phiên bản ${prev.version}`,
        });
    }
  }
  return issues;
}
