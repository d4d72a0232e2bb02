// Imports procedure versions (JSON or CSV in the national procedure database's shape). All or nothing:
// every record is validated first; a version already stored is skipped when identical and refused when
// different (a published version is immutable — publish a new version instead), so dossiers received
// under a version never change.
import { and, eq, inArray } from 'drizzle-orm';
import { importCatalogCsv, importCatalogJson } from '../../contract/catalog.js';
import { procedures } from '../../db/schema.js';
import { validateCatalog } from '../../domain/catalog/index.js';
import type { ProcedureVersion } from '../../domain/catalog/types.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { invalid } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { procedureValues } from './repository.js';

export type ImportInput = { format: 'json' | 'csv'; content: string };

/** Key-order-independent form (jsonb does not keep key order), undefined members dropped. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export async function importCatalog(deps: Deps, ctx: RequestContext, input: ImportInput) {
  const parsed = input.format === 'json' ? importCatalogJson(input.content) : importCatalogCsv(input.content);
  if (!parsed.ok) {
    throw invalid(
      'CATALOG_INVALID',
      `Tệp danh mục có ${parsed.errors.length} lỗi; chưa có thủ tục nào được nhập`,
      parsed.errors,
    );
  }
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const codes = [...new Set(parsed.value.map((p) => p.code))];
    const existing = codes.length
      ? await tx.select().from(procedures).where(inArray(procedures.code, codes))
      : [];
    const stored = new Map(existing.map((r) => [`${r.code}#${r.version}`, r]));
    const fresh: ProcedureVersion[] = [];
    const conflicts: { code: string; message: string }[] = [];
    for (const p of parsed.value) {
      const row = stored.get(`${p.code}#${p.version}`);
      if (!row) fresh.push(p);
      else if (canonical(row.definition) !== canonical(p)) {
        conflicts.push({
          code: 'VERSION_EXISTS',
          message: `Thủ tục ${p.code} phiên bản ${p.version} đã được công bố với nội dung khác; hãy nhập thành phiên bản mới`,
        });
      }
    }
    // Versions of one code must not overlap, counting those already stored.
    const merged = [...existing.map((r) => r.definition), ...fresh];
    const overlaps = validateCatalog(merged).filter((i) => i.code === 'OVERLAPPING_VERSIONS');
    const problems = [...conflicts, ...overlaps.map((i) => ({ code: i.code, message: i.message }))];
    if (problems.length) {
      throw invalid(
        'CATALOG_CONFLICT',
        'Danh mục nhập vào xung đột với các phiên bản đã công bố; chưa có thủ tục nào được nhập',
        problems,
      );
    }
    if (fresh.length) await tx.insert(procedures).values(fresh.map((p) => procedureValues(p)));
    await recordAudit(tx, ctx, now, {
      action: 'catalog.imported',
      entityType: 'catalog',
      entityId: now.toISOString(),
      unitId: null,
      after: {
        imported: fresh.map((p) => `${p.code}#${p.version}`),
        skipped: parsed.value.length - fresh.length,
      },
    });
    return { imported: fresh.length, skipped: parsed.value.length - fresh.length };
  });
}

export async function exportCatalog(deps: Deps, codes?: string[]) {
  const rows = await deps.database.db
    .select({ definition: procedures.definition })
    .from(procedures)
    .where(and(eq(procedures.external, false), codes?.length ? inArray(procedures.code, codes) : undefined))
    .orderBy(procedures.code, procedures.version);
  return rows.map((r) => r.definition);
}
