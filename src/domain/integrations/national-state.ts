// National status code (TrangThaiHoSo 1–10 of the DVCQG sync) of an imported record → our dossier state
// and outcome. A record with NgayTuChoi and status 9 or 10 is a refusal after appraisal: state `refused`
// (9, notice not yet handed over) or `returned` (10) with outcome `refused`.
import type { DossierState } from '../dossier/types.js';

export type ImportedState = { state: DossierState; outcome: string | null };

const BY_STATUS: Readonly<Record<number, ImportedState>> = {
  1: { state: 'submitted', outcome: null },
  2: { state: 'received', outcome: null },
  3: { state: 'rejected_at_intake', outcome: 'rejected_at_intake' },
  4: { state: 'processing', outcome: null },
  5: { state: 'supplement_requested', outcome: null },
  6: { state: 'awaiting_payment', outcome: null },
  7: { state: 'withdrawn', outcome: 'withdrawn' },
  8: { state: 'stopped', outcome: 'stopped' },
  9: { state: 'resolved', outcome: 'result_issued' },
  10: { state: 'returned', outcome: 'result_issued' },
};

export function importedState(status: number, refusedAt: number | null): ImportedState {
  if (refusedAt !== null && status === 9) return { state: 'refused', outcome: 'refused' };
  if (refusedAt !== null && status === 10) return { state: 'returned', outcome: 'refused' };
  const s = BY_STATUS[status];
  if (!s) throw new RangeError(`TrangThaiHoSo ngoài phạm vi 1–10: ${status}`);
  return s;
}

export const CHANNEL_BY_KENH: Readonly<Record<number, 'direct' | 'online' | 'postal'>> = {
  1: 'direct',
  2: 'online',
  3: 'postal',
};
