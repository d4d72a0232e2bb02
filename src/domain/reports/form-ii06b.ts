/**
 * Biểu II.06b/VPCP/KSTT: the same 13 columns as II.06a (see form-ii06a.ts for the mapping), rolled up
 * for a locality — column 2 is "Lĩnh vực, công việc giải quyết theo cấp" (legal-rules §10.1): one
 * section per level of the units covered (I. Cấp tỉnh, II. Cấp xã), each headed by its subtotal, with
 * one row per field under it, then the total. The official II.06b was not retrieved; this is the
 * "các cấp" layout §10.1 describes (docs/reports.md).
 * Identities: every section row = the sum of its field rows; the total = the sum of the sections; and
 * col 3 = col 7 + col 11 on every row.
 */
import { type DossierResultFigures, sumFigures } from './figures.js';
import { DOSSIER_MEASURE, dossierResultHeaders, ii06aValues } from './form-ii06a.js';
import type { ReportPeriod } from './period.js';
import { type FormRow, formFrame, type StatisticalForm, sectionNumber } from './statistical-form.js';
import { figuresOnly } from './tally.js';

export const II06B_CODE = 'Biểu II.06b/VPCP/KSTT';
export const II06B_TITLE = 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI ĐỊA PHƯƠNG';
export const II06B_ROW_HEADING = 'Lĩnh vực, công việc giải quyết theo cấp';

/** Level of the units whose dossiers a section counts (after 07/2025: province and commune). */
export type UnitLevel = 'province' | 'commune';
export const UNIT_LEVEL_LABELS: Readonly<Record<UnitLevel, string>> = Object.freeze({
  province: 'Cấp tỉnh',
  commune: 'Cấp xã',
});

/** Level of a unit by its kind: a province is 'province'; communes, wards and special zones 'commune'. */
export function unitLevel(kind: string): UnitLevel {
  return kind === 'province' ? 'province' : 'commune';
}

export type KeyedFigures = { key: string; label: string } & DossierResultFigures;

export type II06bSection = {
  level: UnitLevel;
  /** One row per field (key = field code). */
  rows: KeyedFigures[];
};

export type II06bInput = {
  unitName: string;
  superiorName: string | null;
  period: ReportPeriod;
  /** Sections in order (province first); a level with no unit covered is left out by the caller. */
  sections: II06bSection[];
};

/** a − b, field by field (figures are additive over disjoint sets of units). */
export function subtractFigures(a: DossierResultFigures, b: DossierResultFigures): DossierResultFigures {
  const minus = (x: unknown, y: unknown): unknown =>
    typeof x === 'number'
      ? x - (y as number)
      : Object.fromEntries(
          Object.entries(x as Record<string, unknown>).map(([k, v]) => [
            k,
            minus(v, (y as Record<string, unknown>)[k]),
          ]),
        );
  return minus(a, b) as DossierResultFigures;
}

/**
 * The rows of `whole` (a report over a set of units) minus the same-key rows of `part` (the report
 * over a subset of them): the report over the other units. Rows left without any dossier are dropped.
 */
export function differenceRows(
  whole: readonly KeyedFigures[],
  part: readonly KeyedFigures[],
): KeyedFigures[] {
  const byKey = new Map(part.map((r) => [r.key, r]));
  return whole
    .map((r) => {
      const p = byKey.get(r.key);
      return p ? { ...subtractFigures(figuresOnly(r), figuresOnly(p)), key: r.key, label: r.label } : r;
    })
    .filter((r) => r.received.total > 0);
}

/** The section subtotals and the grand total of the input (sums of the rows). */
export function ii06bTotals(sections: readonly II06bSection[]): {
  sections: DossierResultFigures[];
  total: DossierResultFigures;
} {
  const subtotals = sections.map((s) => sumFigures(s.rows));
  return { sections: subtotals, total: sumFigures(subtotals) };
}

export function buildII06b(input: II06bInput): StatisticalForm {
  const totals = ii06bTotals(input.sections);
  const rows: FormRow[] = input.sections.flatMap((s, i) => [
    {
      no: sectionNumber(i + 1),
      label: UNIT_LEVEL_LABELS[s.level],
      values: ii06aValues(totals.sections[i] as DossierResultFigures),
      kind: 'section' as const,
    },
    ...s.rows.map((r, j) => ({
      no: String(j + 1),
      label: r.label,
      values: ii06aValues(r),
      kind: 'detail' as const,
    })),
  ]);
  return {
    ...formFrame(input, {
      code: II06B_CODE,
      sheetName: 'Biểu II.06b',
      title: II06B_TITLE,
      measure: DOSSIER_MEASURE,
      headers: dossierResultHeaders(II06B_ROW_HEADING),
    }),
    rows,
    totalRow: { no: '', label: 'Tổng cộng', values: ii06aValues(totals.total) },
    notes: [
      'Cột (9) bao gồm cả hồ sơ trả lại, xin rút, dừng giải quyết; cột (12) bao gồm cả hồ sơ đang tạm dừng chờ bổ sung, chờ thực hiện nghĩa vụ tài chính.',
    ],
  };
}
