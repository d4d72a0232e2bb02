// Stand-in for the national population database (CSDL quốc gia về dân cư) lookup gateway, for
// tests and demos: node:http on loopback, a few fixed demo citizens, and switches to make it
// fail (HTTP 500), slow down (answer after a delay) or drop connections (socket destroyed
// without an answer, as seen in the field: seed 000, "kết nối … đôi khi bị gián đoạn").
//
//   POST /csdl-dan-cu/tra-cuu   {SoDinhDanh, MaTichHop, MaDVC, MaCanBo, MaYeuCau} → {error_code, message}
//   GET  /__control             → {mode, delayMs, calls}
//   POST /__control             {mode?, delayMs?} switches the behaviour at run time
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type PopulationStandinMode = 'ok' | 'fail' | 'slow' | 'drop';
export const POPULATION_STANDIN_MODES: readonly PopulationStandinMode[] = ['ok', 'fail', 'slow', 'drop'];
export const POPULATION_STANDIN_PATH = '/csdl-dan-cu/tra-cuu';

type Address = { province: string; ward: string; detail: string };
type Citizen = {
  id: string;
  name: string;
  sex: 1 | 2;
  born: string; // yyyyMMdd
  permanent: Address;
  current: Address | null;
};

/** Deterministic demo citizens (the same CCCD numbers as the demo accounts and the API tests). */
export const STANDIN_CITIZENS: readonly Citizen[] = [
  {
    id: '020090001234',
    name: 'Hoàng Văn An',
    sex: 1,
    born: '19900514',
    permanent: { province: '20', ward: '06001', detail: 'Thôn Nà Pàn, xã Tân Thành, tỉnh Lạng Sơn' },
    current: {
      province: '20',
      ward: '06001',
      detail: 'Số 12 đường Trần Đăng Ninh, xã Tân Thành, tỉnh Lạng Sơn',
    },
  },
  {
    id: '020185004321',
    name: 'Vi Thị Lan',
    sex: 2,
    born: '19850302',
    permanent: { province: '20', ward: '06004', detail: 'Thôn Khòn Nà, xã Vạn Linh, tỉnh Lạng Sơn' },
    current: null,
  },
  {
    id: '031201007788',
    name: 'Nguyễn Đức Minh',
    sex: 1,
    born: '20011120',
    permanent: {
      province: '31',
      ward: '11011',
      detail: 'Số 8 phố Lạch Tray, phường Gia Viên, thành phố Hải Phòng',
    },
    current: { province: '20', ward: '06001', detail: 'Khu 3, xã Tân Thành, tỉnh Lạng Sơn' },
  },
  {
    id: '020190001234',
    name: 'Nguyễn Thị Hằng',
    sex: 2,
    born: '19900101',
    permanent: { province: '20', ward: '06001', detail: 'Thôn Bản Chu, xã Tân Thành, tỉnh Lạng Sơn' },
    current: null,
  },
];

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function addressXml(tag: string, a: Address | null): string {
  if (!a) return '';
  return `<${tag}><MaTinhThanh>${a.province}</MaTinhThanh><MaPhuongXa>${a.ward}</MaPhuongXa><ChiTiet>${esc(a.detail)}</ChiTiet></${tag}>`;
}

function envelope(found: Citizen | undefined): string {
  const record = found
    ? `<CongDan><SoDinhDanh>${found.id}</SoDinhDanh><HoVaTen>${esc(found.name)}</HoVaTen><GioiTinh>${found.sex}</GioiTinh><NgayThangNamSinh>${found.born}</NgayThangNamSinh><QuocTich>VN</QuocTich>${addressXml('ThuongTru', found.permanent)}${addressXml('NoiOHienTai', found.current)}</CongDan>`
    : '';
  return `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><CongdanCollection>${record}</CongdanCollection></soap:Body></soap:Envelope>`;
}

export type PopulationStandinOptions = {
  port?: number;
  host?: string;
  /** Bearer token the gateway expects (401 otherwise); unset: any caller is served. */
  token?: string;
  mode?: PopulationStandinMode;
  /** Delay of the "slow" mode, in milliseconds. */
  delayMs?: number;
};

export type PopulationStandin = {
  /** The lookup endpoint, to put into POPULATION_DB_URL. */
  readonly url: string;
  readonly port: number;
  /** Lookup requests received (whatever the mode). */
  calls(): number;
  setMode(mode: PopulationStandinMode, delayMs?: number): void;
  close(): Promise<void>;
};

function send(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
      } catch {
        resolve(null);
      }
    });
  });
}

export async function startPopulationStandin(
  opts: PopulationStandinOptions = {},
): Promise<PopulationStandin> {
  let mode: PopulationStandinMode = opts.mode ?? 'ok';
  let delayMs = opts.delayMs ?? 10_000;
  let calls = 0;
  const server = http.createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/__control') {
      if (req.method === 'POST') {
        const b = (await readBody(req)) as { mode?: unknown; delayMs?: unknown } | null;
        if (b && POPULATION_STANDIN_MODES.includes(b.mode as PopulationStandinMode))
          mode = b.mode as PopulationStandinMode;
        if (b && typeof b.delayMs === 'number' && b.delayMs >= 0) delayMs = b.delayMs;
      }
      send(res, 200, { mode, delayMs, calls });
      return;
    }
    if (path !== POPULATION_STANDIN_PATH || req.method !== 'POST') {
      send(res, 404, { error_code: 404, message: 'Không có dịch vụ này' });
      return;
    }
    calls++;
    const body = (await readBody(req)) as { SoDinhDanh?: unknown } | null;
    if (mode === 'drop') {
      req.socket.destroy();
      return;
    }
    if (opts.token && req.headers.authorization !== `Bearer ${opts.token}`) {
      send(res, 401, { error_code: 401, message: 'Sai thông tin xác thực tích hợp' });
      return;
    }
    if (mode === 'fail') {
      send(res, 500, { error_code: 500, message: 'Hệ thống CSDL dân cư đang gián đoạn' });
      return;
    }
    const answer = () => {
      if (!body || typeof body.SoDinhDanh !== 'string') {
        send(res, 400, { error_code: 400, message: 'Thiếu SoDinhDanh' });
        return;
      }
      const found = STANDIN_CITIZENS.find((c) => c.id === body.SoDinhDanh);
      send(res, 200, { error_code: 0, message: envelope(found) });
    };
    if (mode === 'slow') {
      const timer = setTimeout(answer, delayMs);
      res.on('close', () => clearTimeout(timer));
    } else answer();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = opts.host && opts.host !== '0.0.0.0' ? opts.host : '127.0.0.1';
  return {
    url: `http://${host}:${port}${POPULATION_STANDIN_PATH}`,
    port,
    calls: () => calls,
    setMode(next, ms) {
      mode = next;
      if (ms !== undefined) delayMs = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
