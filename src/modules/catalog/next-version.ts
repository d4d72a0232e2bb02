// The next version of a procedure, built from its latest version and the administrator's changes. Pure: no
// database, no clock ("today" is passed in). Returns the new version and what happens to the latest one
// (closed on the new version's first day when it is open-ended), or the issues that refuse it.
import type { z } from 'zod';
import type { publishVersionBody } from '../../contract/catalog-admin.js';
import { validateProcedureVersion } from '../../domain/catalog/index.js';
import type { LocalDate, ProcedureVersion } from '../../domain/catalog/types.js';
import { formatLocalDate } from '../../domain/format/vi.js';

export type VersionIssue = { path: string[]; code: string; message: string };

export type NextVersion =
  | { ok: true; version: ProcedureVersion; closeLatestOn: LocalDate | null }
  | { ok: false; kind: 'invalid'; issues: VersionIssue[] }
  | { ok: false; kind: 'scheduled'; message: string };

export type VersionChanges = z.output<typeof publishVersionBody>;

/** 'cases[0].process[2].allotted.amount' → ['cases', '0', 'process', '2', 'allotted', 'amount']. */
export function splitPath(path: string): string[] {
  return path.split(/[.[\]]/).filter((p) => p !== '');
}

function dateIssues(latest: ProcedureVersion, from: LocalDate, today: LocalDate): VersionIssue[] {
  const at = (message: string, code: string) => [{ path: ['effectiveFrom'], code, message }];
  if (from < today)
    return at(
      `Ngày áp dụng phải từ hôm nay (${formatLocalDate(today)}) trở đi: không ban hành phiên bản có hiệu lực hồi tố`,
      'RETROACTIVE',
    );
  if (latest.effectiveTo !== null && from < latest.effectiveTo)
    return at(
      `Phiên bản ${latest.version} còn hiệu lực đến hết ngày trước ${formatLocalDate(latest.effectiveTo)}; ngày áp dụng phải từ ngày đó trở đi`,
      'OVERLAPPING_VERSIONS',
    );
  if (latest.effectiveTo === null && from <= latest.effectiveFrom)
    return at(
      `Ngày áp dụng phải sau ngày có hiệu lực của phiên bản ${latest.version} (${formatLocalDate(latest.effectiveFrom)})`,
      'OVERLAPPING_VERSIONS',
    );
  return [];
}

function caseIssues(latest: ProcedureVersion, changes: VersionChanges): VersionIssue[] {
  const known = new Set(latest.cases.map((c) => c.code));
  const seen = new Set<string>();
  const issues: VersionIssue[] = [];
  changes.cases.forEach((c, i) => {
    if (!known.has(c.code))
      issues.push({
        path: ['cases', String(i), 'code'],
        code: 'UNKNOWN_CASE',
        message: `Trường hợp "${c.code}" không có trong phiên bản ${latest.version}`,
      });
    if (seen.has(c.code))
      issues.push({
        path: ['cases', String(i), 'code'],
        code: 'DUPLICATE_CODE',
        message: `Trường hợp "${c.code}" được gửi hai lần`,
      });
    seen.add(c.code);
  });
  return issues;
}

export function nextVersion(
  latest: ProcedureVersion,
  changes: VersionChanges,
  today: LocalDate,
): NextVersion {
  if (latest.effectiveFrom > today)
    return {
      ok: false,
      kind: 'scheduled',
      message: `Thủ tục ${latest.code} đã có phiên bản ${latest.version} sẽ áp dụng từ ngày ${formatLocalDate(latest.effectiveFrom)}; chỉ ban hành phiên bản tiếp theo sau ngày đó`,
    };
  const early = [...dateIssues(latest, changes.effectiveFrom, today), ...caseIssues(latest, changes)];
  if (early.length) return { ok: false, kind: 'invalid', issues: early };
  const byCode = new Map(changes.cases.map((c) => [c.code, c]));
  const version: ProcedureVersion = {
    ...latest,
    version: latest.version + 1,
    effectiveFrom: changes.effectiveFrom,
    effectiveTo: null,
    cutoff: changes.cutoff === undefined ? latest.cutoff : changes.cutoff,
    fees: changes.fees ?? latest.fees,
    components: changes.components ?? latest.components,
    cases: latest.cases.map((c) => {
      const change = byCode.get(c.code);
      if (!change) return c;
      return { ...c, durations: change.durations ?? c.durations, process: change.process };
    }),
  };
  // Case paths point at the case as sent in the body when it was sent (else at the version's case).
  const sent = new Map(changes.cases.map((c, i) => [c.code, i]));
  const issues = validateProcedureVersion(version).map((i) => {
    const path = splitPath(i.path);
    const caseIndex = path[0] === 'cases' ? sent.get(version.cases[Number(path[1])]?.code ?? '') : undefined;
    if (caseIndex !== undefined) path[1] = String(caseIndex);
    return { path, code: i.code, message: i.message };
  });
  if (issues.length) return { ok: false, kind: 'invalid', issues };
  return { ok: true, version, closeLatestOn: latest.effectiveTo === null ? changes.effectiveFrom : null };
}
