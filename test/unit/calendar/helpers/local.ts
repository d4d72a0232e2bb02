import { localInstant, toLocalDate, toLocalTime } from '../../../../src/domain/calendar/index.js';

/** '2026-02-12 10:00' (Asia/Ho_Chi_Minh) → epoch ms. */
export function at(local: string): number {
  return localInstant(local.slice(0, 10), local.length > 10 ? local.slice(11, 16) : '00:00');
}

/** epoch ms → '2026-02-12 10:00' (Asia/Ho_Chi_Minh). */
export function show(instant: number): string {
  return `${toLocalDate(instant)} ${toLocalTime(instant)}`;
}
