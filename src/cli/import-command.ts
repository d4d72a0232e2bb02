// `motcua import <file> --source CODE [--mapping JSON|file.json]`: the file import of another system's
// export from the command line, with a progress line, the final figures and the error report written
// next to the file (<name>-loi.csv). Running the same file again resumes an interrupted import.
import fs from 'node:fs';
import path from 'node:path';
import { SYSTEM_ACTOR } from '../domain/access/actor.js';
import type { ColumnMapping } from '../domain/integrations/index.js';
import { startFileImport } from '../modules/integrations/import-file.js';
import { errorReportCsv, importErrors } from '../modules/integrations/import-job.js';
import { parseMappingText } from '../modules/integrations/import-mapping.js';
import { DomainError } from '../platform/errors.js';
import type { CommandArgs, CommandEnv } from './commands.js';

const CONTEXT = {
  actor: { ...SYSTEM_ACTOR, name: 'Dòng lệnh quản trị (motcua import)' },
  ip: null,
  requestId: null,
};
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export const IMPORT_HELP =
  'motcua import <file> --source CODE [--mapping JSON|mapping.json]\n' +
  '  Import dossiers from a CSV (UTF-8, "," or ";") or XLSX export of another system, with the columns of the\n' +
  '  national sync record (MaHoSo, MaTTHC, …, dates yyyyMMddHHmmss) or the column mapping saved for the source\n' +
  '  (or given with --mapping). Rejected rows are written next to the file as <name>-loi.csv. Running the same\n' +
  '  file again continues an interrupted import after its last committed chunk.';

export async function runImport({ database, config, clock, out }: CommandEnv, args: CommandArgs) {
  const file = typeof args.file === 'string' ? args.file : null;
  const sourceCode = typeof args.source === 'string' ? args.source : null;
  if (!file || !sourceCode) {
    out(`Error: cần tệp và --source.\n\n${IMPORT_HELP}`);
    return 2;
  }
  if (!fs.existsSync(file)) {
    out(`Error: không tìm thấy tệp ${file}`);
    return 1;
  }
  const deps = { database, config, clock };
  try {
    let mapping: ColumnMapping | null = null;
    if (typeof args.mapping === 'string') {
      const text = args.mapping.trim().startsWith('{') ? args.mapping : fs.readFileSync(args.mapping, 'utf8');
      mapping = parseMappingText(text);
    }
    const started = performance.now();
    let shown = 0;
    const { job, done } = await startFileImport(deps, CONTEXT, {
      path: file,
      fileName: path.basename(file),
      sourceCode,
      mapping,
      onProgress: (j) => {
        const now = performance.now();
        if (now - shown < 1000) return;
        shown = now;
        const rate = j.rows / ((now - started) / 1000);
        out(`  ${fmt(j.rows)} rows (${Math.round(j.progress * 100)} %), ${fmt(rate)} rows/s`);
      },
    });
    if (job.resumed) out(`Resuming the import of ${job.fileName} after line ${fmt(job.committedLine)}.`);
    const result = await done;
    const seconds = (performance.now() - started) / 1000;
    if (result.status === 'failed') {
      out(`Error: ${result.error}`);
      return 1;
    }
    out(
      `${job.status === 'done' ? 'Already imported' : 'Imported'} ${result.fileName} into source ${sourceCode}: ` +
        `${fmt(result.rows)} rows, ${fmt(result.accepted)} accepted, ${fmt(result.unchanged)} unchanged, ` +
        `${fmt(result.rejected)} rejected` +
        (result.proceduresCreated ? `, ${fmt(result.proceduresCreated)} external procedures created` : '') +
        (job.status === 'done' ? '.' : ` in ${seconds.toFixed(1)} s (${fmt(result.rows / seconds)} rows/s).`),
    );
    if (result.rejected > 0) {
      const { errors } = await importErrors(deps, CONTEXT, result.id);
      const report = path.join(path.dirname(file), `${path.basename(file).replace(/\.[^.]+$/, '')}-loi.csv`);
      fs.writeFileSync(report, errorReportCsv(errors));
      out(`Rejected rows (line, MaHoSo, code, reason): ${report}`);
    }
    return 0;
  } catch (e) {
    if (e instanceof DomainError) {
      out(`Error: ${e.message}`);
      return 1;
    }
    throw e;
  }
}
