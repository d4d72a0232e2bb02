import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { departments } from '../../db/schema.js';
import { invalid } from '../../platform/errors.js';

export async function checkDepartment(db: Executor, unitId: string, departmentId: string | null | undefined) {
  if (!departmentId) return;
  const [d] = await db
    .select({ id: departments.id })
    .from(departments)
    .where(
      and(eq(departments.id, departmentId), eq(departments.unitId, unitId), eq(departments.active, true)),
    );
  if (!d) throw invalid('DEPARTMENT_NOT_IN_UNIT', 'Phòng chuyên môn không thuộc đơn vị đã chọn');
}
