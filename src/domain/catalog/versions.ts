/**
 * Version in force (hiệu lực). A version is in force on date d when effectiveFrom ≤ d < effectiveTo
 * (effectiveTo exclusive; null = open-ended). Dates are 'YYYY-MM-DD' strings, which compare correctly as
 * strings. The caller passes the date (no clock here): for a dossier, the local date of its receipt.
 */
import type { LocalDate, ProcedureVersion } from './types.js';

export function isInForce(version: ProcedureVersion, at: LocalDate): boolean {
  return version.effectiveFrom <= at && (version.effectiveTo === null || at < version.effectiveTo);
}

/**
 * The version of procedure `code` in force at `at`, or null. If (invalid) data has several, the highest
 * version number wins, so the answer is deterministic.
 */
export function versionInForce(
  versions: readonly ProcedureVersion[],
  code: string,
  at: LocalDate,
): ProcedureVersion | null {
  let best: ProcedureVersion | null = null;
  for (const v of versions) {
    if (v.code !== code || !isInForce(v, at)) continue;
    if (best === null || v.version > best.version) best = v;
  }
  return best;
}

/** The catalog as of `at`: one version per code, ordered by code. */
export function catalogInForce(versions: readonly ProcedureVersion[], at: LocalDate): ProcedureVersion[] {
  const byCode = new Map<string, ProcedureVersion>();
  for (const v of versions) {
    if (!isInForce(v, at)) continue;
    const current = byCode.get(v.code);
    if (current === undefined || v.version > current.version) byCode.set(v.code, v);
  }
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Durations applying to a submission channel of one case. */
export function caseDuration(
  procedureCase: ProcedureVersion['cases'][number],
  channel: 'counter' | 'online',
): ProcedureVersion['durations']['counter'] {
  return channel === 'online'
    ? (procedureCase.durations.online ?? procedureCase.durations.counter)
    : procedureCase.durations.counter;
}
