/**
 * The figures of the dossier-results report (the basis of Biểu II.06a/b), their sums and the
 * invariant every report satisfies (issue 5, legal-rules §10.1):
 *   received.total = resolved.total + refused + withdrawn + stopped + inProgress.total + paused.total
 * plus the inner identities (each total is the sum of its parts).
 */

export type DossierResultFigures = {
  received: {
    total: number;
    new: number;
    carriedOver: number;
    /** Split of `new` by channel (kênh 2 / 1 / 3). */
    online: number;
    direct: number;
    postal: number;
  };
  resolved: { total: number; early: number; onTime: number; late: number };
  refused: number;
  withdrawn: number;
  stopped: number;
  inProgress: { total: number; withinDeadline: number; overdue: number };
  paused: { total: number; supplement: number; financialObligation: number };
};

export function emptyFigures(): DossierResultFigures {
  return {
    received: { total: 0, new: 0, carriedOver: 0, online: 0, direct: 0, postal: 0 },
    resolved: { total: 0, early: 0, onTime: 0, late: 0 },
    refused: 0,
    withdrawn: 0,
    stopped: 0,
    inProgress: { total: 0, withinDeadline: 0, overdue: 0 },
    paused: { total: 0, supplement: 0, financialObligation: 0 },
  };
}

/** a + b, field by field (a new object). */
export function addFigures(a: DossierResultFigures, b: DossierResultFigures): DossierResultFigures {
  return {
    received: {
      total: a.received.total + b.received.total,
      new: a.received.new + b.received.new,
      carriedOver: a.received.carriedOver + b.received.carriedOver,
      online: a.received.online + b.received.online,
      direct: a.received.direct + b.received.direct,
      postal: a.received.postal + b.received.postal,
    },
    resolved: {
      total: a.resolved.total + b.resolved.total,
      early: a.resolved.early + b.resolved.early,
      onTime: a.resolved.onTime + b.resolved.onTime,
      late: a.resolved.late + b.resolved.late,
    },
    refused: a.refused + b.refused,
    withdrawn: a.withdrawn + b.withdrawn,
    stopped: a.stopped + b.stopped,
    inProgress: {
      total: a.inProgress.total + b.inProgress.total,
      withinDeadline: a.inProgress.withinDeadline + b.inProgress.withinDeadline,
      overdue: a.inProgress.overdue + b.inProgress.overdue,
    },
    paused: {
      total: a.paused.total + b.paused.total,
      supplement: a.paused.supplement + b.paused.supplement,
      financialObligation: a.paused.financialObligation + b.paused.financialObligation,
    },
  };
}

export function sumFigures(list: Iterable<DossierResultFigures>): DossierResultFigures {
  let total = emptyFigures();
  for (const f of list) total = addFigures(total, f);
  return total;
}

/** Dossiers finished in the period (resolved, refused, withdrawn, stopped). */
export function finishedTotal(f: DossierResultFigures): number {
  return f.resolved.total + f.refused + f.withdrawn + f.stopped;
}

/** Dossiers still open at the end of the period (in progress or paused). */
export function openTotal(f: DossierResultFigures): number {
  return f.inProgress.total + f.paused.total;
}

/**
 * The identities a report must satisfy; returns the violated ones (empty when the figures hold).
 * Every count must also be a non-negative integer.
 */
export function invariantViolations(f: DossierResultFigures): string[] {
  const v: string[] = [];
  const r = f.received;
  const eq = (name: string, left: number, right: number) => {
    if (left !== right) v.push(`${name}: ${left} ≠ ${right}`);
  };
  eq('received.total = new + carriedOver', r.total, r.new + r.carriedOver);
  eq('received.new = online + direct + postal', r.new, r.online + r.direct + r.postal);
  eq(
    'resolved.total = early + onTime + late',
    f.resolved.total,
    f.resolved.early + f.resolved.onTime + f.resolved.late,
  );
  eq(
    'inProgress.total = withinDeadline + overdue',
    f.inProgress.total,
    f.inProgress.withinDeadline + f.inProgress.overdue,
  );
  eq(
    'paused.total = supplement + financialObligation',
    f.paused.total,
    f.paused.supplement + f.paused.financialObligation,
  );
  eq('received.total = finished + open', r.total, finishedTotal(f) + openTotal(f));
  const all = [
    ...Object.values(r),
    ...Object.values(f.resolved),
    f.refused,
    f.withdrawn,
    f.stopped,
    ...Object.values(f.inProgress),
    ...Object.values(f.paused),
  ];
  if (all.some((n) => !Number.isInteger(n) || n < 0)) v.push('every figure is a non-negative integer');
  return v;
}

export function checkInvariant(f: DossierResultFigures): boolean {
  return invariantViolations(f).length === 0;
}
