// Biểu II.06a, II.06b, II.07b and the Sổ theo dõi hồ sơ (Mẫu 06) for the report's unit and period: the
// form is chosen here, shown as a table and downloadable as Excel or Word (the register also as PDF).
import { useState } from 'react';
import { type ReportParams, reportsApi } from '../../api/reports';
import { type StatisticalFormId, statisticalFormsApi } from '../../api/statisticalForms';
import { LoadError, Loading } from '../../components/Alert';
import { SelectField } from '../../components/Field';
import { useApi } from '../../lib/useApi';
import { RegisterTable } from './RegisterTable';
import { StatisticalFormTable } from './StatisticalFormTable';

type Choice = 'ii06a' | StatisticalFormId | 'register';
const LABELS: Record<Choice, string> = {
  ii06a: 'Biểu II.06a — kết quả giải quyết tại cơ quan, đơn vị',
  ii06b: 'Biểu II.06b — kết quả giải quyết tại địa phương (theo cấp, lĩnh vực)',
  ii07b: 'Biểu II.07b — số TTHC theo cơ chế một cửa, liên thông, "4 tại chỗ"',
  register: 'Sổ theo dõi hồ sơ (Mẫu 06)',
};
const SHORT: Record<Choice, string> = {
  ii06a: 'Biểu II.06a',
  ii06b: 'Biểu II.06b',
  ii07b: 'Biểu II.07b',
  register: 'Sổ theo dõi hồ sơ',
};

function FormView({ id, params }: { id: StatisticalFormId; params: ReportParams }) {
  const form = useApi((s) => statisticalFormsApi.form(id, params, s), `${id}:${JSON.stringify(params)}`);
  return (
    <>
      <LoadError error={form.error} onRetry={form.reload} />
      {form.data ? <StatisticalFormTable form={form.data.form} /> : form.loading ? <Loading /> : null}
    </>
  );
}

export function StatisticalFormsPanel({ params }: { params: ReportParams }) {
  const [choice, setChoice] = useState<Choice>('ii06b');
  const files: { href: string; label: string }[] =
    choice === 'ii06a'
      ? [
          { href: reportsApi.exportUrl(params, 'xlsx'), label: 'Tải Excel' },
          { href: reportsApi.exportUrl(params, 'docx'), label: 'Tải Word' },
        ]
      : choice === 'register'
        ? [
            { href: statisticalFormsApi.registerUrl(params, 'xlsx'), label: 'Tải Excel' },
            { href: statisticalFormsApi.registerUrl(params, 'docx'), label: 'Tải Word' },
            { href: statisticalFormsApi.registerUrl(params, 'pdf'), label: 'Tải PDF' },
          ]
        : [
            { href: statisticalFormsApi.formUrl(choice, params, 'xlsx'), label: 'Tải Excel' },
            { href: statisticalFormsApi.formUrl(choice, params, 'docx'), label: 'Tải Word' },
          ];
  return (
    <section aria-labelledby="statistical-forms-title" className="report-section">
      <h2 id="statistical-forms-title">Biểu mẫu thống kê</h2>
      <SelectField label="Biểu mẫu" value={choice} onValue={(v) => setChoice(v as Choice)}>
        {(Object.keys(LABELS) as Choice[]).map((c) => (
          <option key={c} value={c}>
            {LABELS[c]}
          </option>
        ))}
      </SelectField>
      <div className="report-exports">
        {files.map((f) => (
          <a key={f.label} className="btn btn-secondary" href={f.href} download>
            {f.label} ({SHORT[choice]})
          </a>
        ))}
      </div>
      {choice === 'ii06a' ? (
        <p className="muted">Biểu II.06a là bảng số liệu ở đầu trang, nhóm theo lựa chọn “Nhóm theo”.</p>
      ) : choice === 'register' ? (
        <RegisterTable params={params} />
      ) : (
        <FormView id={choice} params={params} />
      )}
    </section>
  );
}
