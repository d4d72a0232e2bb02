// Sổ theo dõi hồ sơ (Mẫu 06): the register of dossiers received by a unit over a period, as a PDF.
// Bounded to 5,000 dossiers per document (about 250 pages); longer periods are printed month by month.
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { accounts, dossiers } from '../../db/schema.js';
import { renderTrackingRegister } from '../../documents/index.js';
import { startOfLocalDate } from '../../domain/time/local-date.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { invalid } from '../../platform/errors.js';
import { formHeader } from './form-header.js';
import { consoleUnits } from './list-dossiers.js';

const MAX_ROWS = 5000;
const RETURN_LABELS = { counter: 'Tại quầy', electronic: 'Bản điện tử', post: 'Bưu chính' } as const;

export async function renderRegister(
  deps: Deps,
  ctx: RequestContext,
  input: { unitCode?: string | undefined; from: string; to: string },
) {
  if (input.to < input.from) throw invalid('DATE_RANGE_INVALID', 'Ngày kết thúc phải sau ngày bắt đầu');
  const { db } = deps.database;
  const [unit] = await consoleUnits(db, ctx.actor, input.unitCode);
  if (!unit) throw invalid('UNIT_REQUIRED', 'Vui lòng chọn đơn vị');
  const from = startOfLocalDate(input.from);
  const to = new Date(startOfLocalDate(input.to).getTime() + 86_400_000);
  const receiver = alias(accounts, 'receiver');
  const rows = await db
    .select({ d: dossiers, receiverName: receiver.fullName })
    .from(dossiers)
    .leftJoin(receiver, eq(receiver.id, dossiers.receivedBy))
    .where(and(eq(dossiers.unitId, unit.id), gte(dossiers.receivedAt, from), lt(dossiers.receivedAt, to)))
    .orderBy(asc(dossiers.receivedAt), asc(dossiers.id))
    .limit(MAX_ROWS + 1);
  if (rows.length > MAX_ROWS) {
    throw invalid(
      'REGISTER_TOO_LONG',
      `Khoảng thời gian có hơn ${MAX_ROWS} hồ sơ; hãy in sổ theo từng tháng`,
    );
  }
  return renderTrackingRegister({
    header: await formHeader(db, unit, deps.clock.now()),
    period: { from, to: new Date(to.getTime() - 1) },
    rows: rows.map(({ d, receiverName }) => ({
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
    })),
  });
}
