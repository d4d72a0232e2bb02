// The rows of the dossier register (Sổ theo dõi hồ sơ, Mẫu 06): the dossiers a unit received over a
// period, oldest first, read in keyset pages over (received_at, id) — the PDF, the docx, the JSON
// pages and the streamed xlsx all read them here, so a long register is never loaded whole.
import { and, asc, eq, gt, gte, lt, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/database.js';
import { accounts, dossiers } from '../../db/schema.js';
import type { RegisterRow } from '../../documents/models.js';
import { startOfLocalDate } from '../../domain/time/local-date.js';
import type { RequestContext } from '../../platform/deps.js';
import { invalid } from '../../platform/errors.js';
import { consoleUnits } from './list-dossiers.js';
import type { UnitRow } from './repository.js';

export type RegisterInput = { unitCode?: string | undefined; from: string; to: string };
export type RegisterScope = { unit: UnitRow; from: Date; to: Date };
export type RegisterKey = { receivedAt: Date; id: string };
export type RegisterEntry = RegisterRow & { readonly dossierId: string; readonly receivedAt: Date };

/** Longest register drawn in memory (PDF, docx): about 250 pages; longer ones go month by month. */
export const MAX_REGISTER_ROWS = 5000;
const RETURN_LABELS = { counter: 'Tại quầy', electronic: 'Bản điện tử', post: 'Bưu chính' } as const;

/** The unit (in the actor's scope; 404 outside) and the instants [from, to) of the register. */
export async function registerScope(
  db: Executor,
  ctx: RequestContext,
  input: RegisterInput,
): Promise<RegisterScope> {
  if (input.to < input.from) throw invalid('DATE_RANGE_INVALID', 'Ngày kết thúc phải sau ngày bắt đầu');
  const [unit] = await consoleUnits(db, ctx.actor, input.unitCode);
  if (!unit) throw invalid('UNIT_REQUIRED', 'Vui lòng chọn đơn vị');
  const from = startOfLocalDate(input.from);
  return { unit, from, to: new Date(startOfLocalDate(input.to).getTime() + 86_400_000) };
}

/** Up to `limit` rows after `after` (exclusive), in (received_at, id) order. */
export async function registerPage(
  db: Executor,
  scope: RegisterScope,
  after: RegisterKey | null,
  limit: number,
): Promise<RegisterEntry[]> {
  const receiver = alias(accounts, 'receiver');
  const rows = await db
    .select({ d: dossiers, receiverName: receiver.fullName })
    .from(dossiers)
    .leftJoin(receiver, eq(receiver.id, dossiers.receivedBy))
    .where(
      and(
        eq(dossiers.unitId, scope.unit.id),
        gte(dossiers.receivedAt, scope.from),
        lt(dossiers.receivedAt, scope.to),
        after
          ? or(
              gt(dossiers.receivedAt, after.receivedAt),
              and(eq(dossiers.receivedAt, after.receivedAt), gt(dossiers.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(dossiers.receivedAt), asc(dossiers.id))
    .limit(limit);
  return rows.map(({ d, receiverName }) => ({
    dossierId: d.id,
    dossierCode: d.code,
    procedureName: d.procedureName,
    sets: 1,
    ownerName: d.ownerName,
    ...(d.ownerAddress ? { address: d.ownerAddress } : {}),
    ...(d.ownerPhone ? { phone: d.ownerPhone } : {}),
    receivedAt: d.receivedAt!,
    appointmentAt: d.dueAt ?? d.receivedAt!,
    ...(d.returnedAt ? { returnedAt: d.returnedAt, returnedTo: RETURN_LABELS[d.returnChannel] } : {}),
    receivingOfficer: receiverName ?? (d.source === 'motcua' ? '' : d.source),
  }));
}

/** Every row of the register, page by page (`pageSize` rows in memory at a time). */
export async function* registerRows(
  db: Executor,
  scope: RegisterScope,
  pageSize = 1000,
): AsyncGenerator<RegisterEntry> {
  let after: RegisterKey | null = null;
  for (;;) {
    const page = await registerPage(db, scope, after, pageSize);
    yield* page;
    const last = page[page.length - 1];
    if (!last || page.length < pageSize) return;
    after = { receivedAt: last.receivedAt, id: last.dossierId };
  }
}

/** All rows for a document drawn in memory; more than MAX_REGISTER_ROWS is a 400. */
export async function boundedRegisterRows(db: Executor, scope: RegisterScope): Promise<RegisterEntry[]> {
  const rows = await registerPage(db, scope, null, MAX_REGISTER_ROWS + 1);
  if (rows.length > MAX_REGISTER_ROWS) {
    throw invalid(
      'REGISTER_TOO_LONG',
      `Khoảng thời gian có hơn ${MAX_REGISTER_ROWS} hồ sơ; hãy in sổ theo từng tháng (bản Excel không giới hạn)`,
    );
  }
  return rows;
}
