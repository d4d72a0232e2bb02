import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import {
  type DifferenceKindValue,
  type Reconciliation,
  type ReconciliationParams,
  reconciliationApi,
} from '../../api/reconciliation';
import { useUnitScope } from '../../auth/UnitScope';
import { LoadError, Loading } from '../../components/Alert';
import { DateField } from '../../components/DateTimeFields';
import { SelectField } from '../../components/Field';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import {
  daysInMonth,
  formatDate,
  formatLocalDate,
  formatNumber,
  isoDate,
  todayLocalDate,
} from '../../lib/format';
import { parseLocalDate } from '../../lib/parse';
import { useApi } from '../../lib/useApi';
import { usePaged } from '../../lib/usePaged';
import '../reports/reports.css';

const KIND_LABELS: Record<DifferenceKindValue, string> = {
  missing_in_motcua: 'Thiếu ở Một cửa',
  missing_in_source: 'Thiếu ở hệ thống nguồn',
  status_behind: 'Trạng thái chậm hơn',
  date_differs: 'Ngày khác nhau',
};
const NO_DATA = 'chưa có số liệu';

function readParams(p: URLSearchParams): ReconciliationParams | null {
  const unitCode = p.get('unitCode');
  const from = p.get('from');
  const to = p.get('to');
  if (!unitCode || !from || !to) return null;
  return { unitCode, from, to, includeChildren: p.get('includeChildren') === 'true' ? 'true' : 'false' };
}

function thisMonth(today: string) {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return { from: isoDate(y, m, 1), to: isoDate(y, m, daysInMonth(y, m)) };
}

const n = (v: number | null) => (v === null ? NO_DATA : formatNumber(v));

function SourceTable({
  source,
  portalReported,
}: {
  source: Reconciliation['sources'][number];
  portalReported: boolean;
}) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>
          {source.name} <span className="muted mono">({source.code})</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Trạng thái</th>
            <th scope="col" className="num">
              Hệ thống nguồn
            </th>
            <th scope="col" className="num">
              Một cửa
            </th>
            <th scope="col" className="num">
              Cổng DVCQG
            </th>
          </tr>
        </thead>
        <tbody>
          {source.byStatus.map((r) => (
            <tr key={String(r.status)}>
              <th scope="row">
                {r.status !== null ? `${r.status}. ` : ''}
                {r.label}
              </th>
              <td className="num">{formatNumber(r.source)}</td>
              <td className="num">{formatNumber(r.motcua)}</td>
              <td className="num">{portalReported ? n(r.portal) : NO_DATA}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Tổng số</th>
            <td className="num">{formatNumber(source.totals.source)}</td>
            <td className="num">{formatNumber(source.totals.motcua)}</td>
            <td className="num">{n(source.totals.portal)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function Differences({ params, source }: { params: ReconciliationParams; source: string }) {
  const [kind, setKind] = useState<DifferenceKindValue | ''>('');
  const list = usePaged(
    (cursor, signal) =>
      reconciliationApi.differences({ ...params, source, kind: kind || undefined, cursor }, signal),
    JSON.stringify({ params, source, kind }),
  );
  return (
    <section aria-label="Hồ sơ chênh lệch">
      <SelectField
        label="Lý do chênh lệch"
        value={kind}
        onValue={(v) => setKind(v as DifferenceKindValue | '')}
      >
        <option value="">Tất cả</option>
        {Object.entries(KIND_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <LoadError error={list.error} onRetry={list.reload} />
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Hồ sơ chênh lệch giữa hệ thống nguồn và Một cửa</caption>
          <thead>
            <tr>
              <th scope="col">Mã hồ sơ</th>
              <th scope="col">Chủ hồ sơ</th>
              <th scope="col">Lý do</th>
              <th scope="col">Ngày tiếp nhận (nguồn / Một cửa)</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((d) => (
              <tr key={`${d.kind} ${d.externalCode ?? d.dossierCode}`}>
                <td className="mono">
                  {d.dossierId ? <Link to={`/ho-so/${d.dossierId}`}>{d.dossierCode}</Link> : '—'}
                  {d.externalCode && d.externalCode !== d.dossierCode ? (
                    <span className="block muted small">Mã ở nguồn: {d.externalCode}</span>
                  ) : null}
                </td>
                <td>{d.ownerName ?? '—'}</td>
                <td>
                  <strong>{KIND_LABELS[d.kind]}</strong>
                  {d.reasons.map((r) => (
                    <span key={r} className="block small">
                      {r}
                    </span>
                  ))}
                </td>
                <td className="nowrap">
                  {d.source.receivedAt ? formatDate(d.source.receivedAt) : '—'} /{' '}
                  {d.motcua.receivedAt ? formatDate(d.motcua.receivedAt) : '—'}
                </td>
              </tr>
            ))}
            {!list.loading && list.items.length === 0 && !list.error ? (
              <tr>
                <td colSpan={4} className="empty">
                  Không có hồ sơ chênh lệch.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <LoadMore
        count={list.items.length}
        hasMore={list.hasMore}
        loading={list.loading}
        onMore={list.loadMore}
      />
    </section>
  );
}

/** Đối soát dữ liệu: per source and period, counts by status (source / MotCua / portal) and differences. */
export function ReconciliationPage() {
  const scope = useUnitScope();
  const today = todayLocalDate();
  const [params, setParams] = useSearchParams();
  const applied =
    readParams(params) ??
    (scope.unitCode
      ? { unitCode: scope.unitCode, ...thisMonth(today), includeChildren: 'false' as const }
      : null);
  const [unit, setUnit] = useState(applied ? `${applied.unitCode}|${applied.includeChildren}` : '');
  const [from, setFrom] = useState(applied?.from ?? '');
  const [to, setTo] = useState(applied?.to ?? '');
  const [formError, setFormError] = useState<Record<string, string>>({});
  const [source, setSource] = useState<string | null>(params.get('source'));
  const summary = useApi(
    (signal) => (applied ? reconciliationApi.summary(applied, signal) : Promise.resolve(undefined)),
    applied ? JSON.stringify(applied) : null,
  );

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
    setParams({ unitCode, from: f, to: t, includeChildren });
  };
  const unitOptions = scope.options.flatMap((u) => [
    { value: `${u.code}|false`, label: u.name },
    ...(u.kind === 'province'
      ? [{ value: `${u.code}|true`, label: `${u.name} và các xã, phường trực thuộc` }]
      : []),
  ]);
  const data = summary.data;
  const selected = data?.sources.find((s) => s.code === source) ?? data?.sources[0];

  return (
    <div className="report-page">
      <PageHeader
        title="Đối soát dữ liệu"
        description="So sánh số hồ sơ theo trạng thái ở hệ thống nguồn, ở Một cửa và trên Cổng Dịch vụ công quốc gia; danh sách hồ sơ chênh lệch và lý do."
      />
      <form className="panel report-filters" onSubmit={onSubmit} noValidate>
        <SelectField label="Đơn vị" value={unit} onValue={setUnit}>
          {unitOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <DateField
          label="Tiếp nhận từ ngày"
          value={from}
          onValue={setFrom}
          error={formError.from}
          hint="dd/mm/yyyy"
        />
        <DateField label="Đến ngày" value={to} onValue={setTo} error={formError.to} hint="dd/mm/yyyy" />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary">
            Đối soát
          </button>
        </div>
      </form>
      {!applied ? <p className="muted">Tài khoản chưa gắn với đơn vị nào.</p> : null}
      <LoadError error={summary.error} onRetry={summary.reload} />
      {data ? (
        <>
          <h2 className="report-title">
            {data.unitName}: hồ sơ tiếp nhận từ {formatLocalDate(data.from)} đến {formatLocalDate(data.to)}
          </h2>
          {!data.portalReported ? (
            <p className="muted">Cổng Dịch vụ công quốc gia: {NO_DATA} cho đơn vị này.</p>
          ) : null}
          {data.sources.length === 0 ? (
            <p className="muted">Chưa có hệ thống nguồn nào gửi hồ sơ cho đơn vị này.</p>
          ) : null}
          {data.sources.map((s) => (
            <section key={s.code} className="panel">
              <SourceTable source={s} portalReported={data.portalReported} />
              <p>
                Chênh lệch:{' '}
                {(Object.keys(KIND_LABELS) as DifferenceKindValue[]).map((k, i) => (
                  <span key={k}>
                    {i ? '; ' : ''}
                    {KIND_LABELS[k]} <strong>{formatNumber(s.differences[k])}</strong>
                  </span>
                ))}{' '}
                <button type="button" className="btn btn-secondary" onClick={() => setSource(s.code)}>
                  Xem hồ sơ chênh lệch
                </button>
              </p>
            </section>
          ))}
          {selected && applied ? (
            <>
              <h2 className="report-title">Hồ sơ chênh lệch: {selected.name}</h2>
              <Differences params={applied} source={selected.code} />
            </>
          ) : null}
        </>
      ) : summary.loading ? (
        <Loading />
      ) : null}
    </div>
  );
}
