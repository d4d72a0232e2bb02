/**
 * Decision 766/QĐ-TTg index set (legal-rules §11), computed from our data in real time. Pure.
 *
 * Points: total 100; group maxima 18 / 20 / 22 / 22 / 18 (publicity, progress and satisfaction
 * SOURCED-2nd; online services and digitisation INFERRED from the total). Sub-indicator points: 1.2 = 4
 * and 5.1 = 5, 5.2 = 5, 5.3 = 2, 5.4 = 6 are SOURCED-2nd; 2.1 carries the whole group 2 (the formula
 * table says "up to 20 points (group 2)"), 2.2 is shown without points; the other points of a group are
 * split equally between its remaining sub-indicators [INFERRED].
 *
 * Score of a computed rate: with a full-score threshold T (3.1, 3.3, 3.5: 80/50/80 %, 4.2, 4.3: 80 %,
 * 5.4: 90 %) points × min(1, rate / T); without one, points × rate. Sub-indicators whose facts this
 * system does not record (publication decisions, DVCQG sync, population-DB use, PAKN classification …)
 * are `not_recorded`: no value, no score; the total is out of 100 and `computableMax` says how many of
 * the 100 points our data can earn.
 */
import { type IndicatorFacts, type Rate, rate } from './indicators.js';

export type Index766GroupCode = 'publicity' | 'progress' | 'online' | 'digitization' | 'satisfaction';

type Definition = {
  id: string;
  group: Index766GroupCode;
  name: string;
  points: number;
  /** Full-score threshold in percent, when the formula description gives one. */
  threshold: number | null;
  /** How the rate is computed from our facts; absent = not recorded in this system. */
  compute?: (f: IndicatorFacts) => Rate;
};

export const INDEX_766_GROUPS: readonly { code: Index766GroupCode; name: string; max: number }[] = [
  { code: 'publicity', name: 'Công khai, minh bạch', max: 18 },
  { code: 'progress', name: 'Tiến độ, kết quả giải quyết', max: 20 },
  { code: 'online', name: 'Cung cấp dịch vụ trực tuyến', max: 22 },
  { code: 'digitization', name: 'Số hóa hồ sơ', max: 22 },
  { code: 'satisfaction', name: 'Mức độ hài lòng', max: 18 },
];

const third = (n: number) => Math.round((n / 3) * 100) / 100;
const clampRate = (n: number, d: number) => rate(Math.max(0, Math.min(n, d)), d);

export const INDEX_766_DEFINITIONS: readonly Definition[] = [
  { id: '1.1', group: 'publicity', name: 'Tỷ lệ TTHC công bố đúng hạn', points: third(14), threshold: null },
  {
    id: '1.2',
    group: 'publicity',
    name: 'Tỷ lệ TTHC được cập nhật, công khai đúng hạn',
    points: 4,
    threshold: null,
  },
  { id: '1.3', group: 'publicity', name: 'TTHC có đủ bộ phận tạo thành', points: third(14), threshold: null },
  {
    id: '1.4',
    group: 'publicity',
    name: 'Tỷ lệ hồ sơ đồng bộ lên DVCQG',
    points: 14 - 2 * third(14),
    threshold: null,
  },
  {
    id: '2.1',
    group: 'progress',
    name: 'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn',
    points: 20,
    threshold: null,
    compute: (f) => clampRate(f.dossiers - f.late - f.overdue, f.dossiers),
  },
  { id: '2.2', group: 'progress', name: 'Thời gian giải quyết trung bình', points: 0, threshold: null },
  {
    id: '3.1',
    group: 'online',
    name: 'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến',
    points: 4.4,
    threshold: 80,
    compute: (f) =>
      rate(
        f.procedures.full + f.procedures.partial,
        f.procedures.full + f.procedures.partial + f.procedures.none,
      ),
  },
  {
    id: '3.2',
    group: 'online',
    name: 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ',
    points: 4.4,
    threshold: null,
    compute: (f) =>
      clampRate(
        f.proceduresWithDossiers.full + f.proceduresWithDossiers.partial,
        f.procedures.full + f.procedures.partial,
      ),
  },
  {
    id: '3.3',
    group: 'online',
    name: 'Tỷ lệ hồ sơ nộp trực tuyến',
    points: 4.4,
    threshold: 50,
    compute: (f) => rate(f.online, f.dossiers),
  },
  {
    id: '3.5',
    group: 'online',
    name: 'TTHC có nghĩa vụ tài chính được tích hợp thanh toán trực tuyến',
    points: 4.4,
    threshold: 80,
  },
  {
    id: '3.6',
    group: 'online',
    name: 'Tỷ lệ hồ sơ thanh toán trực tuyến',
    points: 4.4,
    threshold: null,
    compute: (f) => rate(f.paidOnline, f.feeBearing),
  },
  {
    id: '4.1',
    group: 'digitization',
    name: 'Tỷ lệ hồ sơ có cấp kết quả điện tử',
    points: 4.4,
    threshold: null,
    compute: (f) => rate(f.resolvedWithEResult, f.resolved),
  },
  {
    id: '4.2',
    group: 'digitization',
    name: 'Tỷ lệ hồ sơ thực hiện số hóa',
    points: 4.4,
    threshold: 80,
    compute: (f) => rate(f.digitized, f.dossiers),
  },
  {
    id: '4.3',
    group: 'digitization',
    name: 'Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa',
    points: 4.4,
    threshold: 80,
    compute: (f) => rate(f.dataReused, f.dossiers),
  },
  {
    id: '4.4',
    group: 'digitization',
    name: 'Hồ sơ số hóa có kết nối, chia sẻ để tái sử dụng',
    points: 4.4,
    threshold: null,
  },
  { id: '4.5', group: 'digitization', name: 'Ứng dụng dữ liệu dân cư', points: 4.4, threshold: null },
  { id: '5.1', group: 'satisfaction', name: 'Tỷ lệ PAKN theo phân loại', points: 5, threshold: null },
  {
    id: '5.2',
    group: 'satisfaction',
    name: 'Tiến độ xử lý PAKN',
    points: 5,
    threshold: null,
    compute: (f) => rate(f.feedback.handledOnTime, f.feedback.handled),
  },
  { id: '5.3', group: 'satisfaction', name: 'Tỷ lệ hài lòng trong xử lý PAKN', points: 2, threshold: null },
  {
    id: '5.4',
    group: 'satisfaction',
    name: 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC',
    points: 6,
    threshold: 90,
    // 100 % − (late-dossier rate + rate of dossiers with a PAKN or a "không hài lòng" rating); PAKN and
    // ratings are not linked one-to-one with dossiers here, so their counts stand in for the dossiers.
    compute: (f) =>
      clampRate(
        f.dossiers - f.late - f.overdue - f.feedback.received - f.feedback.ratings.dissatisfied,
        f.dossiers,
      ),
  },
];

export type Index766Item = {
  id: string;
  name: string;
  points: number;
  threshold: number | null;
  basis: 'computed' | 'not_recorded';
  rate: Rate | null;
  score: number | null;
};

export type Index766Group = {
  code: Index766GroupCode;
  name: string;
  max: number;
  score: number;
  computableMax: number;
  items: Index766Item[];
};

export type Index766 = {
  groups: Index766Group[];
  /** Sum of the group scores, out of 100, 2 decimals. */
  total: number;
  /** Points our data can earn (the computed sub-indicators). */
  computableMax: number;
  band: string;
};

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Points earned by a rate: with a threshold, full at or above it; an empty denominator earns the full points. */
export function itemScore(points: number, threshold: number | null, r: Rate): number {
  if (r.denominator === 0) return points;
  const ratio = r.numerator / r.denominator;
  const reach = threshold === null ? ratio : Math.min(1, (ratio * 100) / threshold);
  return round2(points * reach);
}

/** Rank band of a total (90–100 Xuất sắc, < 50 Yếu SOURCED-2nd; the bands between INFERRED). */
export function index766Band(total: number): string {
  if (total >= 90) return 'Xuất sắc';
  if (total >= 80) return 'Tốt';
  if (total >= 65) return 'Khá';
  if (total >= 50) return 'Trung bình';
  return 'Yếu';
}

export function computeIndex766(f: IndicatorFacts): Index766 {
  const groups = INDEX_766_GROUPS.map((g) => {
    const items: Index766Item[] = INDEX_766_DEFINITIONS.filter((d) => d.group === g.code).map((d) => {
      if (!d.compute)
        return {
          id: d.id,
          name: d.name,
          points: d.points,
          threshold: d.threshold,
          basis: 'not_recorded',
          rate: null,
          score: null,
        };
      const r = d.compute(f);
      return {
        id: d.id,
        name: d.name,
        points: d.points,
        threshold: d.threshold,
        basis: 'computed',
        rate: r,
        score: itemScore(d.points, d.threshold, r),
      };
    });
    return {
      code: g.code,
      name: g.name,
      max: g.max,
      score: round2(items.reduce((s, i) => s + (i.score ?? 0), 0)),
      computableMax: round2(items.reduce((s, i) => s + (i.basis === 'computed' ? i.points : 0), 0)),
      items,
    };
  });
  const total = round2(groups.reduce((s, g) => s + g.score, 0));
  return {
    groups,
    total,
    computableMax: round2(groups.reduce((s, g) => s + g.computableMax, 0)),
    band: index766Band(total),
  };
}

export type RankedUnit<T> = T & { rank: number };

/** Orders by total (descending), then code; equal totals share a rank (1, 1, 3). */
export function rankByTotal<T extends { code: string; total: number }>(units: readonly T[]): RankedUnit<T>[] {
  const sorted = [...units].sort(
    (a, b) => b.total - a.total || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  let rank = 0;
  return sorted.map((u, i) => {
    if (i === 0 || u.total !== sorted[i - 1]!.total) rank = i + 1;
    return { ...u, rank };
  });
}
