/**
 * Biểu II.07b/VPCP/KSTT: numbers of administrative procedures (TTHC) per unit — in the unit's authority
 * by level, by mechanism (một cửa, một cửa liên thông, "4 tại chỗ"), by online service (toàn trình,
 * một phần), and those with dossiers received in the period. legal-rules §10.2 gives the Thanh Hóa
 * columns (authority by level, one-stop/inter-agency); the "4 tại chỗ" and online columns follow the
 * reports it is cited from (mission README, seeds 002/004; reference-system §1.13 A.3, A.9). Columns:
 *   3 = in authority (= 4 + 5 = 6 + 7); 4 = of which province level; 5 = of which commune level;
 *   6 = one-stop (một cửa); 7 = inter-agency (một cửa liên thông); 8 = "4 tại chỗ" (⊆ 6);
 *   9 = online full process (toàn trình); 10 = online partial (một phần) (9 + 10 ≤ 3);
 *   11 = procedures with at least one dossier received in the period; 12 = of which "4 tại chỗ".
 * A unit's authority is the catalog in force on the last day of the period at the unit's level (the
 * catalog is national; a commune handles the commune-level procedures). The total row counts DISTINCT
 * procedures over the units covered, so it is not the sum of the unit rows (every commune has the
 * same commune-level procedures).
 */

import type { UnitLevel } from './form-ii06b.js';
import type { ReportPeriod } from './period.js';
import { formFrame, type StatisticalForm } from './statistical-form.js';

export const II07B_CODE = 'Biểu II.07b/VPCP/KSTT';
export const II07B_TITLE =
  'TỔNG HỢP SỐ LƯỢNG THỦ TỤC HÀNH CHÍNH THỰC HIỆN THEO CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG VÀ "4 TẠI CHỖ"';
export const II07B_MEASURE = 'Đơn vị tính: Số TTHC';

/** What II.07b needs to know of one procedure version. */
export type ProcedureFacts = {
  code: string;
  level: string;
  mechanism: string;
  onlineLevel: string;
  fourOnSite: boolean;
};

export type II07bFigures = {
  total: number;
  province: number;
  commune: number;
  oneStop: number;
  interAgency: number;
  fourOnSite: number;
  onlineFull: number;
  onlinePartial: number;
  withDossiers: number;
  withDossiersFourOnSite: number;
};

export type II07bUnit = {
  label: string;
  level: UnitLevel;
};

/** The procedures of the catalog in a unit's authority: those at the unit's level. */
export function inAuthority(catalog: readonly ProcedureFacts[], level: UnitLevel): ProcedureFacts[] {
  return catalog.filter((p) => p.level === level);
}

/** One version per code (the last one given wins; "4 tại chỗ" if any version given was). */
function byCode(list: readonly ProcedureFacts[]): ProcedureFacts[] {
  const map = new Map<string, ProcedureFacts>();
  for (const p of list) {
    const seen = map.get(p.code);
    map.set(p.code, seen ? { ...p, fourOnSite: seen.fourOnSite || p.fourOnSite } : p);
  }
  return [...map.values()];
}

/**
 * The figures of a set of procedures in authority and of the procedures with dossiers (each counted
 * once per code).
 */
export function tallyProcedures(
  authority: readonly ProcedureFacts[],
  withDossiers: readonly ProcedureFacts[],
): II07bFigures {
  const a = byCode(authority);
  const d = byCode(withDossiers);
  const count = (list: ProcedureFacts[], test: (p: ProcedureFacts) => boolean) => list.filter(test).length;
  return {
    total: a.length,
    province: count(a, (p) => p.level === 'province'),
    commune: count(a, (p) => p.level === 'commune'),
    oneStop: count(a, (p) => p.mechanism === 'one_stop'),
    interAgency: count(a, (p) => p.mechanism === 'inter_agency'),
    fourOnSite: count(a, (p) => p.fourOnSite),
    onlineFull: count(a, (p) => p.onlineLevel === 'full'),
    onlinePartial: count(a, (p) => p.onlineLevel === 'partial'),
    withDossiers: d.length,
    withDossiersFourOnSite: count(d, (p) => p.fourOnSite),
  };
}

/** Columns 3–12 of one row. */
export function ii07bValues(f: II07bFigures): number[] {
  return [
    f.total,
    f.province,
    f.commune,
    f.oneStop,
    f.interAgency,
    f.fourOnSite,
    f.onlineFull,
    f.onlinePartial,
    f.withDossiers,
    f.withDossiersFourOnSite,
  ];
}

/** The identities every row satisfies; returns the violated ones. */
export function ii07bViolations(f: II07bFigures): string[] {
  const v: string[] = [];
  if (f.total !== f.province + f.commune) v.push('total = province + commune');
  if (f.total !== f.oneStop + f.interAgency) v.push('total = oneStop + interAgency');
  if (f.fourOnSite > f.oneStop) v.push('fourOnSite ≤ oneStop');
  if (f.onlineFull + f.onlinePartial > f.total) v.push('onlineFull + onlinePartial ≤ total');
  if (f.withDossiersFourOnSite > f.withDossiers) v.push('withDossiersFourOnSite ≤ withDossiers');
  return v;
}

export const II07B_HEADERS = [
  { heading: 'TT', sub: null },
  { heading: 'Đơn vị', sub: null },
  { heading: 'Số TTHC thuộc thẩm quyền giải quyết', sub: ['Tổng số', 'Cấp tỉnh', 'Cấp xã'] },
  {
    heading: 'Số TTHC thực hiện theo cơ chế',
    sub: ['Một cửa', 'Một cửa liên thông', '"4 tại chỗ"'],
  },
  { heading: 'Số TTHC cung cấp dịch vụ công trực tuyến', sub: ['Toàn trình', 'Một phần'] },
  { heading: 'Số TTHC phát sinh hồ sơ trong kỳ', sub: ['Tổng số', 'Trong đó "4 tại chỗ"'] },
];

export type II07bInput = {
  unitName: string;
  superiorName: string | null;
  period: ReportPeriod;
  rows: ({ label: string } & II07bFigures)[];
  total: II07bFigures;
};

export function buildII07b(input: II07bInput): StatisticalForm {
  return {
    ...formFrame(input, {
      code: II07B_CODE,
      sheetName: 'Biểu II.07b',
      title: II07B_TITLE,
      measure: II07B_MEASURE,
      headers: II07B_HEADERS.map((h) => ({ heading: h.heading, sub: h.sub ? [...h.sub] : null })),
    }),
    rows: input.rows.map((r, i) => ({
      no: String(i + 1),
      label: r.label,
      values: ii07bValues(r),
      kind: 'detail' as const,
    })),
    totalRow: { no: '', label: 'Toàn địa bàn (không trùng lặp)', values: ii07bValues(input.total) },
    notes: [
      'Số TTHC thuộc thẩm quyền: các thủ tục đang có hiệu lực vào ngày cuối kỳ, ở cấp của đơn vị. Dòng toàn địa bàn đếm mỗi thủ tục một lần.',
      'Số TTHC phát sinh hồ sơ: thủ tục có ít nhất một hồ sơ được tiếp nhận mới trong kỳ.',
    ],
  };
}
