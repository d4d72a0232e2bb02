/**
 * The indicator report as a narrative draft in the administrative-report layout (seed 003 weekly,
 * seeds 002/004 quarterly): national header, "Số: …/BC-…", place and date, "BÁO CÁO", the title with
 * the period, "Kính gửi", numbered sections with the figures filled in the Vietnamese way
 * ("845/845 hồ sơ đạt 100%", "99,88%", "1.568", "18.025.000 đồng"), "Nơi nhận" and the signature block.
 * The officer edits and signs the Word file. Pure: the text model only; src/documents/reports draws it.
 */
import type { IndicatorReport } from '../../contract/indicators.js';
import { formatDisplayDate, parseLocalDate } from '../calendar/time.js';
import { formatNumber } from '../format/index.js';
import type { Comparator, Target } from './indicators.js';

export type NarrativeLine = { text: string; level: 0 | 1 | 2; bold?: boolean; italic?: boolean };

export type IndicatorNarrative = {
  superior: string | null;
  issuer: string;
  country: string;
  motto: string;
  number: string;
  placeDate: string;
  kind: string;
  title: string;
  addressee: string;
  body: NarrativeLine[];
  recipients: string[];
  signer: { title: string; note: string };
};

/** Counts as administrative reports write them: 1–9 with a leading zero ("08"), thousands with ".". */
export function countVi(n: number): string {
  return n > 0 && n < 10 ? `0${n}` : formatNumber(n);
}

/** A percent with at most 2 decimals and a comma: 99,88%, 100%, 87,5%. */
export function percentVi(value: number): string {
  return `${formatNumber(value, { maximumFractionDigits: 2 })}%`;
}

const SIGN: Readonly<Record<Comparator, string>> = { at_least: '≥', at_most: '≤' };
const targetText = (t: Target | null) =>
  t
    ? ` (chỉ tiêu giao ${t.value === 100 && t.comparator === 'at_least' ? '=' : SIGN[t.comparator]} ${percentVi(t.value)})`
    : '';

const ratio = (n: number, d: number, unit: string) =>
  d === 0
    ? `không phát sinh ${unit}`
    : `${countVi(n)}/${countVi(d)} ${unit} đạt ${percentVi(Math.round((n * 10000) / d) / 100)}`;

const metText = (met: boolean | null) =>
  met === null ? '' : met ? ' – Đạt chỉ tiêu.' : ' – Chưa đạt chỉ tiêu.';

export type NarrativeInput = {
  report: IndicatorReport;
  superior: string | null;
  issuer: string;
  place: string;
  /** Local date of the report. */
  date: string;
  addressee: string;
};

export function buildIndicatorNarrative(input: NarrativeInput): IndicatorNarrative {
  const r = input.report;
  const from = formatDisplayDate(parseLocalDate(r.from));
  const to = formatDisplayDate(parseLocalDate(r.to));
  const [y, m, d] = input.date.split('-');
  const by = Object.fromEntries(r.indicators.map((i) => [i.code, i]));
  const res = r.results;
  const f = r.facts;
  const line = (text: string, level: 0 | 1 | 2 = 0, extra: Partial<NarrativeLine> = {}): NarrativeLine => ({
    text,
    level,
    ...extra,
  });
  const item = (no: string, code: string, unit: string, extra = '') => {
    const i = by[code]!;
    return line(
      `${no}. ${i.label}${targetText(i.target)}: ${ratio(i.numerator, i.denominator, unit)}.${extra}${metText(i.met)}`,
    );
  };
  const carried = res.received.carriedOver;
  const body: NarrativeLine[] = [
    line(
      `Trung tâm Phục vụ hành chính công báo cáo tình hình thực hiện thủ tục hành chính từ ngày ${from} đến hết ngày ${to}, cụ thể như sau:`,
    ),
    line('I. Kết quả thực hiện một số chỉ tiêu về công tác cải cách, kiểm soát thủ tục hành chính', 0, {
      bold: true,
    }),
    item(
      '1.1',
      'online_submission',
      'hồ sơ',
      carried ? ` (Hồ sơ từ kỳ trước là ${countVi(carried)} hồ sơ).` : '',
    ),
    item('1.2', 'online_payment', 'hồ sơ'),
    item('1.3', 'digitization', 'hồ sơ'),
    item('1.4', 'data_reuse', 'hồ sơ'),
    f.feedback.handled === 0
      ? line(
          `1.5. ${by.feedback_on_time!.label}${targetText(by.feedback_on_time!.target)}: không có phản ánh, kiến nghị đến hạn xử lý.`,
        )
      : item('1.5', 'feedback_on_time', 'phản ánh, kiến nghị'),
    item('1.6', 'full_online_dossiers', 'hồ sơ'),
    item('1.7', 'satisfaction', 'lượt đánh giá'),
    line('II. Kết quả giải quyết thủ tục hành chính', 0, { bold: true }),
    line(
      `1. Số hồ sơ tiếp nhận từ ngày ${from} đến hết ngày ${to} là: ${countVi(res.received.total)} hồ sơ (Hồ sơ từ kỳ trước ${countVi(carried)} hồ sơ; mới tiếp nhận ${countVi(res.received.new)} hồ sơ, gồm: trực tuyến ${countVi(res.received.online)} hồ sơ, trực tiếp ${countVi(res.received.direct)} hồ sơ, qua dịch vụ bưu chính công ích ${countVi(res.received.postal)} hồ sơ).`,
    ),
    line('a) Trong đó chia theo lĩnh vực:', 1),
    ...r.byField.map((x, i, all) =>
      line(
        `- Lĩnh vực ${lowerFirst(x.label)}: ${countVi(x.total)} hồ sơ${x.carriedOver ? ` (từ kỳ trước ${countVi(x.carriedOver)} hồ sơ)` : ''}${i === all.length - 1 ? '.' : ';'}`,
        2,
      ),
    ),
    line('b) Trong đó chia theo hệ thống của Bộ, Ngành, địa phương:', 1),
    ...r.bySource.map((x, i, all) =>
      line(
        `- Tiếp nhận trên hệ thống ${x.label}: ${countVi(x.total)} hồ sơ${i === all.length - 1 ? '.' : ';'}`,
        2,
      ),
    ),
    line('c) Trong đó chia theo kết quả giải quyết:', 1),
    line(`- Tổng số hồ sơ đã giải quyết: ${countVi(res.resolved.total)} hồ sơ;`, 2),
    line(
      `+ Số hồ sơ giải quyết và trả kết quả đúng, trước hạn: ${countVi(res.resolved.early + res.resolved.onTime)} hồ sơ${res.resolved.total ? `, đạt ${percentVi(Math.round(((res.resolved.early + res.resolved.onTime) * 10000) / res.resolved.total) / 100)}` : ''};`,
      2,
    ),
    line(`+ Số hồ sơ giải quyết và trả kết quả quá hạn: ${countVi(res.resolved.late)} hồ sơ;`, 2),
    line(
      `- Số hồ sơ đang trong thời gian giải quyết: ${countVi(res.inProgress.total)} hồ sơ (trong hạn: ${countVi(res.inProgress.withinDeadline)} hồ sơ, quá hạn: ${countVi(res.inProgress.overdue)} hồ sơ);`,
      2,
    ),
    line(`- Số hồ sơ không đủ điều kiện giải quyết: ${countVi(res.refused)} hồ sơ;`, 2),
    line(
      `- Số hồ sơ đang tạm dừng (chờ bổ sung, chờ thực hiện nghĩa vụ tài chính): ${countVi(res.paused.total)} hồ sơ;`,
      2,
    ),
    line(`- Số hồ sơ rút, dừng xử lý: ${countVi(res.withdrawn + res.stopped)} hồ sơ.`, 2),
    line(
      `2. Số hồ sơ TTHC trả lại, tạm dừng trên Hệ thống thông tin giải quyết TTHC: ${countVi(res.refused + res.withdrawn + res.stopped + res.paused.total)} hồ sơ.`,
    ),
    line(
      `3. Số TTHC phát sinh hồ sơ từ ngày ${from} đến thời điểm báo cáo là: ${countVi(f.proceduresWithDossiers.full + f.proceduresWithDossiers.partial + f.proceduresWithDossiers.none)} thủ tục. Trong đó:`,
    ),
    line(
      `- Số TTHC toàn trình phát sinh hồ sơ: ${countVi(f.proceduresWithDossiers.full)}/${countVi(f.procedures.full)} TTHC.`,
      2,
    ),
    line(
      `- Số TTHC một phần phát sinh hồ sơ: ${countVi(f.proceduresWithDossiers.partial)}/${countVi(f.procedures.partial)} TTHC.`,
      2,
    ),
    line(
      `4. Số hồ sơ phi địa giới phát sinh từ ngày ${from} đến thời điểm báo cáo là: ${countVi(f.nonTerritorial.period)} hồ sơ, trong đó trong tuần phát sinh: ${countVi(f.nonTerritorial.lastWeek)} hồ sơ.`,
    ),
    line(
      `5. Tỷ lệ hồ sơ trực tuyến toàn trình: ${countVi(by.full_online_dossiers!.numerator)}/${countVi(by.full_online_dossiers!.denominator)} hồ sơ.`,
    ),
    line('6. Thực hiện thanh toán trực tuyến:'),
    line(
      `- Số TTHC có phát sinh giao dịch thanh toán trực tuyến: ${countVi(f.proceduresPaidOnline)} TTHC.`,
      2,
    ),
    line(`- Số hồ sơ thanh toán trực tuyến: ${countVi(by.online_payment!.numerator)} hồ sơ.`, 2),
    line(
      `- Tỷ lệ hồ sơ thanh toán trực tuyến: ${by.online_payment!.value === null ? 'không phát sinh hồ sơ có phí, lệ phí' : percentVi(by.online_payment!.value)}.`,
      2,
    ),
    line(`- Tổng số tiền phí, lệ phí thu trực tuyến: ${formatNumber(f.feesPaidOnline)} đồng.`, 2),
    line('7. Tiếp nhận, xử lý phản ánh, kiến nghị:'),
    line(
      `- Số phản ánh, kiến nghị tiếp nhận trong kỳ: ${countVi(f.feedback.received)}; đã xử lý: ${countVi(f.feedback.handled)} (đúng hạn: ${countVi(f.feedback.handledOnTime)}); đang xử lý: ${countVi(f.feedback.pending)}.`,
      2,
    ),
    line('8. Đánh giá mức độ hài lòng:'),
    ...satisfaction(f.feedback.ratings),
    line('9. Đối soát số liệu với các hệ thống nguồn:'),
    ...reconciliationLines(r.reconciliation),
    line('III. Khó khăn, vướng mắc', 0, { bold: true }),
    line('(Nội dung do cán bộ bổ sung.)', 0, { italic: true }),
    line('IV. Phương hướng kỳ tới', 0, { bold: true }),
    line('(Nội dung do cán bộ bổ sung.)', 0, { italic: true }),
    line(
      `Trên đây là Báo cáo tình hình, kết quả thực hiện một số chỉ tiêu về công tác cải cách, kiểm soát thủ tục hành chính và giải quyết thủ tục hành chính từ ngày ${from} đến hết ngày ${to}./.`,
    ),
  ];
  return {
    superior: input.superior?.toUpperCase() ?? null,
    issuer: input.issuer.toUpperCase(),
    country: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    number: 'Số:      /BC-TTPVHCC',
    placeDate: `${input.place}, ngày ${d} tháng ${m} năm ${y}`,
    kind: 'BÁO CÁO',
    title: `Tình hình, kết quả thực hiện một số chỉ tiêu về công tác cải cách, kiểm soát thủ tục hành chính và giải quyết thủ tục hành chính (Số liệu từ ngày ${from} đến hết ngày ${to})`,
    addressee: `Kính gửi: ${input.addressee}.`,
    body,
    recipients: ['- Như trên;', '- Lãnh đạo UBND (để báo cáo);', '- Các phòng chuyên môn;', '- Lưu: VT.'],
    signer: { title: 'GIÁM ĐỐC', note: '(Ký, ghi rõ họ tên)' },
  };
}

function satisfaction(r: IndicatorReport['facts']['feedback']['ratings']): NarrativeLine[] {
  if (r.total === 0) return [{ text: '- Không có lượt đánh giá trong kỳ.', level: 2 }];
  const share = (n: number) => percentVi(Math.round((n * 1000) / r.total) / 10);
  return [
    {
      text: `- Có ${countVi(r.total)} lượt đánh giá mức độ hài lòng (trong đó: ${countVi(r.verySatisfied)}/${countVi(r.total)} lượt đánh giá "Rất hài lòng", đạt tỷ lệ ${share(r.verySatisfied)}; ${countVi(r.satisfied)}/${countVi(r.total)} lượt đánh giá "Hài lòng", đạt tỷ lệ ${share(r.satisfied)}; ${countVi(r.dissatisfied)}/${countVi(r.total)} lượt đánh giá "Không hài lòng", tỷ lệ ${share(r.dissatisfied)}).`,
      level: 2,
    },
  ];
}

/**
 * Per source system: how many dossiers of the period it reports, how many MotCua holds, how many the
 * national portal shows (when a national-portal source reports them), and the differing dossiers by
 * reason (the list is on the reconciliation page).
 */
export function reconciliationLines(rec: IndicatorReport['reconciliation']): NarrativeLine[] {
  if (rec.sources.length === 0)
    return [{ text: '- Không có hệ thống nguồn nào kết nối với các đơn vị trong kỳ.', level: 2 }];
  return rec.sources.map((s, i, all) => {
    const d = s.differences;
    const differing = d.missing_in_motcua + d.missing_in_source + d.status_behind + d.date_differs;
    const portal =
      s.totals.portal === null
        ? 'Cổng DVCQG chưa có số liệu'
        : `Cổng DVCQG ${countVi(s.totals.portal)} hồ sơ`;
    const detail = differing
      ? `có ${countVi(differing)} hồ sơ chênh lệch (chưa có trên MotCua: ${countVi(d.missing_in_motcua)}; hệ thống nguồn không gửi: ${countVi(d.missing_in_source)}; trạng thái chậm hơn: ${countVi(d.status_behind)}; lệch ngày: ${countVi(d.date_differs)})`
      : 'số liệu khớp, không có hồ sơ chênh lệch';
    return {
      text: `- ${s.name}: hệ thống nguồn ${countVi(s.totals.source)} hồ sơ, MotCua ${countVi(s.totals.motcua)} hồ sơ, ${portal}; ${detail}${i === all.length - 1 ? '.' : ';'}`,
      level: 2,
    };
  });
}

/** "Hộ tịch" → "hộ tịch" after "Lĩnh vực"; a code or acronym ("HT", "GPLX") is left as it is. */
const lowerFirst = (s: string) => (s && !/^\p{Lu}{2}/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
