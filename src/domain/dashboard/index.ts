/**
 * Leaders' dashboard (bảng điều hành): the pure parts — the weeks of the on-time trend (Monday to
 * Sunday, Asia/Ho_Chi_Minh, the current week last), the on-time rate, and the grouping of late open
 * dossiers by department and by officer. Dossiers "overdue" are past the legal due date; dossiers
 * "step overdue" (partially overdue, quá hạn bước) are still within the legal due date but their
 * current workflow step is past its own deadline. No I/O: "today" is passed in.
 */
import { formatLocalDate, parseLocalDate, weekdayOf } from '../calendar/time.js';

export type Week = { from: string; to: string };

/** The `count` calendar weeks ending with the one containing `today`, oldest first. */
export function recentWeeks(today: string, count: number): Week[] {
  const day = parseLocalDate(today);
  const monday = day - ((weekdayOf(day) + 6) % 7);
  const weeks: Week[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const from = monday - 7 * back;
    weeks.push({ from: formatLocalDate(from), to: formatLocalDate(from + 6) });
  }
  return weeks;
}

/** Share of resolved dossiers resolved on time or early; null when nothing was resolved. */
export function onTimeRate(onTimeOrEarly: number, resolved: number): number | null {
  return resolved > 0 ? onTimeOrEarly / resolved : null;
}

/** One group of late open dossiers as the query returns it: per unit and current assignee. */
export type LateGroup = {
  unitCode: string;
  unitName: string;
  assigneeId: string | null;
  assigneeName: string | null;
  departmentId: string | null;
  departmentName: string | null;
  overdue: number;
  stepOverdue: number;
};

export type LateByDepartment = {
  departmentId: string | null;
  label: string;
  unitCode: string | null;
  overdue: number;
  stepOverdue: number;
};
export type LateByOfficer = {
  officerId: string | null;
  label: string;
  departmentLabel: string;
  unitCode: string | null;
  overdue: number;
  stepOverdue: number;
};

export const UNASSIGNED_LABEL = 'Chưa phân công';
export const NO_DEPARTMENT_LABEL = 'Không thuộc phòng chuyên môn';

/**
 * Sums the groups by department and by officer, most late first (then by label). Dossiers without an
 * assignee, or whose assignee has no department, form one "no department" row per covered set; labels
 * carry the unit name when the groups come from several units (a province).
 */
export function groupLate(groups: readonly LateGroup[]): {
  byDepartment: LateByDepartment[];
  byOfficer: LateByOfficer[];
} {
  const several = new Set(groups.map((g) => g.unitCode)).size > 1;
  const withUnit = (label: string, unitName: string) => (several ? `${label} – ${unitName}` : label);
  const departments = new Map<string, LateByDepartment>();
  const officers = new Map<string, LateByOfficer>();
  for (const g of groups) {
    const deptKey = g.departmentId ?? 'none';
    const dept = departments.get(deptKey) ?? {
      departmentId: g.departmentId,
      label: g.departmentId ? withUnit(g.departmentName ?? '', g.unitName) : NO_DEPARTMENT_LABEL,
      unitCode: g.departmentId ? g.unitCode : null,
      overdue: 0,
      stepOverdue: 0,
    };
    dept.overdue += g.overdue;
    dept.stepOverdue += g.stepOverdue;
    departments.set(deptKey, dept);

    const officerKey = g.assigneeId ?? 'none';
    const officer = officers.get(officerKey) ?? {
      officerId: g.assigneeId,
      label: g.assigneeId ? (g.assigneeName ?? '') : UNASSIGNED_LABEL,
      departmentLabel: g.assigneeId
        ? withUnit(g.departmentName ?? NO_DEPARTMENT_LABEL, g.unitName)
        : several
          ? 'Các đơn vị'
          : '',
      unitCode: g.assigneeId ? g.unitCode : null,
      overdue: 0,
      stepOverdue: 0,
    };
    officer.overdue += g.overdue;
    officer.stepOverdue += g.stepOverdue;
    officers.set(officerKey, officer);
  }
  return { byDepartment: sortLate([...departments.values()]), byOfficer: sortLate([...officers.values()]) };
}

function sortLate<T extends { label: string; overdue: number; stepOverdue: number }>(rows: T[]): T[] {
  return rows.sort(
    (a, b) =>
      b.overdue + b.stepOverdue - (a.overdue + a.stepOverdue) ||
      b.overdue - a.overdue ||
      a.label.localeCompare(b.label, 'vi'),
  );
}
