// Publishes version N+1 of a procedure: a copy of the latest version with the administrator's changes,
// in force from a day that is today or later. The latest version, when open-ended, is closed on that day
// (the only change ever made to a stored version, written by compare-and-set). Dossiers keep the process
// they were received with, so nothing already received changes. One transaction, with its audit event.
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { ProcedureVersionItem } from '../../contract/catalog-admin.js';
import { procedures } from '../../db/schema.js';
import { localDateOf } from '../../domain/time/local-date.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { nextVersion, type VersionChanges } from './next-version.js';
import { presentVersion } from './present-version.js';
import { procedureValues } from './repository.js';

export async function publishVersion(
  deps: Deps,
  ctx: RequestContext,
  code: string,
  changes: VersionChanges,
): Promise<ProcedureVersionItem> {
  const now = deps.clock.now();
  const today = localDateOf(now.getTime());
  return deps.database.db.transaction(async (tx) => {
    const [latest] = await tx
      .select()
      .from(procedures)
      .where(eq(procedures.code, code))
      .orderBy(desc(procedures.version))
      .limit(1);
    if (!latest) throw notFound('Không tìm thấy thủ tục hành chính với mã này');
    const next = nextVersion(latest.definition, changes, today);
    if (!next.ok && next.kind === 'scheduled') throw conflict('VERSION_ALREADY_SCHEDULED', next.message);
    if (!next.ok)
      throw invalid(
        'VALIDATION_FAILED',
        `Phiên bản mới chưa hợp lệ (${next.issues.length} lỗi); chưa ban hành`,
        next.issues,
      );
    if (next.closeLatestOn !== null) {
      const closed = await tx
        .update(procedures)
        .set({
          effectiveTo: next.closeLatestOn,
          definition: { ...latest.definition, effectiveTo: next.closeLatestOn },
        })
        .where(and(eq(procedures.id, latest.id), isNull(procedures.effectiveTo)))
        .returning({ id: procedures.id });
      if (closed.length === 0)
        throw conflict('CATALOG_CHANGED', 'Thủ tục vừa được người khác thay đổi; vui lòng tải lại trang');
    }
    const [row] = await tx
      .insert(procedures)
      .values({ ...procedureValues(next.version, latest.external), createdAt: now })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, ctx, now, {
      action: 'catalog.version_published',
      entityType: 'procedure',
      entityId: row.id,
      unitId: null,
      before: {
        code,
        version: latest.version,
        effectiveFrom: latest.effectiveFrom,
        effectiveTo: latest.effectiveTo,
      },
      after: {
        code,
        version: row.version,
        effectiveFrom: row.effectiveFrom,
        previousEffectiveTo: next.closeLatestOn ?? latest.effectiveTo,
        changedCases: changes.cases.map((c) => c.code),
      },
    });
    return presentVersion(row, today);
  });
}
