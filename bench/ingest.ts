/**
 * Throughput of the inbound dossier API (POST /api/integrations/dossiers, DVCQG HoSoDongBoDVC shape)
 * through the real Fastify app (app.inject) on PostgreSQL: new records, then the same records again
 * (all "unchanged"), then an update of every one (all "accepted"), in requests of 1,000 records.
 * Needs BENCH_DATABASE_URL (skipped when unset). BENCH_INGEST_RECORDS sets how many new records (default 20,000). Each run registers its own source
 * (code bench-<time>) for Tam Thanh and Lương Văn Tri and writes its dossiers into that database.
 * Run: `BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/motcua_bench npx tsx bench/ingest.ts`.
 */
import { parseConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { seedDemo } from '../src/demo/seed-demo.js';
import { formatDvcDate } from '../src/domain/integrations/index.js';
import { buildApp } from '../src/http/app.js';
import { systemClock } from '../src/platform/clock.js';

const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.log('bench/ingest: skipped (set BENCH_DATABASE_URL to a PostgreSQL database to run it)');
  process.exit(0);
}
const TOTAL = Number(process.env.BENCH_INGEST_RECORDS ?? 20_000);
const BATCH = 1000;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const database = await openDatabase({ kind: 'postgres', url, poolSize: 10 });
const config = parseConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent' });
await migrate(database);
await seedDemo(database, config, systemClock);
const app = await buildApp({ database, clock: systemClock, config }, { logger: false, webDist: null });
await app.ready();

const login = await app.inject({
  method: 'POST',
  url: '/api/auth/login',
  payload: { username: 'langson.quantri', password: config.demoPassword },
});
if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
const cookie = String(login.headers['set-cookie']).split(';')[0]!;
const run = Date.now().toString(36);
const created = await app.inject({
  method: 'POST',
  url: '/api/integrations/sources',
  headers: { cookie, 'x-csrf-token': login.json().csrfToken },
  payload: { code: `bench-${run}`, name: `Nguồn đo hiệu năng ${run}`, unitCodes: ['06001', '06002'] },
});
if (created.statusCode !== 201) throw new Error(`source: ${created.statusCode} ${created.body}`);
const token: string = created.json().token;

const DAY = 86_400_000;
const start = Date.now() - 60 * DAY;
/** later: the same dossier returned (status 10), with one more progress entry — an update of every one. */
function record(i: number, later = false) {
  const received = start + (i % 50) * DAY;
  const status = later ? 10 : [2, 4, 9, 10][i % 4]!;
  return {
    MaHoSo: `BN${run}-${String(i).padStart(7, '0')}`,
    MaTTHC: i % 100 === 0 ? `9.${String(i % 1_000_000).padStart(6, '0')}` : '1.001193',
    TenTTHC: 'Đăng ký khai sinh',
    MaLinhVuc: 'HT',
    TenLinhVuc: 'Hộ tịch',
    KenhThucHien: (i % 3) + 1,
    ChuHoSo: 'Nguyễn Văn Đo',
    SoGiayToChuHoSo: `0201${String(i).padStart(8, '0')}`,
    LoaiDoiTuong: 1,
    NgayTiepNhan: formatDvcDate(received),
    NgayHenTra: formatDvcDate(received + 5 * DAY),
    NgayKetThucXuLy: status >= 9 ? formatDvcDate(received + 3 * DAY) : '',
    NgayTra: status === 10 ? formatDvcDate(received + 4 * DAY) : '',
    NgayTuChoi: '',
    TrangThaiHoSo: status,
    DonViXuLy: i % 2 === 0 ? '06001' : '06002',
    DuocThanhToanTrucTuyen: 0,
    HoSoCoThanhPhanSoHoa: 0,
    ...(later
      ? { QuaTrinhXuLy: [{ NguoiXuLy: 'Cán bộ', ThoiDiemXuLy: formatDvcDate(received + 4 * DAY) }] }
      : {}),
  };
}

async function pass(label: string, expect: 'accepted' | 'unchanged', later = false) {
  const t0 = performance.now();
  for (let from = 0; from < TOTAL; from += BATCH) {
    const body = Array.from({ length: Math.min(BATCH, TOTAL - from) }, (_, k) => record(from + k, later));
    const res = await app.inject({
      method: 'POST',
      url: '/api/integrations/dossiers',
      headers: { authorization: `Bearer ${token}` },
      payload: body,
    });
    if (res.statusCode !== 200) throw new Error(`${label}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    const r = res.json() as { accepted: number; unchanged: number; rejected: number };
    if (r[expect] !== body.length) throw new Error(`${label}: unexpected results ${JSON.stringify(r)}`);
  }
  const s = (performance.now() - t0) / 1000;
  console.log(
    `  ${label.padEnd(34)} ${fmt(TOTAL)} records in ${s.toFixed(1)} s: ${fmt(TOTAL / s)} records/s`,
  );
}

console.log(`Inbound API (POST /api/integrations/dossiers, ${BATCH} records per request, PostgreSQL):`);
await pass('new dossiers', 'accepted');
await pass('same records again (unchanged)', 'unchanged');
await pass('every dossier updated (returned)', 'accepted', true);
await app.close();
await database.close();
