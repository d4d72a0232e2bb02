// HTTP adapter of the national portal's dossier-sync API: one POST per change, with the outbox row's
// idempotency key (the portal answers a key it already has with success, so a retry after a lost
// acknowledgement is harmless), a bearer secret and a hard timeout. Never throws: every failure
// becomes a Vietnamese reason that the worker stores as the row's last error.
import type { DvcSyncRecord } from '../../../domain/integrations/sync-record.js';

export const PORTAL_SYNC_PATH = '/api/hoso/dongbo';

export type SendResult = { ok: true; duplicate: boolean } | { ok: false; error: string };

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
        return { ok: false, error: networkReason(e, cfg.timeoutMs) };
      }
      type Answer = { error_code?: unknown; message?: unknown; duplicate?: unknown };
      let body: Answer | null = null;
      try {
        body = (await res.json()) as Answer;
      } catch (e) {
        if (res.ok) return { ok: false, error: networkReason(e, cfg.timeoutMs, 'Phản hồi không đọc được') };
      }
      const message = typeof body?.message === 'string' ? body.message.slice(0, 300) : '';
      if (!res.ok)
        return { ok: false, error: `Cổng DVCQG trả lỗi HTTP ${res.status}${message ? `: ${message}` : ''}` };
      if (body?.error_code !== 0 && body?.error_code !== '0')
        return {
          ok: false,
          error: `Cổng DVCQG từ chối (mã ${String(body?.error_code)})${message ? `: ${message}` : ''}`,
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
