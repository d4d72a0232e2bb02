// What the state machine needs to know about a dossier, loaded from its row and the unit's calendar.

import type { Actor } from '../../domain/access/actor.js';
import type { WorkingCalendar } from '../../domain/calendar/index.js';
import { workingDaysElapsed } from '../../domain/dossier/index.js';
import type { DossierActor, DossierFacts } from '../../domain/dossier/types.js';
import type { DossierRow } from './repository.js';

export function factsOf(
  row: DossierRow,
  unitCode: string,
  calendar: WorkingCalendar,
  now: number,
): DossierFacts {
  return {
    unitCode,
    ownerAccountId: row.ownerAccountId,
    stepIndex: row.stepIndex,
    assigneeId: row.assigneeId,
    supplementRequestCount: row.supplementCount,
    workingDaysSinceReceipt: row.receivedAt
      ? workingDaysElapsed(calendar, row.receivedAt.getTime(), now)
      : null,
    supplementDueAt: row.supplementDueAt?.getTime() ?? null,
    rescheduleCount: row.rescheduleCount,
    pendingConsultations: row.pendingConsultations,
    lastHandoff: row.lastHandoff,
  };
}

export const NEW_DOSSIER_FACTS = (unitCode: string): DossierFacts => ({
  unitCode,
  ownerAccountId: null,
  stepIndex: null,
  assigneeId: null,
  supplementRequestCount: 0,
  workingDaysSinceReceipt: null,
  supplementDueAt: null,
  rescheduleCount: 0,
  pendingConsultations: 0,
  lastHandoff: null,
});

export function dossierActor(actor: Actor, departmentCode: string | null): DossierActor {
  return {
    kind: actor.kind,
    id: actor.id,
    roles: actor.roles,
    permissions: actor.permissions,
    departmentCode,
  };
}
