// "Chỉ tiêu" (indicators against their targets, with the Word draft) and "Bộ chỉ số 766" (group scores,
// total /100, and the ranking of the communes when the report unit is a province) for the report query;
// under the indicators, the reconciliation with the source systems as the weekly report prints it.

import type { IndicatorReport } from '@contract';
import { Link } from 'react-router-dom';
import { indicatorsApi } from '../../api/indicators';
import type { ReportParams } from '../../api/reports';
import { LoadError, Loading } from '../../components/Alert';
import { formatNumber } from '../../lib/format';
import { useApi } from '../../lib/useApi';

const num = (n: number, digits = 2) => n.toLocaleString('vi-VN', { maximumFractionDigits: digits });
const pct = (v: number | null) => (v === null ? '—' : `${num(v)}%`);

export function IndicatorsPanel({ params }: { params: ReportParams }) {
  const p = {
    unitCode: params.unitCode,
    from: params.from,
    to: params.to,
    includeChildren: params.includeChildren,
  };
  const key = `${p.unitCode}|${p.from}|${p.to}|${p.includeChildren}`;
  const report = useApi((s) => indicatorsApi.report(p, s), key);
  const index = useApi((s) => indicatorsApi.index766(p, s), key);
  const isProvince = /^\d{2}$/.test(p.unitCode);
  const ranking = useApi(
    (s) => indicatorsApi.ranking({ provinceCode: p.unitCode, from: p.from, to: p.to }, s),
    isProvince ? key : null,
  );
  return (
    <>
      <section aria-labelledby="indicators-title" className="report-section">
        <h2 id="indicators-title">Chỉ tiêu</h2>
        <a className="btn btn-secondary" href={indicatorsApi.docxUrl(p)} download>
          Tải dự thảo báo cáo chỉ tiêu (Word)
        </a>
        <LoadError error={report.error} onRetry={report.reload} />
        {report.data ? (
          <div className="report-table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Chỉ tiêu</th>
                  <th scope="col">Kết quả</th>
                  <th scope="col">Tỷ lệ</th>
                  <th scope="col">Chỉ tiêu giao</th>
                  <th scope="col">Đánh giá</th>
                </tr>
              </thead>
              <tbody>
                {report.data.indicators.map((i) => (
                  <tr key={i.code}>
                    <th scope="row">{i.label}</th>
                    <td>
                      {num(i.numerator, 0)}/{num(i.denominator, 0)}
                    </td>
                    <td>{pct(i.value)}</td>
                    <td>
                      {i.target
                        ? `${i.target.comparator === 'at_least' ? '≥' : '≤'} ${num(i.target.value)}%`
                        : '—'}
                    </td>
                    <td>{i.met === null ? '—' : i.met ? 'Đạt' : 'Chưa đạt'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : report.loading ? (
          <Loading />
        ) : null}
        {report.data ? <ReconciliationTable rec={report.data.reconciliation} query={p} /> : null}
      </section>
      <section aria-labelledby="index766-title" className="report-section">
        <h2 id="index766-title">Bộ chỉ số 766</h2>
        <LoadError error={index.error} onRetry={index.reload} />
        {index.data ? (
          <>
            <p>
              Tổng điểm: <strong>{num(index.data.total)}/100</strong> ({index.data.band}); số liệu của hệ
              thống tính được {num(index.data.computableMax)} điểm, các chỉ số còn lại chưa có dữ liệu.
            </p>
            <div className="report-table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Nhóm chỉ số</th>
                    <th scope="col">Điểm</th>
                    <th scope="col">Tối đa</th>
                  </tr>
                </thead>
                <tbody>
                  {index.data.groups.map((g) => (
                    <tr key={g.code}>
                      <th scope="row">{g.name}</th>
                      <td>{num(g.score)}</td>
                      <td>{g.max}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : index.loading ? (
          <Loading />
        ) : null}
        {ranking.data ? (
          <div className="report-table-wrap">
            <table className="table" aria-label="Xếp hạng xã, phường theo Bộ chỉ số 766">
              <thead>
                <tr>
                  <th scope="col">Hạng</th>
                  <th scope="col">Xã, phường</th>
                  <th scope="col">Tổng điểm</th>
                  <th scope="col">Xếp loại</th>
                </tr>
              </thead>
              <tbody>
                {ranking.data.items.map((i) => (
                  <tr key={i.unitCode}>
                    <td>{i.rank}</td>
                    <th scope="row">{i.unitName}</th>
                    <td>{num(i.total)}</td>
                    <td>{i.band}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </>
  );
}

/** "Đối soát với hệ thống nguồn": per source, the totals and the differing dossiers (details on /doi-soat). */
function ReconciliationTable({
  rec,
  query,
}: {
  rec: IndicatorReport['reconciliation'];
  query: { unitCode: string; from: string; to: string; includeChildren: 'true' | 'false' };
}) {
  const link = (source: string) =>
    `/doi-soat?${new URLSearchParams({
      unitCode: query.unitCode,
      from: query.from,
      to: query.to,
      includeChildren: query.includeChildren,
      source,
    })}`;
  return (
    <div className="report-table-wrap">
      <h3 id="indicators-reconciliation">Đối soát với hệ thống nguồn</h3>
      <table className="table" aria-labelledby="indicators-reconciliation">
        <thead>
          <tr>
            <th scope="col">Hệ thống nguồn</th>
            <th scope="col">Hệ thống nguồn báo</th>
            <th scope="col">MotCua</th>
            <th scope="col">Cổng DVCQG</th>
            <th scope="col">Hồ sơ chênh lệch</th>
          </tr>
        </thead>
        <tbody>
          {rec.sources.map((s) => {
            const d = s.differences;
            const differing = d.missing_in_motcua + d.missing_in_source + d.status_behind + d.date_differs;
            return (
              <tr key={s.code}>
                <th scope="row">{s.name}</th>
                <td className="num">{formatNumber(s.totals.source)}</td>
                <td className="num">{formatNumber(s.totals.motcua)}</td>
                <td className="num">
                  {s.totals.portal === null ? 'chưa có số liệu' : formatNumber(s.totals.portal)}
                </td>
                <td className="num">
                  {differing ? <Link to={link(s.code)}>{formatNumber(differing)}</Link> : '0'}
                </td>
              </tr>
            );
          })}
          {rec.sources.length === 0 ? (
            <tr>
              <td colSpan={5}>Không có hệ thống nguồn nào kết nối với các đơn vị trong kỳ.</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
