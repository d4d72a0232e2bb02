// Biểu II.05a / II.05b (phản ánh, kiến nghị) for the report's unit and period: the form is chosen here
// (II.05b, by unit, needs a province), shown as a table and downloadable as Excel or Word.
import { useState } from 'react';
import { type FeedbackReportParams, feedbackApi } from '../../api/feedback';
import type { ReportParams } from '../../api/reports';
import { LoadError, Loading } from '../../components/Alert';
import { SelectField } from '../../components/Field';
import { formatNumber } from '../../lib/format';
import { useApi } from '../../lib/useApi';

const COLUMNS = [
  ['receivedTotal', 'Tiếp nhận: tổng số'],
  ['receivedNew', 'Mới tiếp nhận trong kỳ'],
  ['carriedOver', 'Từ kỳ trước'],
  ['answeredTotal', 'Đã xử lý: tổng số'],
  ['answeredOnTime', 'Đúng hạn'],
  ['answeredLate', 'Quá hạn'],
  ['rejected', 'Trả lại (không thuộc thẩm quyền)'],
  ['pendingTotal', 'Đang xử lý: tổng số'],
  ['pendingWithinDeadline', 'Trong hạn'],
  ['pendingOverdue', 'Quá hạn'],
] as const;

export function FeedbackFormsPanel({ params }: { params: ReportParams }) {
  const isProvince = /^\d{2}$/.test(params.unitCode);
  const [form, setForm] = useState<'ii05a' | 'ii05b'>(isProvince ? 'ii05b' : 'ii05a');
  const p: FeedbackReportParams = { unitCode: params.unitCode, from: params.from, to: params.to, form };
  const report = useApi((s) => feedbackApi.report(p, s), JSON.stringify(p));
  return (
    <section aria-labelledby="feedback-forms-title" className="report-section">
      <h2 id="feedback-forms-title">Phản ánh, kiến nghị (Biểu II.05a/b)</h2>
      <SelectField
        label="Biểu phản ánh, kiến nghị"
        value={form}
        onValue={(v) => setForm(v as 'ii05a' | 'ii05b')}
      >
        <option value="ii05a">Biểu II.05a — tại cơ quan, đơn vị (theo nội dung)</option>
        {isProvince ? <option value="ii05b">Biểu II.05b — tại địa phương (theo đơn vị)</option> : null}
      </SelectField>
      <div className="report-exports">
        <a className="btn btn-secondary" href={feedbackApi.exportUrl(p, 'xlsx')} download>
          Tải Excel ({form === 'ii05a' ? 'Biểu II.05a' : 'Biểu II.05b'})
        </a>
        <a className="btn btn-secondary" href={feedbackApi.exportUrl(p, 'docx')} download>
          Tải Word ({form === 'ii05a' ? 'Biểu II.05a' : 'Biểu II.05b'})
        </a>
      </div>
      <LoadError error={report.error} onRetry={report.reload} />
      {report.data ? (
        <div className="report-table-wrap">
          <table className="table">
            <caption className="visually-hidden">{report.data.title}</caption>
            <thead>
              <tr>
                <th scope="col">{form === 'ii05a' ? 'Nội dung' : 'Cơ quan, đơn vị'}</th>
                {COLUMNS.map(([key, label]) => (
                  <th scope="col" key={key}>
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...report.data.rows, { key: 'total', label: 'Tổng cộng', ...report.data.total }].map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  {COLUMNS.map(([key]) => (
                    <td key={key}>{formatNumber(r[key])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : report.loading ? (
        <Loading />
      ) : null}
    </section>
  );
}
