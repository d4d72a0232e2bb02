import type { DossierStateCode } from '@contract';
import type { DeadlineStatus, StepStatus } from '../../api/dossiers';
import { DEADLINE_STATUS_LABELS, DOSSIER_STATE_LABELS, STEP_STATUS_LABELS } from '../../lib/labels';

const DEADLINE_TONE: Record<NonNullable<DeadlineStatus>, string> = {
  within_deadline: 'badge-ok',
  due_soon: 'badge-warn',
  overdue: 'badge-danger',
  early: 'badge-ok',
  on_time: 'badge-info',
  late: 'badge-danger',
};

const STEP_TONE: Record<StepStatus, string> = {
  early: 'badge-ok',
  on_time: 'badge-info',
  late: 'badge-danger',
  in_progress: 'badge-muted',
  overdue: 'badge-danger',
};

/** Tình trạng hạn: coloured, and always with its words (colour is never the only signal). */
export function DeadlineBadge({ status }: { status: DeadlineStatus }) {
  if (!status) return <span className="muted">—</span>;
  return <span className={`badge ${DEADLINE_TONE[status]}`}>{DEADLINE_STATUS_LABELS[status]}</span>;
}

export function StepStatusBadge({ status }: { status: StepStatus }) {
  return <span className={`badge ${STEP_TONE[status]}`}>{STEP_STATUS_LABELS[status]}</span>;
}

const FINISHED: DossierStateCode[] = [
  'returned',
  'withdrawn',
  'stopped',
  'rejected_at_intake',
  'transferred',
];

export function StateBadge({ state }: { state: DossierStateCode }) {
  const tone = FINISHED.includes(state)
    ? 'badge-muted'
    : state === 'resolved' || state === 'refused'
      ? 'badge-ok'
      : 'badge-info';
  return <span className={`badge ${tone}`}>{DOSSIER_STATE_LABELS[state] ?? state}</span>;
}
