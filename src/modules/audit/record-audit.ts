// Writes one typed audit event. Always called with the transaction of the change it records.
import type { Tx } from '../../db/database.js';
import { auditEvents } from '../../db/schema.js';
import type { DossierAction } from '../../domain/dossier/types.js';
import type { RequestContext } from '../../platform/deps.js';

export type AuditAction =
  | 'unit.created'
  | 'unit.updated'
  | 'department.created'
  | 'department.updated'
  | 'counter.created'
  | 'counter.updated'
  | 'account.created'
  | 'account.updated'
  | 'account.password_reset'
  | 'account.password_changed'
  | 'account.transferred'
  | 'account.locked'
  | 'auth.login'
  | 'auth.logout'
  | 'auth.logout_all'
  | 'api_token.created'
  | 'api_token.revoked'
  | 'integration_source.created'
  | 'integration.ingested'
  | 'integration.file_import_started'
  | 'integration.file_imported'
  | 'integration.import_mapping_saved'
  | 'integration.national_sync_resent'
  | 'calendar_entry.created'
  | 'calendar_entry.updated'
  | 'calendar_entry.deleted'
  | 'deadline_policy.created'
  | 'catalog.imported'
  | 'catalog.version_published'
  | 'dossier.file_attached'
  | 'report.target_set'
  | 'population.lookup'
  | 'feedback.received'
  | 'feedback.assigned'
  | 'feedback.answered'
  | 'feedback.rejected'
  | 'dossier.rated'
  | `dossier.${DossierAction}`;

export type AuditInput = {
  action: AuditAction;
  entityType: string;
  entityId: string;
  unitId: string | null;
  before?: unknown;
  after?: unknown;
};

export async function recordAudit(tx: Tx, ctx: RequestContext, at: Date, e: AuditInput): Promise<void> {
  await tx.insert(auditEvents).values({
    at,
    actorId: ctx.actor.id,
    actorKind: ctx.actor.kind,
    actorName: ctx.actor.name,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    unitId: e.unitId,
    ip: ctx.ip,
    requestId: ctx.requestId,
    before: e.before ?? null,
    after: e.after ?? null,
  });
}
