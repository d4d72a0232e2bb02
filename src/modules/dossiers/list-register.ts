// The dossier register (Sổ theo dõi hồ sơ, Mẫu 06) as keyset pages for the screen.
import type { RegisterPageQuery, RegisterRowDto } from '../../contract/statistical-forms.js';
import { decodeCursor, encodeCursor } from '../../platform/cursor.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { invalid } from '../../platform/errors.js';
import { type RegisterEntry, registerPage, registerScope } from './register-rows.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const iso = (d: Date | number | undefined) => (d === undefined ? null : new Date(d).toISOString());

function present(e: RegisterEntry): RegisterRowDto {
  return {
    dossierId: e.dossierId,
    dossierCode: e.dossierCode,
    procedureName: e.procedureName,
    sets: e.sets,
    ownerName: e.ownerName,
    address: e.address ?? null,
    phone: e.phone ?? null,
    receivedAt: e.receivedAt.toISOString(),
    appointmentAt: iso(e.appointmentAt) as string,
    returnedAt: iso(e.returnedAt),
    returnedTo: e.returnedTo ?? null,
    receivingOfficer: e.receivingOfficer,
  };
}

export async function listRegister(
  deps: Deps,
  ctx: RequestContext,
  input: RegisterPageQuery & { limit: number },
): Promise<{ items: RegisterRowDto[]; nextCursor: string | null }> {
  const { db } = deps.database;
  const scope = await registerScope(db, ctx, input);
  const after = decodeCursor<{ t: string; id: string }>(input.cursor);
  const at = after ? new Date(String(after.t)) : null;
  if (after && (!at || Number.isNaN(at.getTime()) || !UUID.test(String(after.id))))
    throw invalid('INVALID_CURSOR', 'Con trỏ phân trang không hợp lệ');
  const rows = await registerPage(
    db,
    scope,
    after && at ? { receivedAt: at, id: String(after.id) } : null,
    input.limit + 1,
  );
  const items = rows.slice(0, input.limit);
  const last = rows.length > input.limit ? items[items.length - 1] : undefined;
  return {
    items: items.map(present),
    nextCursor: last ? encodeCursor({ t: last.receivedAt.toISOString(), id: last.dossierId }) : null,
  };
}
