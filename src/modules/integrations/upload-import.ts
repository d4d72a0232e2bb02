// An uploaded export (the raw request body: CSV or XLSX) is streamed to a temporary file, with the size
// limit checked while it arrives, and its import started; the file is removed when the job stops.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type ImportJob, MAX_IMPORT_BYTES } from '../../contract/file-import.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { invalid } from '../../platform/errors.js';
import { startFileImport } from './import-file.js';
import { parseMappingText } from './import-mapping.js';
import { loadImportSource } from './import-source.js';

const TOO_LARGE = 'FILE_TOO_LARGE';

async function saveBody(body: NodeJS.ReadableStream, to: string): Promise<number> {
  let size = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > MAX_IMPORT_BYTES) done(Object.assign(new Error(TOO_LARGE), { code: TOO_LARGE }));
      else done(null, chunk);
    },
  });
  await pipeline(body, limit, fs.createWriteStream(to));
  return size;
}

export async function uploadImport(
  deps: Deps,
  ctx: RequestContext,
  input: { sourceCode: string; fileName: string; mappingText?: string | undefined; body: unknown },
): Promise<{ job: ImportJob; done: Promise<ImportJob> }> {
  // The source first: another unit's source is "not found" whatever the body.
  await loadImportSource(deps, ctx, input.sourceCode);
  if (!/\.(csv|txt|xlsx)$/i.test(input.fileName))
    throw invalid('FILE_TYPE_NOT_ALLOWED', 'Chỉ nhận tệp .csv hoặc .xlsx');
  const body = input.body as NodeJS.ReadableStream | null;
  if (!body || typeof (body as { pipe?: unknown }).pipe !== 'function')
    throw invalid(
      'FILE_REQUIRED',
      'Gửi nội dung tệp trong thân yêu cầu (Content-Type: text/csv hoặc application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)',
    );
  const mapping = input.mappingText ? parseMappingText(input.mappingText) : null;
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'motcua-import-'));
  const file = path.join(dir, 'upload');
  const cleanup = () => fs.promises.rm(dir, { recursive: true, force: true }).catch(() => {});
  try {
    const size = await saveBody(body, file);
    if (size === 0) throw invalid('FILE_EMPTY', 'Tệp tải lên rỗng');
  } catch (e) {
    await cleanup();
    if ((e as { code?: string }).code === TOO_LARGE)
      throw invalid(TOO_LARGE, `Tệp vượt quá ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
    throw e;
  }
  try {
    const started = await startFileImport(deps, ctx, {
      path: file,
      fileName: path.basename(input.fileName),
      sourceCode: input.sourceCode,
      mapping,
    });
    started.done.finally(cleanup).catch(() => {});
    return started;
  } catch (e) {
    await cleanup();
    throw e;
  }
}
