// One JSON POST to an external system over node:http(s), bounded in time twice: the connection
// must be made within `connectTimeoutMs`, the whole exchange must end within `timeoutMs`
// (the request is aborted and its socket destroyed). Every failure is classified for the caller.
import http from 'node:http';
import https from 'node:https';

export type PostFailure =
  | 'connect_timeout' // no TCP (or TLS) connection in time
  | 'timeout' // connected, but no complete answer in time
  | 'connection' // refused, reset or dropped: the socket ended without an answer
  | 'http_status' // an answer with a status other than 2xx
  | 'bad_response'; // an answer that is not JSON, or too large

export type PostResult =
  | { ok: true; status: number; body: unknown }
  | { ok: false; failure: PostFailure; detail: string };

const MAX_BYTES = 1024 * 1024;

export function postJson(
  url: string,
  payload: unknown,
  opts: { connectTimeoutMs: number; timeoutMs: number; headers?: Record<string, string> },
): Promise<PostResult> {
  const target = new URL(url);
  const body = Buffer.from(JSON.stringify(payload));
  const transport = target.protocol === 'https:' ? https : http;
  return new Promise<PostResult>((resolve) => {
    let settled = false;
    let connectTimer: NodeJS.Timeout | undefined;
    const finish = (r: PostResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      clearTimeout(totalTimer);
      if (!r.ok) req.destroy();
      resolve(r);
    };
    const req = transport.request(target, {
      method: 'POST',
      // A fresh connection per call: a lookup per intake is rare, and a pooled socket the
      // remote side has silently dropped must not turn into a spurious failure.
      agent: false,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(body.length),
        accept: 'application/json',
        ...opts.headers,
      },
    });
    const totalTimer = setTimeout(
      () => finish({ ok: false, failure: 'timeout', detail: `no answer within ${opts.timeoutMs} ms` }),
      opts.timeoutMs,
    );
    req.on('socket', (socket) => {
      if (!socket.connecting) return;
      connectTimer = setTimeout(
        () =>
          finish({
            ok: false,
            failure: 'connect_timeout',
            detail: `no connection within ${opts.connectTimeoutMs} ms`,
          }),
        opts.connectTimeoutMs,
      );
      socket.once(target.protocol === 'https:' ? 'secureConnect' : 'connect', () =>
        clearTimeout(connectTimer),
      );
    });
    req.on('error', (err: NodeJS.ErrnoException) =>
      finish({ ok: false, failure: 'connection', detail: err.code ?? err.message }),
    );
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BYTES)
          finish({ ok: false, failure: 'bad_response', detail: `answer larger than ${MAX_BYTES} bytes` });
        else chunks.push(chunk);
      });
      res.on('error', (err: NodeJS.ErrnoException) =>
        finish({ ok: false, failure: 'connection', detail: err.code ?? err.message }),
      );
      res.on('aborted', () => finish({ ok: false, failure: 'connection', detail: 'answer cut off' }));
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        if (status < 200 || status > 299) {
          finish({ ok: false, failure: 'http_status', detail: `HTTP ${status}` });
          return;
        }
        try {
          finish({ ok: true, status, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        } catch {
          finish({ ok: false, failure: 'bad_response', detail: 'answer is not JSON' });
        }
      });
    });
    req.end(body);
  });
}
