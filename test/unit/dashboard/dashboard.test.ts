// Pure parts of the leaders' dashboard: trend weeks, on-time rate, late dossiers by department/officer.
import { describe, expect, it } from 'vitest';
import { groupLate, type LateGroup, onTimeRate, recentWeeks } from '../../../src/domain/dashboard/index.js';

describe('recentWeeks', () => {
  it('ends with the week (Monday–Sunday) of today, oldest first, across a year boundary', () => {
    expect(recentWeeks('2026-01-07', 3)).toEqual([
      { from: '2025-12-22', to: '2025-12-28' },
      { from: '2025-12-29', to: '2026-01-04' },
      { from: '2026-01-05', to: '2026-01-11' },
    ]);
    expect(recentWeeks('2026-03-01', 1)).toEqual([{ from: '2026-02-23', to: '2026-03-01' }]);
    expect(recentWeeks('2026-03-02', 1)).toEqual([{ from: '2026-03-02', to: '2026-03-08' }]);
  });
});

describe('onTimeRate', () => {
  it('is the share resolved on time or early, and null when nothing was resolved', () => {
    expect(onTimeRate(3, 4)).toBe(0.75);
    expect(onTimeRate(0, 0)).toBeNull();
  });
});

describe('groupLate', () => {
  const g = (over: Partial<LateGroup>): LateGroup => ({
    unitCode: '06001',
    unitName: 'Phường Tam Thanh',
    assigneeId: null,
    assigneeName: null,
    departmentId: null,
    departmentName: null,
    overdue: 0,
    stepOverdue: 0,
    ...over,
  });

  it('sums by department and by officer, most late first, unassigned in their own rows', () => {
    const out = groupLate([
      g({
        assigneeId: 'a',
        assigneeName: 'Lê Văn A',
        departmentId: 'd1',
        departmentName: 'Phòng VHXH',
        overdue: 2,
      }),
      g({
        assigneeId: 'b',
        assigneeName: 'Trần Thị B',
        departmentId: 'd1',
        departmentName: 'Phòng VHXH',
        stepOverdue: 1,
      }),
      g({
        assigneeId: 'c',
        assigneeName: 'Phạm C',
        departmentId: 'd2',
        departmentName: 'Văn phòng',
        overdue: 4,
      }),
      g({ overdue: 1, stepOverdue: 1 }),
    ]);
    expect(out.byDepartment.map((d) => [d.label, d.overdue, d.stepOverdue])).toEqual([
      ['Văn phòng', 4, 0],
      ['Phòng VHXH', 2, 1],
      ['Không thuộc phòng chuyên môn', 1, 1],
    ]);
    expect(out.byOfficer.map((o) => [o.label, o.departmentLabel, o.overdue, o.stepOverdue])).toEqual([
      ['Phạm C', 'Văn phòng', 4, 0],
      ['Lê Văn A', 'Phòng VHXH', 2, 0],
      ['Chưa phân công', '', 1, 1],
      ['Trần Thị B', 'Phòng VHXH', 0, 1],
    ]);
  });

  it('names the unit when the groups come from several units', () => {
    const out = groupLate([
      g({
        assigneeId: 'a',
        assigneeName: 'Lê Văn A',
        departmentId: 'd1',
        departmentName: 'Văn phòng',
        overdue: 1,
      }),
      g({
        unitCode: '06003',
        unitName: 'Xã Vạn Linh',
        assigneeId: 'b',
        assigneeName: 'Trần B',
        departmentId: 'd9',
        departmentName: 'Văn phòng',
        overdue: 1,
      }),
    ]);
    expect(out.byDepartment.map((d) => d.label).sort()).toEqual([
      'Văn phòng – Phường Tam Thanh',
      'Văn phòng – Xã Vạn Linh',
    ]);
  });
});
