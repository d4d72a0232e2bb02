// Citizen tracking without login, from the QR code on the receipt: needs the dossier code and the
// random key printed with it; shows the state and dates, and the owner's name masked.
import { and, eq } from 'drizzle-orm';
import { dossiers, units } from '../../db/schema.js';
import { STATE_LABELS } from '../../domain/dossier/index.js';
import type { Deps } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';
import { safeEqual } from '../auth/secrets.js';

export function maskName(name: string): string {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return `${name.slice(0, 1)}.`;
  return [...parts.slice(0, -1).map((p) => `${p.slice(0, 1)}.`), parts[parts.length - 1]].join(' ');
}

export async function publicTracking(deps: Deps, code: string, key: string) {
  const [found] = await deps.database.db
    .select({ d: dossiers, unitName: units.name })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .where(and(eq(dossiers.code, code)))
    .limit(1);
  if (!found || !safeEqual(found.d.trackingKey, key))
    throw notFound('Không tìm thấy hồ sơ. Vui lòng kiểm tra mã hồ sơ và mã tra cứu.');
  const d = found.d;
  return {
    code: d.code,
    procedureName: d.procedureName,
    ownerName: maskName(d.ownerName),
    stateLabel: STATE_LABELS[d.state],
    receivedAt: d.receivedAt?.toISOString() ?? null,
    dueAt: d.dueAt?.toISOString() ?? null,
    returnedAt: d.returnedAt?.toISOString() ?? null,
    unitName: found.unitName,
  };
}
