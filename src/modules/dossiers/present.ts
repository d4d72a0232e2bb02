// Dossier rows → the HTTP shapes, with deadline status computed on the unit's calendar.
import type { DossierSummary } from '../../contract/dossiers.js';
import { classifyFinished, classifyOpenAt, type WorkingCalendar } from '../../domain/calendar/index.js';
import type { DossierRow } from './repository.js';

const OPEN_STATES = new Set(['received', 'processing', 'supplement_requested', 'awaiting_payment']);
const FINISHED_STATES = new Set(['resolved', 'refused', 'returned', 'withdrawn', 'stopped']);

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function deadlineStatusOf(
  row: Pick<DossierRow, 'state' | 'dueAt' | 'finishedAt' | 'pausedAt'>,
  calendar: WorkingCalendar | null,
  now: number,
): DossierSummary['deadlineStatus'] {
  if (!row.dueAt) return null;
  if (FINISHED_STATES.has(row.state) && row.finishedAt) {
    const c = classifyFinished(row.finishedAt.getTime(), row.dueAt.getTime());
    return c;
  }
  if (!OPEN_STATES.has(row.state)) return null;
  // A paused dossier's clock is stopped: judge it at the pause instant.
  const at = row.pausedAt ? row.pausedAt.getTime() : now;
  if (!calendar) return at > row.dueAt.getTime() ? 'overdue' : 'within_deadline';
  return classifyOpenAt(calendar, at, row.dueAt.getTime());
}

export function presentSummary(
  row: DossierRow,
  unitCode: string,
  names: { assignee: string | null },
  calendar: WorkingCalendar | null,
  now: number,
): DossierSummary {
  const step = row.stepIndex !== null ? row.process.steps[row.stepIndex] : undefined;
  return {
    id: row.id,
    code: row.code,
    unitCode,
    procedureCode: row.procedureCode,
    procedureName: row.procedureName,
    fieldCode: row.fieldCode,
    state: row.state,
    nationalStatus: row.nationalStatus,
    channel: row.channel,
    source: row.source,
    ownerName: row.ownerName,
    ownerIdNumber: row.ownerIdNumber,
    receivedAt: iso(row.receivedAt),
    dueAt: iso(row.dueAt),
    finishedAt: iso(row.finishedAt),
    deadlineStatus: deadlineStatusOf(row, calendar, now),
    stepName: step?.name ?? null,
    assigneeName: names.assignee,
  };
}

export { iso };
