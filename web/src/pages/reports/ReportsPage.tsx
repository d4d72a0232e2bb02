import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { type ReportGroupByValue, type ReportParams, reportsApi } from '../../api/reports';
import { useUnitScope } from '../../auth/UnitScope';
import { LoadError, Loading } from '../../components/Alert';
import { DateField } from '../../components/DateTimeFields';
import { SelectField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { daysInMonth, formatLocalDate, isoDate, todayLocalDate } from '../../lib/format';
import { parseLocalDate } from '../../lib/parse';
import { useApi } from '../../lib/useApi';
import { FeedbackFormsPanel } from './FeedbackFormsPanel';
import { IndicatorsPanel } from './IndicatorsPanel';
import { ResultsTable } from './ResultsTable';
import { GROUP_BY_LABELS, readReportParams } from './reportQuery';
import { StatisticalFormsPanel } from './StatisticalFormsPanel';
import './reports.css';

const CUSTOM = 'custom';

function thisMonth(today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return { from: isoDate(y, m, 1), to: isoDate(y, m, daysInMonth(y, m)) };
}

/** Báo cáo: the dossier-results report (Biểu II.06a) of a unit and period, with links to its dossiers. */
export function ReportsPage() {
  const scope = useUnitScope();
  const today = todayLocalDate();
  const [params, setParams] = useSearchParams();
  const applied: ReportParams | null =
    readReportParams(params) ??
    (scope.unitCode
      ? { unitCode: scope.unitCode, ...thisMonth(today), groupBy: 'field', includeChildren: 'false' }
      : null);

  const [unit, setUnit] = useState(applied ? `${applied.unitCode}|${applied.includeChildren}` : '');
  const [from, setFrom] = useState(applied?.from ?? '');
  const [to, setTo] = useState(applied?.to ?? '');
  const [groupBy, setGroupBy] = useState<ReportGroupByValue>(applied?.groupBy ?? 'field');
  const [formError, setFormError] = useState<Record<string, string>>({});

  const presets = useApi((signal) => reportsApi.periods(today, signal), `periods:${today}`);
  const report = useApi(
    (signal) => (applied ? reportsApi.results(applied, signal) : Promise.resolve(undefined)),
    applied ? JSON.stringify(applied) : null,
  );
  const presetId = presets.data?.items.find((p) => p.from === from && p.to === to)?.id ?? CUSTOM;

  const onPreset = (id: string) => {
    const p = presets.data?.items.find((x) => x.id === id);
    if (p) {
      setFrom(p.from);
      setTo(p.to);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errors: Record<string, string> = {};
    const f = parseLocalDate(from);
    const t = parseLocalDate(to);
    if (!f) errors.from = 'Nhập ngày dạng dd/mm/yyyy.';
    if (!t) errors.to = 'Nhập ngày dạng dd/mm/yyyy.';
    if (f && t && t < f) errors.to = 'Đến ngày phải bằng hoặc sau từ ngày.';
    setFormError(errors);
    const [unitCode, includeChildren] = unit.split('|') as [string, string];
    if (Object.keys(errors).length || !f || !t || !unitCode) return;
    setParams({ unitCode, from: f, to: t, groupBy, includeChildren });
  };

  const unitOptions = scope.options.flatMap((u) => [
    { value: `${u.code}|false`, label: u.name },
    ...(u.kind === 'province'
      ? [{ value: `${u.code}|true`, label: `${u.name} và các xã, phường trực thuộc` }]
      : []),
  ]);
  const calendar = presets.data?.items.filter((p) => p.basis === 'calendar') ?? [];
  const statistical = presets.data?.items.filter((p) => p.basis === 'statistical') ?? [];

  return (
    <div className="report-page">
      <PageHeader
        title="Báo cáo"
        description="Tình hình, kết quả giải quyết hồ sơ thủ tục hành chính (Biểu II.06a). Bấm vào một số liệu để xem danh sách hồ sơ."
      />
      <form className="panel report-filters" onSubmit={onSubmit} noValidate>
        <SelectField label="Đơn vị báo cáo" value={unit} onValue={setUnit}>
          {unitOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Kỳ báo cáo" value={presetId} onValue={onPreset}>
          <optgroup label="Theo lịch">
            {calendar.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </optgroup>
          <optgroup label="Theo kỳ số liệu (15 → 14)">
            {statistical.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </optgroup>
          <option value={CUSTOM}>Khoảng ngày tùy chọn</option>
        </SelectField>
        <DateField label="Từ ngày" value={from} onValue={setFrom} error={formError.from} hint="dd/mm/yyyy" />
        <DateField label="Đến ngày" value={to} onValue={setTo} error={formError.to} hint="dd/mm/yyyy" />
        <SelectField label="Nhóm theo" value={groupBy} onValue={(v) => setGroupBy(v as ReportGroupByValue)}>
          {Object.entries(GROUP_BY_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary">
            Xem báo cáo
          </button>
        </div>
      </form>
      {applied ? (
        <>
          <div className="report-exports">
            <a className="btn btn-secondary" href={reportsApi.exportUrl(applied, 'xlsx')} download>
              Tải Excel (Biểu II.06a)
            </a>
            <a className="btn btn-secondary" href={reportsApi.exportUrl(applied, 'docx')} download>
              Tải Word
            </a>
          </div>
          <LoadError error={report.error} onRetry={report.reload} />
          {report.data ? (
            <>
              <h2 className="report-title">
                {report.data.unitName}
                {report.data.includeChildren ? ' và các đơn vị trực thuộc' : ''}: từ{' '}
                {formatLocalDate(report.data.from)} đến {formatLocalDate(report.data.to)}
              </h2>
              <ResultsTable report={report.data} params={applied} />
              <StatisticalFormsPanel params={applied} />
              <IndicatorsPanel params={applied} />
              <FeedbackFormsPanel params={applied} />
            </>
          ) : report.loading ? (
            <Loading />
          ) : null}
        </>
      ) : (
        <p className="muted">Tài khoản chưa gắn với đơn vị nào để lập báo cáo.</p>
      )}
    </div>
  );
}
