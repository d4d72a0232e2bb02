// An import job as the caller sees it (progress, figures), and its error report: the rejected rows by
// file line with MaHoSo, code and the Vietnamese reason, as CSV (UTF-8 with BOM, opens in Excel) or XLSX.
import { asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { ImportJob } from '../../contract/file-import.js';
import { importJobErrors, importJobs } from '../../db/schema.js';
import { csvField } from '../../domain/integrations/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';
import { loadImportSourceById } from './import-source.js';

type JobRow = typeof importJobs.$inferSelect;

export function presentJob(row: JobRow, source: { code: string; name: string }, resumed = false): ImportJob {
  return {
    id: row.id,
    sourceCode: source.code,
    sourceName: source.name,
    fileName: row.fileName,
    format: row.format,
    fileSize: row.fileSize,
    status: row.status,
    progress:
      row.status === 'done'
        ? 1
        : row.fileSize > 0
          ? Math.min(1, Math.max(0, row.bytesDone / row.fileSize))
          : 0,
    committedLine: row.committedLine,
    rows: row.rows,
    accepted: row.accepted,
    unchanged: row.unchanged,
    rejected: row.rejected,
    proceduresCreated: row.proceduresCreated,
    error: row.error,
    resumed,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

const JOB_NOT_FOUND = 'Không tìm thấy lần nhập tệp này';

async function visibleJob(deps: Deps, ctx: RequestContext, id: string) {
  const [row] = await deps.database.db.select().from(importJobs).where(eq(importJobs.id, id));
  if (!row) throw notFound(JOB_NOT_FOUND);
  try {
    return { row, source: await loadImportSourceById(deps, ctx, row.sourceId) };
  } catch {
    throw notFound(JOB_NOT_FOUND);
  }
}

export async function getImportJob(deps: Deps, ctx: RequestContext, id: string): Promise<ImportJob> {
  const { row, source } = await visibleJob(deps, ctx, id);
  return presentJob(row, source);
}

export const ERROR_REPORT_HEADER = ['Dòng', 'MaHoSo', 'Mã lỗi', 'Lý do'] as const;

/** The rejected rows of a job, in line order. */
export async function importErrors(deps: Deps, ctx: RequestContext, id: string) {
  const { row } = await visibleJob(deps, ctx, id);
  const errors = await deps.database.db
    .select()
    .from(importJobErrors)
    .where(eq(importJobErrors.jobId, id))
    .orderBy(asc(importJobErrors.line));
  return { job: row, errors };
}

export function errorReportCsv(errors: readonly (typeof importJobErrors.$inferSelect)[]): string {
  const lines = [ERROR_REPORT_HEADER.join(',')];
  for (const e of errors)
    lines.push([e.line, csvField(e.externalCode), csvField(e.code), csvField(e.reason)].join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function errorReportXlsx(
  errors: readonly (typeof importJobErrors.$inferSelect)[],
  fileName: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Dòng bị từ chối');
  sheet.columns = [
    { header: ERROR_REPORT_HEADER[0], key: 'line', width: 8 },
    { header: ERROR_REPORT_HEADER[1], key: 'code', width: 28 },
    { header: ERROR_REPORT_HEADER[2], key: 'kind', width: 26 },
    { header: ERROR_REPORT_HEADER[3], key: 'reason', width: 100 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const e of errors)
    sheet.addRow({ line: e.line, code: e.externalCode ?? '', kind: e.code, reason: e.reason });
  wb.title = `Lỗi nhập tệp ${fileName}`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
