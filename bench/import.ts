/**
 * File import rate on PostgreSQL: a generated CSV export (national sync record columns, BOM, ';') of
 * BENCH_IMPORT_ROWS rows (default 500,000) imported with the real use case (startFileImport: stream,
 * judge each row, COPY chunks into a stage table, set-based upsert), first as new dossiers, then the
 * same records again in another file (all unchanged). Needs BENCH_DATABASE_URL (skipped when unset); the
 * benchmark uses its own database on that server, motcua_bench_import (created when missing), never the
 * one named in the URL. Run: `BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/import.ts`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { parseConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { seedDemo } from '../src/demo/seed-demo.js';
import { SYSTEM_ACTOR } from '../src/domain/access/actor.js';
import { DEFAULT_MAPPING, formatDvcDate, resolveColumns } from '../src/domain/integrations/index.js';
import { createSource } from '../src/modules/integrations/create-source.js';
import { stageRows } from '../src/modules/integrations/import-chunk.js';
import { chunksOf, startFileImport } from '../src/modules/integrations/import-file.js';
import { FileRows } from '../src/modules/integrations/import-file-rows.js';
import { systemClock } from '../src/platform/clock.js';

const base = process.env.BENCH_DATABASE_URL;
if (!base) {
  console.log('bench/import: skipped (set BENCH_DATABASE_URL to a PostgreSQL server to run it)');
  process.exit(0);
}
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 500_000);
const DB_NAME = 'motcua_bench_import';
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

// A fresh database each run: the figures of one run never depend on what an earlier run left.
const admin = new pg.Client({ connectionString: base });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${DB_NAME}`);
await admin.end();
const url = new URL(base);
url.pathname = `/${DB_NAME}`;

const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
const config = parseConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent' });
await migrate(database);
await seedDemo(database, config, systemClock);
const deps = { database, clock: systemClock, config };
const ctx = { actor: { ...SYSTEM_ACTOR, name: 'Đo hiệu năng nhập tệp' }, ip: null, requestId: null };
const run = Date.now().toString(36);
const newSource = (tag: string) =>
  createSource(deps, ctx, {
    code: `bench-file-${tag}-${run}`,
    name: `Nguồn đo nhập tệp ${tag} ${run}`,
    kind: 'other',
    unitCodes: ['06001', '06002'],
  });
const source = await newSource('a');

const DAY = 86_400_000;
const start = Date.now() - 60 * DAY;
const HEADER =
  'MaHoSo;MaTTHC;TenTTHC;MaLinhVuc;TenLinhVuc;KenhThucHien;ChuHoSo;SoGiayToChuHoSo;LoaiDoiTuong;NgayTiepNhan;' +
  'NgayHenTra;NgayKetThucXuLy;NgayTra;NgayTuChoi;TrangThaiHoSo;DonViXuLy;DuocThanhToanTrucTuyen;HoSoCoThanhPhanSoHoa';
const OWNERS = ['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Hoàng Cường', 'Phạm Thu Dung', 'Hoàng Đức Em'];

/** `prefix` names the records (MaHoSo); the owners, procedures and receipt days are the same for every prefix. */
function writeCsv(file: string, extra: string, prefix = 'BF') {
  const fd = fs.openSync(file, 'w');
  let buf = `\uFEFF${HEADER}\r\n`;
  for (let i = 0; i < ROWS; i++) {
    const received = start + (i % 50) * DAY + (i % 480) * 60_000;
    const status = [2, 4, 9, 10][i % 4]!;
    buf +=
      `${prefix}${run}-${String(i).padStart(7, '0')};${i % 1000 === 0 ? `9.${run.slice(-3)}${i / 1000}` : '1.001193'};` +
      `Đăng ký khai sinh;HT;Hộ tịch;${(i % 3) + 1};"${OWNERS[i % OWNERS.length]}";0201${String(i).padStart(8, '0')};1;` +
      `${formatDvcDate(received)};${formatDvcDate(received + 5 * DAY)};` +
      `${status >= 9 ? formatDvcDate(received + 3 * DAY) : ''};${status === 10 ? formatDvcDate(received + 4 * DAY) : ''};;` +
      `${status};${i % 2 === 0 ? '06001' : '06002'};${i % 2};0\r\n`;
    if (buf.length > 1 << 20) {
      fs.writeSync(fd, buf);
      buf = '';
    }
  }
  fs.writeSync(fd, `${buf}${extra}`);
  fs.closeSync(fd);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-import-'));
const file = path.join(dir, 'export.csv');
const t0 = performance.now();
writeCsv(file, '');
const size = fs.statSync(file).size;
console.log(
  `File import (CSV, ${fmt(ROWS)} rows, ${(size / 1024 / 1024).toFixed(0)} MB, written in ${((performance.now() - t0) / 1000).toFixed(1)} s), PostgreSQL database ${DB_NAME}:`,
);

// The client side alone (read, judge, hash, build the stage rows; no database): what one Node process
// can feed the database with on this machine now.
{
  const t = performance.now();
  const rows = new FileRows(file, 'csv', null);
  const unitIds = new Map([
    ['06001', '00000000-0000-4000-8000-000000000001'],
    ['06002', '00000000-0000-4000-8000-000000000002'],
  ]);
  const columns = resolveColumns(HEADER.split(';'), DEFAULT_MAPPING);
  const target = {
    jobId: '',
    source: { id: '', code: 'bench', name: 'bench' },
    now: new Date(),
    procedureId: () => '00000000-0000-4000-8000-000000000003',
  };
  let n = 0;
  const chunks = chunksOf(
    rows,
    {
      source: { id: '', code: 'bench', name: 'bench', unitIds },
      columns,
      mapping: DEFAULT_MAPPING,
      committedLine: 1,
      headerLine: 1,
    },
    25_000,
  );
  for await (const chunk of chunks) n += stageRows(chunk, target).rows.length;
  const s = (performance.now() - t) / 1000;
  console.log(
    `  ${'(client side only, no database)'.padEnd(36)} ${fmt(n)} rows in ${s.toFixed(1)} s: ${fmt(n / s)} rows/s`,
  );
}

async function pass(label: string, path: string, expect: 'accepted' | 'unchanged', sourceCode = source.code) {
  const t = performance.now();
  let last = 0;
  const { done } = await startFileImport(deps, ctx, {
    path,
    fileName: 'export.csv',
    sourceCode,
    onProgress: (job) => {
      const s = (performance.now() - t) / 1000;
      if (s - last >= 5) {
        last = s;
        console.log(`    … ${fmt(job.rows)} rows (${fmt(job.rows / s)}/s)`);
      }
    },
  });
  const job = await done;
  const s = (performance.now() - t) / 1000;
  if (job.status !== 'done' || job[expect] !== ROWS)
    throw new Error(`${label}: unexpected result ${JSON.stringify(job)}`);
  console.log(`  ${label.padEnd(36)} ${fmt(ROWS)} rows in ${s.toFixed(1)} s: ${fmt(ROWS / s)} rows/s`);
}

await pass('new dossiers', file, 'accepted');

// The database's own floor on this machine at this moment: a bare INSERT … SELECT of 25,000 dossier rows
// (copies of the ones just imported; no stage, links, events or checks), rolled back.
await database.withSession(async (session) => {
  await session.exec('BEGIN');
  try {
    await session.query(
      `CREATE TEMP TABLE floor_rows ON COMMIT DROP AS SELECT * FROM dossiers WHERE source = $1 LIMIT 25000`,
      [source.code],
    );
    await session.exec(`UPDATE floor_rows SET id = gen_random_uuid(), code = code || '-F'`);
    const t = performance.now();
    await session.exec('INSERT INTO dossiers SELECT * FROM floor_rows');
    const s = (performance.now() - t) / 1000;
    console.log(
      `  ${'(floor: bare INSERT of dossier rows)'.padEnd(36)} 25,000 rows in ${s.toFixed(1)} s: ${fmt(25_000 / s)} rows/s`,
    );
  } finally {
    await session.exec('ROLLBACK');
  }
});
// The same records in another file (one extra blank line: another sha256, so a new job): all unchanged.
const again = path.join(dir, 'export-again.csv');
writeCsv(again, '\r\n');
await pass('same records again (unchanged)', again, 'unchanged');
// A second system that knows the same dossiers by the same MaHoSo: every row links to a known dossier.
const second = await newSource('b');
await pass('same MaHoSo from a 2nd source (link)', file, 'accepted', second.code);
// A third system with its own MaHoSo for the same owners, procedures and receipt days: every row links
// by owner + procedure + receipt day (domain/integrations/owner-match.ts).
const third = await newSource('c');
const own = path.join(dir, 'export-own-codes.csv');
writeCsv(own, '', 'BG');
await pass('own MaHoSo, same owners (owner match)', own, 'accepted', third.code);
const [{ n }] = (await database.query(
  `SELECT count(*)::int AS n FROM dossiers WHERE source LIKE 'bench-file-%'`,
)) as [{ n: number }];
if (n !== ROWS) throw new Error(`expected ${ROWS} imported dossiers after the linking passes, found ${n}`);
fs.rmSync(dir, { recursive: true, force: true });
await database.close();
