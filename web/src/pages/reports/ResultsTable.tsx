import { Link } from 'react-router-dom';
import type { DossierResults, ReportFigure, ReportParams } from '../../api/reports';
import { formatNumber } from '../../lib/format';
import { FIGURE_LABELS, figurePath, GROUP_BY_LABELS, TABLE_FIGURES } from './reportQuery';

type Figures = DossierResults['total'];

/** Second header row under Đã giải quyết, Đang giải quyết and Tạm dừng. */
const SECOND_ROW = [
  ['resolved-total', 'Tổng'],
  ['resolved-early', 'Trước hạn'],
  ['resolved-on-time', 'Đúng hạn'],
  ['resolved-late', 'Quá hạn'],
  ['in-progress-total', 'Tổng'],
  ['in-progress-within', 'Trong hạn'],
  ['in-progress-overdue', 'Quá hạn'],
  ['paused-supplement', 'Bổ sung'],
] as const;

function figureValue(f: Figures, figure: ReportFigure): number {
  const [group, leaf] = figure.split('.') as [keyof Figures, string | undefined];
  const v = f[group];
  return typeof v === 'number' ? v : ((v as Record<string, number>)[leaf ?? 'total'] ?? 0);
}

/**
 * The results table in the layout of Biểu II.06a: grouped headers over the figures, one row per group
 * and Tổng cộng. Every figure links to the list of its dossiers. The table scrolls sideways inside its
 * own container, so a phone never scrolls the page.
 */
export function ResultsTable({ report, params }: { report: DossierResults; params: ReportParams }) {
  const row = (label: string, figures: Figures, key: { key: string; label: string } | undefined) => (
    <>
      <th scope="row" className="report-label">
        {label}
      </th>
      {TABLE_FIGURES.map((figure) => {
        const value = figureValue(figures, figure);
        return (
          <td key={figure} className="num">
            <Link
              to={figurePath(params, figure, key)}
              aria-label={`${FIGURE_LABELS[figure]} — ${label}: ${formatNumber(value)}`}
              className={value === 0 ? 'muted' : undefined}
            >
              {formatNumber(value)}
            </Link>
          </td>
        );
      })}
    </>
  );
  return (
    <div className="table-wrap report-table-wrap" data-testid="report-table">
      <table className="table report-table">
        <caption className="visually-hidden">
          Tình hình, kết quả giải quyết hồ sơ theo {GROUP_BY_LABELS[report.groupBy].toLowerCase()}
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={3}>
              {GROUP_BY_LABELS[report.groupBy]}
            </th>
            <th scope="colgroup" colSpan={5}>
              Tổng số hồ sơ
            </th>
            <th scope="colgroup" colSpan={4}>
              Đã giải quyết
            </th>
            <th scope="col" rowSpan={3}>
              Từ chối
            </th>
            <th scope="col" rowSpan={3}>
              Rút
            </th>
            <th scope="col" rowSpan={3}>
              Dừng
            </th>
            <th scope="colgroup" colSpan={3}>
              Đang giải quyết
            </th>
            <th scope="colgroup" colSpan={2}>
              Tạm dừng
            </th>
          </tr>
          <tr>
            <th scope="col" rowSpan={2}>
              Tổng
            </th>
            <th scope="col" rowSpan={2}>
              Kỳ trước chuyển sang
            </th>
            <th scope="colgroup" colSpan={3}>
              Mới tiếp nhận
            </th>
            {SECOND_ROW.map(([id, label]) => (
              <th key={id} scope="col" rowSpan={2}>
                {label}
              </th>
            ))}
            <th scope="col" rowSpan={2}>
              Nghĩa vụ tài chính
            </th>
          </tr>
          <tr>
            <th scope="col">Trực tuyến</th>
            <th scope="col">Trực tiếp</th>
            <th scope="col">Bưu chính</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((r) => (
            <tr key={r.key}>{row(r.label, r, { key: r.key, label: r.label })}</tr>
          ))}
          {report.rows.length === 0 ? (
            <tr>
              <td colSpan={TABLE_FIGURES.length + 1} className="empty">
                Không có hồ sơ nào trong kỳ.
              </td>
            </tr>
          ) : null}
        </tbody>
        <tfoot>
          <tr className="report-total">{row('Tổng cộng', report.total, undefined)}</tr>
        </tfoot>
      </table>
    </div>
  );
}
