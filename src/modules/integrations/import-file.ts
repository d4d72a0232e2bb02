// File import of another system's export (CSV or XLSX with the national sync record's columns, or with
// the source's column mapping): one job per (source, file content, mapping). The file is streamed; each
// row is judged in this process by the inbound API's record rules (fast acceptance, else the schema for
// the reason) and by the source's units; valid rows go in chunks to import-chunk.ts, which writes a
// chunk set-based in one transaction together with its rejected rows and the job's last committed line.
// Running the same file again continues after that line (a finished job is answered as it is), so an
// interrupted import resumes and no chunk is ever written twice. The next chunk is parsed while the
// database writes the current one.
import { createHash, hash as digest } from 'node:crypto';
import fs from 'node:fs';
import { and, eq, inArray } from 'drizzle-orm';
import { type DvcRecord, dvcRecord, recordIssues } from '../../contract/dvc-record.js';
import type { ImportJob } from '../../contract/file-import.js';
import { importJobs, procedures } from '../../db/schema.js';
import {
  acceptFileRow,
  type ColumnMapping,
  type CsvRow,
  compareStamps,
  type FileRecord,
  missingColumnsMessage,
  type ResolvedColumns,
  resolveColumns,
  rowObject,
  stampOf,
} from '../../domain/integrations/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { conflict, invalid } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { procedureValues } from '../catalog/repository.js';
import { externalProcedure } from './external-procedure.js';
import { type Chunk, dropIdentical, type StagedRow, writeChunk } from './import-chunk.js';
import { type FileFormat, FileRows, sniffFormat } from './import-file-rows.js';
import { presentJob } from './import-job.js';
import { savedMapping } from './import-mapping.js';
import { type ImportSource, loadImportSource } from './import-source.js';

export type ImportFileInput = {
  path: string;
  fileName: string;
  sourceCode: string;
  /** Mapping for this file; default: the source's saved mapping, else columns named as the fields. */
  mapping?: ColumnMapping | null;
  /** Rows per chunk (default 25,000 on PostgreSQL, 2,000 on PGlite). */
  chunkRows?: number;
  onProgress?: (job: ImportJob) => void;
  /** Stop after this many chunks, leaving the job to be resumed (tests of an interrupted import). */
  maxChunks?: number;
};

/** Jobs running in this process (a job found 'running' but not here was interrupted: it is resumed). */
const running = new Set<string>();

async function fileDigest(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of fs.createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** Rows looked at for the header: exports often start with a title or a blank line above it. */
const HEADER_SEARCH_ROWS = 20;

/**
 * The header row: the first of the first rows that has every required column under the mapping; when
 * none has, the first row (whose missing columns are then reported).
 */
async function findHeader(rows: FileRows, mapping: ColumnMapping): Promise<CsvRow | null> {
  let first: CsvRow | null = null;
  let seen = 0;
  for await (const batch of rows.rows())
    for (const row of batch) {
      first ??= row;
      if (resolveColumns(row.cells, mapping).missing.length === 0) return row;
      if (++seen >= HEADER_SEARCH_ROWS) return first;
    }
  return first;
}

/** The catalog entry of each row's procedure, as the API chooses it; unknown codes become external entries. */
class ProcedureIndex {
  private readonly versions = new Map<
    string,
    { id: string; from: string; to: string | null; version: number }[]
  >();
  created = 0;

  constructor(private readonly deps: Deps) {}

  async ensure(rows: readonly StagedRow[]) {
    const missing = new Map<string, FileRecord>();
    for (const r of rows)
      if (!this.versions.has(r.record.MaTTHC) && !missing.has(r.record.MaTTHC))
        missing.set(r.record.MaTTHC, r.record);
    if (!missing.size) return;
    await this.load([...missing.keys()]);
    const unknown = [...missing.values()].filter((r) => !this.versions.has(r.MaTTHC));
    if (!unknown.length) return;
    const inserted = await this.deps.database.db
      .insert(procedures)
      .values(unknown.map((r) => procedureValues(externalProcedure(r as DvcRecord), true)))
      .onConflictDoNothing()
      .returning({ id: procedures.id });
    this.created += inserted.length;
    await this.load(unknown.map((r) => r.MaTTHC));
  }

  private async load(codes: string[]) {
    const found = await this.deps.database.db
      .select({
        id: procedures.id,
        code: procedures.code,
        version: procedures.version,
        from: procedures.effectiveFrom,
        to: procedures.effectiveTo,
      })
      .from(procedures)
      .where(inArray(procedures.code, codes));
    for (const p of found) {
      const list = this.versions.get(p.code) ?? [];
      if (!list.some((x) => x.id === p.id))
        list.push({ id: p.id, from: p.from, to: p.to, version: p.version });
      list.sort((a, b) => b.version - a.version);
      this.versions.set(p.code, list);
    }
  }

  /** The version in force on the receipt day, else the latest version (external-procedure.ts). */
  idFor = (r: FileRecord): string => {
    const list = this.versions.get(r.MaTTHC)!;
    if (list.length === 1) return list[0]!.id;
    const day = new Date(r.NgayTiepNhan + 7 * 3_600_000).toISOString().slice(0, 10);
    return (list.find((v) => v.from <= day && (v.to === null || v.to > day)) ?? list[0]!).id;
  };
}

export type Prepared = {
  /** File line of the header row. */
  headerLine: number;
  source: ImportSource;
  columns: ResolvedColumns;
  mapping: ColumnMapping;
  committedLine: number;
};

/** Chunks of judged rows after the committed line, in file order. */
export async function* chunksOf(rows: FileRows, p: Prepared, chunkRows: number): AsyncGenerator<Chunk> {
  let chunk: Chunk = { lastLine: 0, bytes: 0, rows: 0, staged: [], errors: [], stale: 0 };
  let byCode = new Map<string, number>();
  for await (const batch of rows.rows()) {
    for (const { line, cells } of batch) {
      // The header and anything above it, then the rows of chunks already committed.
      if (line <= p.headerLine || line <= p.committedLine) continue;
      chunk.rows++;
      chunk.lastLine = line;
      const raw = rowObject(cells, p.columns, p.mapping);
      let record: FileRecord | null = acceptFileRow(raw);
      if (!record) {
        const parsed = dvcRecord.safeParse(raw);
        if (!parsed.success) {
          chunk.errors.push({
            line,
            code: raw.MaHoSo?.trim().slice(0, 60) || null,
            errorCode: 'INVALID_RECORD',
            reason: recordIssues(parsed.error),
          });
        } else record = parsed.data as FileRecord;
      }
      if (record) {
        const unitId = p.source.unitIds.get(record.DonViXuLy);
        if (!unitId) {
          chunk.errors.push({
            line,
            code: record.MaHoSo,
            errorCode: 'UNIT_NOT_ALLOWED',
            reason: `Đơn vị xử lý "${record.DonViXuLy}" không thuộc các đơn vị mà hệ thống nguồn được phép gửi hồ sơ`,
          });
        } else {
          const r = record;
          const stamp = stampOf(
            [r.NgayNopHoSo, r.NgayTiepNhan, r.NgayKetThucXuLy, r.NgayTuChoi, r.NgayTra],
            r.TrangThaiHoSo,
          );
          const staged: StagedRow = {
            line,
            record: r,
            unitId,
            stamp,
            // One-shot digest: the same value as the API's createHash(…).digest('base64url'), three times faster.
            hash: digest('sha256', JSON.stringify(r), 'base64url'),
          };
          // The same MaHoSo twice in a chunk: the newer record is written, the older counts as unchanged.
          const seen = byCode.get(r.MaHoSo);
          if (seen === undefined) {
            byCode.set(r.MaHoSo, chunk.staged.length);
            chunk.staged.push(staged);
          } else {
            chunk.stale++;
            if (compareStamps(stamp, chunk.staged[seen]!.stamp) >= 0) chunk.staged[seen] = staged;
          }
        }
      }
      if (chunk.rows >= chunkRows) {
        chunk.bytes = rows.bytesRead;
        yield chunk;
        chunk = { lastLine: 0, bytes: 0, rows: 0, staged: [], errors: [], stale: 0 };
        byCode = new Map();
      }
    }
  }
  if (chunk.rows) {
    chunk.bytes = rows.bytesRead;
    yield chunk;
  }
}

async function jobById(deps: Deps, id: string) {
  const [row] = await deps.database.db.select().from(importJobs).where(eq(importJobs.id, id));
  return row!;
}

/**
 * Checks the file and its columns, creates or resumes the job and starts it. `done` settles when the
 * job has finished (or stopped); the HTTP route answers with `job` at once and the page follows progress.
 */
export async function startFileImport(
  deps: Deps,
  ctx: RequestContext,
  input: ImportFileInput,
): Promise<{ job: ImportJob; done: Promise<ImportJob> }> {
  const source = await loadImportSource(deps, ctx, input.sourceCode);
  const mapping = input.mapping ?? (await savedMapping(deps.database.db, source.id))?.mapping ?? null;
  const effective: ColumnMapping = mapping ?? {
    columns: {},
    dateFormat: 'yyyyMMddHHmmss',
    delimiter: 'auto',
  };
  const format: FileFormat | null = await sniffFormat(input.path);
  if (!format)
    throw invalid(
      'FILE_TYPE_NOT_ALLOWED',
      'Chỉ nhận tệp CSV (UTF-8) hoặc Excel .xlsx (kiểm tra theo nội dung tệp)',
    );
  const delimiter = effective.delimiter === 'auto' ? null : effective.delimiter;
  let header: CsvRow | null;
  try {
    header = await findHeader(new FileRows(input.path, format, delimiter), effective);
  } catch {
    throw invalid('FILE_UNREADABLE', 'Không đọc được tệp (tệp Excel hỏng hoặc không phải .xlsx)');
  }
  if (!header) throw invalid('FILE_EMPTY', 'Tệp không có dòng nào');
  const columns = resolveColumns(header.cells, effective);
  if (columns.missing.length)
    throw invalid('IMPORT_COLUMNS_MISSING', missingColumnsMessage(columns.missing, effective), {
      missing: columns.missing,
      header: header.cells.slice(0, 60),
    });

  const { sha256, size } = await fileDigest(input.path);
  const mappingHash = createHash('sha256').update(JSON.stringify(effective)).digest('hex').slice(0, 32);
  const now = deps.clock.now();
  const { db } = deps.database;
  const { row, resumed } = await db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(importJobs)
      .where(
        and(
          eq(importJobs.sourceId, source.id),
          eq(importJobs.fileSha256, sha256),
          eq(importJobs.mappingHash, mappingHash),
        ),
      )
      .for('update');
    if (existing?.status === 'done') return { row: existing, resumed: false };
    if (existing && running.has(existing.id))
      throw conflict('IMPORT_RUNNING', 'Tệp này đang được nhập; hãy theo dõi tiến độ của lần nhập đang chạy');
    const [job] = existing
      ? await tx
          .update(importJobs)
          .set({ status: 'running', error: null, fileName: input.fileName, updatedAt: now })
          .where(eq(importJobs.id, existing.id))
          .returning()
      : await tx
          .insert(importJobs)
          .values({
            sourceId: source.id,
            fileName: input.fileName,
            fileSha256: sha256,
            fileSize: size,
            format,
            mapping: effective,
            mappingHash,
            status: 'running',
            createdBy: ctx.actor.kind === 'officer' ? ctx.actor.id : null,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
    await recordAudit(tx, ctx, now, {
      action: 'integration.file_import_started',
      entityType: 'import_job',
      entityId: job!.id,
      unitId: source.unitIds.values().next().value ?? null,
      after: {
        source: source.code,
        fileName: input.fileName,
        sha256,
        size,
        format,
        resumedAfterLine: existing ? existing.committedLine : null,
      },
    });
    return { row: job!, resumed: existing !== undefined };
  });
  const present = (r: typeof row) => presentJob(r, source, resumed);
  if (row.status === 'done') return { job: present(row), done: Promise.resolve(present(row)) };

  running.add(row.id);
  const chunkRows = input.chunkRows ?? (deps.database.kind === 'postgres' ? 25_000 : 2_000);
  const run = async (): Promise<ImportJob> => {
    const file = new FileRows(input.path, format, delimiter);
    const index = new ProcedureIndex(deps);
    const target = { jobId: row.id, source, now, procedureId: index.idFor };
    const chunks = chunksOf(
      file,
      { headerLine: header.line, source, columns, mapping: effective, committedLine: row.committedLine },
      chunkRows,
    );
    let written = 0;
    let next = chunks.next();
    next.catch(() => {});
    for (;;) {
      const step = await next;
      if (step.done) break;
      // Parse the following chunk while this one is written.
      next = chunks.next();
      next.catch(() => {});
      const chunk = await dropIdentical(deps.database, source.id, step.value);
      const before = index.created;
      await index.ensure(chunk.staged);
      await writeChunk(deps.database, target, { ...chunk, proceduresCreated: index.created - before });
      written++;
      input.onProgress?.(present(await jobById(deps, row.id)));
      if (input.maxChunks !== undefined && written >= input.maxChunks) {
        await chunks.return(undefined);
        return present(await jobById(deps, row.id));
      }
    }
    const finishedAt = deps.clock.now();
    const finished = await db.transaction(async (tx) => {
      const [job] = await tx
        .update(importJobs)
        .set({
          status: 'done',
          bytesDone: size,
          finishedAt,
          updatedAt: finishedAt,
        })
        .where(eq(importJobs.id, row.id))
        .returning();
      await recordAudit(tx, ctx, finishedAt, {
        action: 'integration.file_imported',
        entityType: 'import_job',
        entityId: row.id,
        unitId: source.unitIds.values().next().value ?? null,
        after: {
          source: source.code,
          fileName: input.fileName,
          rows: job!.rows,
          accepted: job!.accepted,
          unchanged: job!.unchanged,
          rejected: job!.rejected,
          proceduresCreated: job!.proceduresCreated,
        },
      });
      return job!;
    });
    return present(finished);
  };
  const done = run()
    .catch(async (e) => {
      const message = e instanceof Error ? e.message : String(e);
      await db
        .update(importJobs)
        .set({
          status: 'failed',
          error: `Nhập tệp bị dừng do lỗi: ${message.slice(0, 500)}. Các phần đã ghi được giữ lại; tải lại đúng tệp này để nhập tiếp.`,
          updatedAt: deps.clock.now(),
        })
        .where(eq(importJobs.id, row.id))
        .catch(() => {});
      return present(await jobById(deps, row.id));
    })
    .finally(() => running.delete(row.id));
  return { job: present(row), done };
}
