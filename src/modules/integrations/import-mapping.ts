// The column mapping saved per source (which header holds each field of the sync record, the date
// format and the CSV separator): read by the upload page and the CLI, saved by the integration admin.
import { eq } from 'drizzle-orm';
import { type ColumnMappingBody, columnMapping } from '../../contract/file-import.js';
import type { Executor } from '../../db/database.js';
import { importMappings } from '../../db/schema.js';
import { type ColumnMapping, DEFAULT_MAPPING } from '../../domain/integrations/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { invalid } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadImportSource } from './import-source.js';

/** The saved mapping of a source, or null. A stored value that no longer parses counts as none. */
export async function savedMapping(db: Executor, sourceId: string) {
  const [row] = await db.select().from(importMappings).where(eq(importMappings.sourceId, sourceId));
  const parsed = row ? columnMapping.safeParse(row.mapping) : null;
  return parsed?.success ? { mapping: parsed.data as ColumnMapping, updatedAt: row!.updatedAt } : null;
}

/** A mapping given as JSON text (upload query, CLI); a Vietnamese 400 when it is not one. */
export function parseMappingText(text: string): ColumnMapping {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalid('MAPPING_INVALID', 'Bảng ánh xạ cột không phải JSON hợp lệ');
  }
  const parsed = columnMapping.safeParse(json);
  if (!parsed.success)
    throw invalid(
      'MAPPING_INVALID',
      `Bảng ánh xạ cột không hợp lệ: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data as ColumnMapping;
}

export async function getSourceMapping(deps: Deps, ctx: RequestContext, sourceCode: string) {
  const source = await loadImportSource(deps, ctx, sourceCode);
  const saved = await savedMapping(deps.database.db, source.id);
  return {
    sourceCode: source.code,
    saved: saved !== null,
    mapping: saved?.mapping ?? DEFAULT_MAPPING,
    updatedAt: saved?.updatedAt.toISOString() ?? null,
  };
}

export async function saveSourceMapping(
  deps: Deps,
  ctx: RequestContext,
  sourceCode: string,
  mapping: ColumnMappingBody,
) {
  const source = await loadImportSource(deps, ctx, sourceCode);
  const now = deps.clock.now();
  const columns = Object.fromEntries(Object.entries(mapping.columns).filter(([, v]) => v?.trim()));
  const value = { ...mapping, columns };
  await deps.database.db.transaction(async (tx) => {
    const before = await savedMapping(tx, source.id);
    await tx
      .insert(importMappings)
      .values({ sourceId: source.id, mapping: value, updatedBy: ctx.actor.id, updatedAt: now })
      .onConflictDoUpdate({
        target: importMappings.sourceId,
        set: { mapping: value, updatedBy: ctx.actor.id, updatedAt: now },
      });
    await recordAudit(tx, ctx, now, {
      action: 'integration.import_mapping_saved',
      entityType: 'integration_source',
      entityId: source.id,
      unitId: source.unitIds.values().next().value ?? null,
      before: before?.mapping ?? null,
      after: value,
    });
  });
  return {
    sourceCode: source.code,
    saved: true,
    mapping: value as ColumnMapping,
    updatedAt: now.toISOString(),
  };
}
