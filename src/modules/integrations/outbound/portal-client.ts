// HTTP adapter of the national portal's dossier-sync API: one POST per change, with the outbox row's
// idempotency key (the portal answers a key it already has with success, so a retry after a lost
// acknowledgement is harmless), a bearer secret and a hard timeout. Never throws: every failure
// becomes a Vietnamese reason that the worker stores as the row's last error, marked `permanent` when
// the answer says the record itself is refused (sending it again cannot succeed; the worker sets it
// aside): HTTP 400, 409, 413, 415 or 422, or a 2xx answer with a non-zero error_code. Everything else
// (network, timeout, 401/403 from a wrong secret, 404 from a wrong URL, 408, 429, 5xx) is retried.
import type { DvcSyncRecord } from '../../../domain/integrations/sync-record.js';

export const PORTAL_SYNC_PATH = '/api/hoso/dongbo';

export type SendResult = { ok: true; duplicate: boolean } | { ok: false; error: string; permanent: boolean };

/** HTTP statuses by which a receiver refuses the request itself, whatever the moment. */
const REFUSED_STATUSES = new Set([400, 409, 413, 415, 422]);

export type PortalClient = {
  send(record: DvcSyncRecord, idempotencyKey: string): Promise<SendResult>;
};

export function httpPortalClient(cfg: { url: string; secret: string; timeoutMs: number }): PortalClient {
  const endpoint = `${cfg.url}${PORTAL_SYNC_PATH}`;
  return {
    async send(record, idempotencyKey) {
      let res: Response;
      try {
        res = await fetch(endpoint, {
          method: 'POST',
          headers: {
            'content-type': 'application/json; charset=utf-8',
            authorization: `Bearer ${cfg.secret}`,
            'idempotency-key': idempotencyKey,
          },
          body: JSON.stringify(record),
          signal: AbortSignal.timeout(cfg.timeoutMs),
        });
      } catch (e) {
        return { ok: false, error: networkReason(e, cfg.timeoutMs), permanent: false };
      }
      type Answer = { error_code?: unknown; message?: unknown; duplicate?: unknown };
      let body: Answer | null = null;
      try {
        body = (await res.json()) as Answer;
      } catch (e) {
        if (res.ok)
          return {
            ok: false,
            error: networkReason(e, cfg.timeoutMs, 'Phản hồi không đọc được'),
            permanent: false,
          };
      }
      const message = typeof body?.message === 'string' ? body.message.slice(0, 300) : '';
      if (!res.ok)
        return {
          ok: false,
          error: `Cổng DVCQG trả lỗi HTTP ${res.status}${message ? `: ${message}` : ''}`,
          permanent: REFUSED_STATUSES.has(res.status),
        };
      if (body?.error_code !== 0 && body?.error_code !== '0')
        return {
          ok: false,
          error: `Cổng DVCQG từ chối (mã ${String(body?.error_code)})${message ? `: ${message}` : ''}`,
          permanent: true,
        };
      return { ok: true, duplicate: body?.duplicate === true };
    },
  };
}

function networkReason(e: unknown, timeoutMs: number, prefix = 'Không kết nối được Cổng DVCQG'): string {
  const err = e as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError')
    return `Quá thời gian chờ Cổng DVCQG trả lời (${timeoutMs} ms)`;
  const detail = err?.cause?.code ?? err?.cause?.message ?? err?.message ?? 'lỗi không xác định';
  return `${prefix} (${detail})`;
}
