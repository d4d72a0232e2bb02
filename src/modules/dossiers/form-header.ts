// The national header block of a unit's forms: the people's committee above, the one-stop centre as
// the issuer, and the place named after the province.
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { units } from '../../db/schema.js';
import type { FormHeader } from '../../documents/models.js';
import type { UnitRow } from './repository.js';

export async function formHeader(db: Executor, unit: UnitRow, issuedAt: Date): Promise<FormHeader> {
  const [parent] = unit.parentId ? await db.select().from(units).where(eq(units.id, unit.parentId)) : [];
  return {
    superior: `ỦY BAN NHÂN DÂN ${unit.name.toUpperCase()}`,
    issuer: unit.centerName ?? 'Bộ phận Một cửa',
    place: (parent?.name ?? unit.name).replace(/^(Tỉnh|Thành phố) /, ''),
    issuedAt,
  };
}
