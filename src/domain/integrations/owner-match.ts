// "One inbox": a record with a MaHoSo we have never seen may still be a dossier another system already
// sent us under its own code. It is the same dossier when the owner's id number, the procedure code and
// the receipt day (local date of NgayTiepNhan) match in the same unit — and the candidate is not already
// linked to the sending source (a source that sends two codes for one owner, procedure and day means two
// real dossiers, e.g. birth registrations of twins). Exactly one candidate links; none or several
// (ambiguous) create a new dossier rather than guess.
import { localDateOf, startOfLocalDate } from '../time/local-date.js';

export type OwnerMatchKey = {
  unitId: string;
  ownerIdNumber: string;
  procedureCode: string;
  /** YYYY-MM-DD in Asia/Ho_Chi_Minh. */
  receiptDay: string;
};

export type OwnerMatchCandidate = {
  dossierId: string;
  /** Sources already linked to the candidate. */
  sourceIds: readonly string[];
};

/** The match key of a record, or null when it carries no owner id number (nothing to match on). */
export function ownerMatchKey(r: {
  unitId: string;
  ownerIdNumber: string | null | undefined;
  procedureCode: string;
  receivedAt: number;
}): OwnerMatchKey | null {
  const id = r.ownerIdNumber?.trim();
  if (!id) return null;
  return {
    unitId: r.unitId,
    ownerIdNumber: id,
    procedureCode: r.procedureCode,
    receiptDay: localDateOf(r.receivedAt),
  };
}

/** The instants [from, to) of the key's receipt day, for the lookup. */
export function receiptDayRange(key: OwnerMatchKey): { from: Date; to: Date } {
  const from = startOfLocalDate(key.receiptDay);
  return { from, to: new Date(from.getTime() + 86_400_000) };
}

/** Key as a string, to group candidates found by one batched lookup. */
export function ownerMatchKeyText(k: OwnerMatchKey): string {
  return `${k.unitId}|${k.ownerIdNumber}|${k.procedureCode}|${k.receiptDay}`;
}

/** The dossier to link to, or null (no candidate, or more than one: never guess). */
export function pickOwnerMatch(candidates: readonly OwnerMatchCandidate[], sourceId: string): string | null {
  const open = candidates.filter((c) => !c.sourceIds.includes(sourceId));
  return open.length === 1 ? open[0]!.dossierId : null;
}
