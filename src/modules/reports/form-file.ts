// Shared by the statistical-form exports (Biểu II.06a, II.06b, II.07b): the superior body printed above
// the reporting unit, and the rendering of a form model as xlsx or docx.
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { units } from '../../db/schema.js';
import { renderStatisticalFormDocx } from '../../documents/reports/form-docx.js';
import { renderStatisticalFormXlsx } from '../../documents/reports/form-xlsx.js';
import type { StatisticalForm } from '../../domain/reports/index.js';

export const EXPORT_FORMATS = [
  { extension: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
] as const;
export type ExportExtension = (typeof EXPORT_FORMATS)[number]['extension'];

/** Name of the parent unit (the province above a commune), or null. */
export async function superiorName(db: Executor, unitCode: string): Promise<string | null> {
  const [unit] = await db.select().from(units).where(eq(units.code, unitCode));
  if (!unit?.parentId) return null;
  const [parent] = await db.select().from(units).where(eq(units.id, unit.parentId));
  return parent?.name ?? null;
}

export function renderForm(model: StatisticalForm, extension: ExportExtension): Promise<Buffer> {
  return extension === 'xlsx' ? renderStatisticalFormXlsx(model) : renderStatisticalFormDocx(model);
}
