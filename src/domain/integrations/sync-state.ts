// Delivery state of a dossier's changes to the national portal, as officers read it on the dossier page
// ("Đồng bộ Cổng DVCQG: …"), from the counts the outbox gives.

export type SyncDeliveryState =
  | 'not_configured'
  | 'not_applicable'
  | 'none'
  | 'delivered'
  | 'pending'
  | 'failing'
  | 'refused';

export const SYNC_STATE_LABELS: Readonly<Record<SyncDeliveryState, string>> = Object.freeze({
  not_configured: 'chưa cấu hình kết nối',
  not_applicable: 'không đồng bộ (hồ sơ nhận từ hệ thống khác)',
  none: 'chưa có thay đổi cần gửi',
  delivered: 'đã gửi',
  pending: 'đang chờ gửi',
  failing: 'lỗi, đang thử lại',
  refused: 'bị Cổng DVCQG từ chối, cần sửa và gửi lại',
});

export function syncDeliveryState(input: {
  configured: boolean;
  /** Our own dossier (created here), as opposed to one received from a source system. */
  own: boolean;
  pending: number;
  delivered: number;
  /** Last error of the oldest undelivered change (the one that holds the later ones back). */
  headError: string | null;
  /** When the portal last refused a change of the dossier for good, if it ever did. */
  lastRefusedAt?: Date | null;
  lastDeliveredAt?: Date | null;
}): SyncDeliveryState {
  if (!input.own) return 'not_applicable';
  if (!input.configured) return 'not_configured';
  if (input.pending > 0) return input.headError !== null ? 'failing' : 'pending';
  // A refusal stands until a later change (which carries the whole record) is delivered.
  const refused = input.lastRefusedAt ?? null;
  if (refused && (!input.lastDeliveredAt || input.lastDeliveredAt < refused)) return 'refused';
  return input.delivered > 0 ? 'delivered' : 'none';
}
