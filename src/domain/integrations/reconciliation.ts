// Reconciliation of one dossier between a source system and MotCua: what the source last told us
// (its national status and dates, dossier_sources) against our dossier row. Pure: the SQL only selects
// the candidate rows; this decides which differ and why. Dates are compared to the minute (the sync
// format has seconds, and a re-keyed date that differs by seconds is the same date for every report).

export type DossierView = {
  /** National status 1–10. */
  status: number;
  receivedAt: number | null;
  dueAt: number | null;
  finishedAt: number | null;
};

export type DateField = 'receivedAt' | 'dueAt' | 'finishedAt';
export type Difference =
  | { kind: 'status_behind'; behind: 'source' | 'motcua' }
  | { kind: 'date_differs'; field: DateField };

export type MissingKind = 'missing_in_motcua' | 'missing_in_source';
export type DifferenceKind = Difference['kind'] | MissingKind;

/**
 * How far along a national status is: submitted → received → in progress / paused → finished. Statuses
 * at the same stage (e.g. 5 supplement and 6 payment) are ordered by their code, as record stamps are.
 */
export const STATUS_STAGE: Readonly<Record<number, number>> = {
  1: 0,
  2: 1,
  4: 2,
  5: 2,
  6: 2,
  3: 3,
  7: 3,
  8: 3,
  9: 3,
  10: 4,
};

/** Stage first; within a stage the higher status code is further along (as in record-stamp.ts). */
export function statusRank(status: number): number {
  return (STATUS_STAGE[status] ?? 0) * 100 + status;
}

const minute = (t: number | null) => (t === null ? null : Math.floor(t / 60_000));

export function differencesOf(source: DossierView, motcua: DossierView): Difference[] {
  const out: Difference[] = [];
  if (source.status !== motcua.status) {
    out.push({
      kind: 'status_behind',
      behind: statusRank(source.status) < statusRank(motcua.status) ? 'source' : 'motcua',
    });
  }
  for (const field of ['receivedAt', 'dueAt', 'finishedAt'] as const) {
    // A date only one side has is a status question (already reported above), not a date difference.
    const a = minute(source[field]);
    const b = minute(motcua[field]);
    if (a !== null && b !== null && a !== b) out.push({ kind: 'date_differs', field });
  }
  return out;
}

export const DATE_FIELD_LABELS: Readonly<Record<DateField, string>> = {
  receivedAt: 'ngày tiếp nhận',
  dueAt: 'ngày hẹn trả',
  finishedAt: 'ngày kết thúc xử lý',
};

export const DIFFERENCE_LABELS: Readonly<Record<DifferenceKind, string>> = {
  missing_in_motcua: 'Thiếu ở Một cửa',
  missing_in_source: 'Thiếu ở hệ thống nguồn',
  status_behind: 'Trạng thái chậm hơn',
  date_differs: 'Ngày khác nhau',
};

/** One Vietnamese sentence for a difference, e.g. "Một cửa chậm trạng thái hơn hệ thống nguồn". */
export function describeDifference(d: Difference): string {
  if (d.kind === 'status_behind')
    return d.behind === 'source'
      ? 'Trạng thái ở hệ thống nguồn chậm hơn Một cửa'
      : 'Trạng thái ở Một cửa chậm hơn hệ thống nguồn';
  return `Khác ${DATE_FIELD_LABELS[d.field]}`;
}
