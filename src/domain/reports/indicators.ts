/**
 * The indicator report (chỉ tiêu — weekly like seed 003, quarterly like seeds 002/004): rates with
 * their numerator and denominator, compared with the target in force. Pure.
 *
 * Population of the dossier rates: the dossiers of the dossier-results report of the period (received
 * in it or carried over into it — `received.total`, II.06a col 3), so the rates and the results section
 * of the same report speak of the same dossiers (seed 003: "845/845", 845 = 837 new + 8 carried over).
 * Definitions (docs/reports.md, "Chỉ tiêu"):
 * - online_submission: submitted online (channel online) / dossiers;
 * - online_payment: fee paid online / dossiers with a fee (fee_total > 0) (766 indicator 3.6);
 * - digitization: dossiers with digitised components / dossiers (766 indicator 4.2, without the
 *   e-result condition: an e-result is counted separately by 4.1);
 * - data_reuse: dossiers with ≥ 1 component reused from stored data / dossiers (766 indicator 4.3);
 * - full_online_dossiers: dossiers of a full-online procedure submitted online whose result is returned
 *   electronically / dossiers of a full-online procedure [INFERRED: seed 003 prints "126/144 hồ sơ"
 *   with every dossier online, so the numerator needs a condition beyond the channel];
 * - feedback_on_time: PAKN handled on time / PAKN handled (766 indicator 5.2);
 * - satisfaction: ratings "rất hài lòng" or "hài lòng" / ratings.
 */

export type Rate = {
  numerator: number;
  denominator: number;
  /** Percent rounded to 2 decimals (99,88); null when the denominator is 0. */
  value: number | null;
};

export function rate(numerator: number, denominator: number): Rate {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || numerator < 0 || denominator < 0)
    throw new RangeError(`rate(${numerator}, ${denominator}): counts must be non-negative integers`);
  if (numerator > denominator)
    throw new RangeError(`rate(${numerator}, ${denominator}): numerator > denominator`);
  return {
    numerator,
    denominator,
    value: denominator === 0 ? null : Math.round((numerator * 10000) / denominator) / 100,
  };
}

export const INDICATOR_CODES = [
  'online_submission',
  'online_payment',
  'digitization',
  'data_reuse',
  'full_online_dossiers',
  'feedback_on_time',
  'satisfaction',
] as const;
export type IndicatorCode = (typeof INDICATOR_CODES)[number];

export const INDICATOR_LABELS: Readonly<Record<IndicatorCode, string>> = {
  online_submission: 'Tỷ lệ nộp hồ sơ trực tuyến',
  online_payment: 'Tỷ lệ thanh toán trực tuyến',
  digitization: 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
  data_reuse: 'Tỷ lệ tái sử dụng thông tin, dữ liệu số hóa',
  full_online_dossiers: 'Tỷ lệ hồ sơ trực tuyến toàn trình',
  feedback_on_time: 'Tỷ lệ phản ánh, kiến nghị của người dân, doanh nghiệp được xử lý đúng hạn',
  satisfaction: 'Tỷ lệ đánh giá hài lòng, rất hài lòng',
};

export type Comparator = 'at_least' | 'at_most';
export type Target = { comparator: Comparator; value: number };

/**
 * Whether a rate meets its target, exactly (on the counts, not on the rounded percent): at_least v
 * ⇔ numerator × 100 ≥ v × denominator. null when there is no target or no denominator.
 */
export function targetMet(r: Rate, target: Target | null): boolean | null {
  if (target === null || r.denominator === 0) return null;
  // Targets have at most 2 decimals: compare integers (× 100) to avoid floating error.
  const left = r.numerator * 10000;
  const right = Math.round(target.value * 100) * r.denominator;
  return target.comparator === 'at_least' ? left >= right : left <= right;
}

/** Counts the indicator report is built from (one unit, or the sum over units except the distinct ones). */
export type IndicatorFacts = {
  dossiers: number;
  online: number;
  feeBearing: number;
  paidOnline: number;
  /** Sum of fee_total of the dossiers paid online, in đồng. */
  feesPaidOnline: number;
  digitized: number;
  dataReused: number;
  fullOnlineProcedureDossiers: number;
  fullOnlineDossiers: number;
  /** Distinct procedures with ≥ 1 dossier, by online level; and with ≥ 1 dossier paid online. */
  proceduresWithDossiers: { full: number; partial: number; none: number };
  proceduresPaidOnline: number;
  /** Procedures in force at the unit's level (its competence), by online level. */
  procedures: { full: number; partial: number; none: number };
  /** Dossiers received here regardless of boundary and continued at another unit. */
  nonTerritorial: { period: number; lastWeek: number };
  resolved: number;
  resolvedWithEResult: number;
  late: number;
  overdue: number;
  feedback: {
    received: number;
    handled: number;
    handledOnTime: number;
    pending: number;
    ratings: { total: number; verySatisfied: number; satisfied: number; dissatisfied: number };
  };
};

export type Indicator = Rate & {
  code: IndicatorCode;
  label: string;
  target: Target | null;
  met: boolean | null;
};

export function indicatorRates(f: IndicatorFacts): Record<IndicatorCode, Rate> {
  const r = f.feedback.ratings;
  return {
    online_submission: rate(f.online, f.dossiers),
    online_payment: rate(f.paidOnline, f.feeBearing),
    digitization: rate(f.digitized, f.dossiers),
    data_reuse: rate(f.dataReused, f.dossiers),
    full_online_dossiers: rate(f.fullOnlineDossiers, f.fullOnlineProcedureDossiers),
    feedback_on_time: rate(f.feedback.handledOnTime, f.feedback.handled),
    satisfaction: rate(r.verySatisfied + r.satisfied, r.total),
  };
}

/** Every indicator with its target (from `targets`, null when none is configured) and met / not met. */
export function indicators(
  f: IndicatorFacts,
  targets: Partial<Record<IndicatorCode, Target | null>>,
): Indicator[] {
  const rates = indicatorRates(f);
  return INDICATOR_CODES.map((code) => {
    const target = targets[code] ?? null;
    return {
      code,
      label: INDICATOR_LABELS[code],
      ...rates[code],
      target,
      met: targetMet(rates[code], target),
    };
  });
}
