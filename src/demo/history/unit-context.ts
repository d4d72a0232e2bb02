// Everything the simulation needs about one unit, read once: its calendar (the same unitCalendar the
// server uses), resume-after-pause policy, officers by role, and the procedure versions with weights.
import { and, eq } from 'drizzle-orm';
import type { RoleCode } from '../../contract/auth.js';
import type { Executor } from '../../db/database.js';
import { accounts, departments, procedures, units } from '../../db/schema.js';
import { permissionsForRoles } from '../../domain/access/permissions.js';
import type { ResumePolicyEntry, WorkingCalendar } from '../../domain/calendar/index.js';
import type { DossierActor } from '../../domain/dossier/index.js';
import { resumePolicyOf } from '../../modules/calendar/policies.js';
import { unitCalendar } from '../../modules/calendar/unit-calendar.js';
import type { ProcedureRow } from '../../modules/catalog/repository.js';
import { demoProcedureWeights } from '../procedures/index.js';

export type Officer = { id: string; name: string; actor: DossierActor };

export type UnitContext = {
  unit: typeof units.$inferSelect;
  provinceCode: string | null;
  calendar: WorkingCalendar;
  policy: ResumePolicyEntry[];
  staff: Map<RoleCode, Officer[]>;
  /** Procedure codes with their weight and versions (oldest first). */
  procedures: { code: string; weight: number; versions: ProcedureRow[] }[];
};

export class HistoryError extends Error {}

export async function loadUnitContext(db: Executor, unitCode: string): Promise<UnitContext> {
  const [unit] = await db.select().from(units).where(eq(units.code, unitCode));
  if (!unit) throw new HistoryError(`Không tìm thấy đơn vị có mã ${unitCode}.`);
  const [parent] = unit.parentId
    ? await db.select({ code: units.code }).from(units).where(eq(units.id, unit.parentId))
    : [];
  const officers = await db
    .select({ id: accounts.id, name: accounts.fullName, roles: accounts.roles, dept: departments.code })
    .from(accounts)
    .leftJoin(departments, eq(departments.id, accounts.departmentId))
    .where(and(eq(accounts.unitId, unit.id), eq(accounts.kind, 'officer'), eq(accounts.active, true)));
  const staff = new Map<RoleCode, Officer[]>();
  for (const o of officers) {
    const roles = o.roles as RoleCode[];
    const actor: DossierActor = {
      kind: 'officer',
      id: o.id,
      roles,
      permissions: new Set(permissionsForRoles(roles)),
      departmentCode: o.dept ?? null,
    };
    for (const r of roles) staff.set(r, [...(staff.get(r) ?? []), { id: o.id, name: o.name, actor }]);
  }
  for (const role of ['receiving_officer', 'processing_officer', 'signing_leader', 'clerk'] as const) {
    if (!staff.get(role)?.length)
      throw new HistoryError(
        `Đơn vị ${unitCode} chưa có cán bộ với vai trò ${role}; không thể tạo lịch sử hồ sơ.`,
      );
  }
  const rows = await db.select().from(procedures).where(eq(procedures.external, false));
  const byCode = new Map<string, ProcedureRow[]>();
  for (const r of rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  const list = demoProcedureWeights()
    .filter((w) => byCode.has(w.code))
    .map((w) => ({
      code: w.code,
      weight: w.weight,
      versions: byCode.get(w.code)!.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)),
    }));
  if (!list.length)
    throw new HistoryError('Chưa có danh mục thủ tục mẫu; hãy chạy "npx motcua seed-demo" trước.');
  return {
    unit,
    provinceCode: parent?.code ?? null,
    calendar: await unitCalendar(db, unit),
    policy: await resumePolicyOf(db, unit.id),
    staff,
    procedures: list,
  };
}
