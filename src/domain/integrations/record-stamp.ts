/**
 * Ordering of records about one dossier from one source, so that an older update never overwrites a newer
 * one whatever order they arrive in.
 *
 * The stamp of a record is the latest of the dates that record an event that happened: NgayNopHoSo,
 * NgayTiepNhan, NgayKetThucXuLy, NgayTuChoi, NgayTra and every QuaTrinhXuLy[].ThoiDiemXuLy. NgayHenTra is
 * left out: it is an appointment (possibly in the future, possibly moved back by a pause), not an event.
 * Two records with the same stamp are ordered by TrangThaiHoSo (a higher national status is further
 * along: 9 "đã xử lý xong" before 10 "đã trả kết quả"). Same stamp and status: the same point in the
 * dossier's life — identical content is "unchanged", different content is a correction and is applied.
 */

export type RecordStamp = { at: number; status: number };

export function stampOf(dates: readonly (number | null | undefined)[], status: number): RecordStamp {
  let at = Number.NEGATIVE_INFINITY;
  for (const d of dates) if (typeof d === 'number' && d > at) at = d;
  return { at, status };
}

/** Negative: a is older than b; 0: same point; positive: a is newer. */
export function compareStamps(a: RecordStamp, b: RecordStamp): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.status - b.status;
}
