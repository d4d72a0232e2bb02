// Stand-in of the national portal's (Cổng DVCQG) dossier-sync API, for tests and local runs over real HTTP:
//   POST /api/hoso/dongbo             one HoSoDongBoDVC record; header Idempotency-Key; Bearer secret.
//                                     A key already received is answered 200 with duplicate: true and
//                                     not recorded again (the receiver's side of "exactly once").
//   GET  /api/hoso/{MaHoSo}/trangthai the latest status received for a dossier, and how many changes.
//   GET|POST /__control               switches {fail, failStatus, failFor, refuseFor, slowMs, drop} and
//                                     counters.
// Switches: fail answers failStatus (5xx) without recording, failFor does so only for those MaHoSo;
// refuseFor refuses the records of those MaHoSo as invalid (HTTP 422, not recorded) — a refusal for good;
// slowMs delays every sync request before it is handled (the record is still recorded after the delay
// even if the caller gave up, like a real server); drop 'before' destroys the socket without handling
// the request, drop 'after' records it and then destroys the socket (the acknowledgement is lost).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const PORTAL_SYNC_PATH = '/api/hoso/dongbo';

export type PortalSwitches = {
  fail: boolean;
  failStatus: number;
  slowMs: number;
  drop: 'none' | 'before' | 'after';
  /** Dossier codes (MaHoSo) answered with failStatus while everything else is accepted. */
  failFor: readonly string[];
  /** Dossier codes (MaHoSo) whose records are refused as invalid data (422) while the rest is accepted. */
  refuseFor: readonly string[];
};

export type PortalChange = {
  /** Arrival order of first receptions (1, 2, …). */
  seq: number;
  key: string;
  MaHoSo: string;
  TrangThaiHoSo: number;
  NoiDungXuLy: string | null;
};

export type PortalStandinOptions = { port?: number; host?: string; secret?: string };

export type PortalStandin = {
  /** Base URL, to put into NATIONAL_PORTAL_URL. */
  readonly url: string;
  readonly port: number;
  readonly secret: string;
  set(switches: Partial<PortalSwitches>): void;
  /** Changes recorded, in arrival order (each idempotency key once). */
  received(): readonly PortalChange[];
  /** Sync requests that reached the handler, whatever happened to them. */
  requests(): number;
  /** Requests answered as duplicates (a key already recorded). */
  duplicates(): number;
  reset(): void;
  close(): Promise<void>;
};

const NORMAL: PortalSwitches = {
  fail: false,
  failStatus: 503,
  slowMs: 0,
  drop: 'none',
  failFor: [],
  refuseFor: [],
};

function send(res: http.ServerResponse, status: number, body: unknown) {
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
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
    req.on('error', () => resolve(null));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startPortalStandin(opts: PortalStandinOptions = {}): Promise<PortalStandin> {
  const secret = opts.secret ?? 'standin-portal-secret';
  let switches: PortalSwitches = { ...NORMAL };
  let changes: PortalChange[] = [];
  let keys = new Set<string>();
  let latest = new Map<string, { status: number; count: number }>();
  let requests = 0;
  let duplicates = 0;

  const applySwitches = (b: Partial<PortalSwitches>) => {
    const next = { ...switches };
    if (typeof b.fail === 'boolean') next.fail = b.fail;
    if (typeof b.failStatus === 'number' && b.failStatus >= 400 && b.failStatus <= 599)
      next.failStatus = b.failStatus;
    if (typeof b.slowMs === 'number' && b.slowMs >= 0) next.slowMs = b.slowMs;
    if (b.drop === 'none' || b.drop === 'before' || b.drop === 'after') next.drop = b.drop;
    if (Array.isArray(b.failFor)) next.failFor = b.failFor.filter((c): c is string => typeof c === 'string');
    if (Array.isArray(b.refuseFor))
      next.refuseFor = b.refuseFor.filter((c): c is string => typeof c === 'string');
    switches = next;
  };

  const sync = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    requests++;
    const body = (await readBody(req)) as Record<string, unknown> | null;
    const s = switches;
    if (s.slowMs > 0) await sleep(s.slowMs);
    if (s.drop === 'before') {
      req.socket.destroy();
      return;
    }
    if (req.headers.authorization !== `Bearer ${secret}`) {
      send(res, 401, { error_code: 401, message: 'Sai thông tin xác thực tích hợp' });
      return;
    }
    if (s.fail) {
      send(res, s.failStatus, { error_code: s.failStatus, message: 'Cổng DVCQG đang gián đoạn' });
      return;
    }
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || key.length === 0 || key.length > 200) {
      send(res, 400, { error_code: 400, message: 'Thiếu Idempotency-Key' });
      return;
    }
    const code = body?.MaHoSo;
    const status = body?.TrangThaiHoSo;
    if (typeof code !== 'string' || !code || typeof status !== 'number' || status < 1 || status > 10) {
      send(res, 400, { error_code: 400, message: 'Thiếu MaHoSo hoặc TrangThaiHoSo không hợp lệ' });
      return;
    }
    if (s.failFor.includes(code)) {
      send(res, s.failStatus, { error_code: s.failStatus, message: `Không xử lý được hồ sơ ${code}` });
      return;
    }
    if (s.refuseFor.includes(code)) {
      send(res, 422, {
        error_code: 422,
        message: `Dữ liệu hồ sơ ${code} không hợp lệ: MaTTHC không có trong Cơ sở dữ liệu quốc gia về TTHC`,
      });
      return;
    }
    const duplicate = keys.has(key);
    if (duplicate) duplicates++;
    else {
      keys.add(key);
      const progress = Array.isArray(body?.QuaTrinhXuLy)
        ? (body.QuaTrinhXuLy as { NoiDungXuLy?: unknown }[])
        : [];
      const text = progress[0]?.NoiDungXuLy;
      changes.push({
        seq: changes.length + 1,
        key,
        MaHoSo: code,
        TrangThaiHoSo: status,
        NoiDungXuLy: typeof text === 'string' ? text : null,
      });
      const prev = latest.get(code);
      latest.set(code, { status, count: (prev?.count ?? 0) + 1 });
    }
    if (s.drop === 'after') {
      req.socket.destroy();
      return;
    }
    send(res, 200, { error_code: 0, message: 'Thành công', duplicate });
  };

  const server = http.createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/__control') {
      if (req.method === 'POST') applySwitches(((await readBody(req)) ?? {}) as Partial<PortalSwitches>);
      send(res, 200, { ...switches, requests, received: changes.length, duplicates });
      return;
    }
    if (path === PORTAL_SYNC_PATH && req.method === 'POST') {
      await sync(req, res);
      return;
    }
    const status = /^\/api\/hoso\/([^/]+)\/trangthai$/.exec(path);
    if (status && req.method === 'GET') {
      if (req.headers.authorization !== `Bearer ${secret}`) {
        send(res, 401, { error_code: 401, message: 'Sai thông tin xác thực tích hợp' });
        return;
      }
      const code = decodeURIComponent(status[1]!);
      const l = latest.get(code);
      if (!l) send(res, 404, { error_code: 404, message: 'Không có hồ sơ này' });
      else send(res, 200, { error_code: 0, MaHoSo: code, TrangThaiHoSo: l.status, SoLanDongBo: l.count });
      return;
    }
    send(res, 404, { error_code: 404, message: 'Không có dịch vụ này' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = opts.host && opts.host !== '0.0.0.0' ? opts.host : '127.0.0.1';
  return {
    url: `http://${host}:${port}`,
    port,
    secret,
    set: applySwitches,
    received: () => changes,
    requests: () => requests,
    duplicates: () => duplicates,
    reset() {
      switches = { ...NORMAL };
      changes = [];
      keys = new Set();
      latest = new Map();
      requests = 0;
      duplicates = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
