// Vietnam keeps UTC+7 all year (no daylight saving since 1975), so local dates are a fixed offset.
export const VN_OFFSET_MS = 7 * 3600_000;

/** The Asia/Ho_Chi_Minh calendar date of an instant, as YYYY-MM-DD. */
export function localDateOf(epochMs: number): string {
  return new Date(epochMs + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant of local midnight starting the given YYYY-MM-DD date. */
export function startOfLocalDate(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - VN_OFFSET_MS);
}
