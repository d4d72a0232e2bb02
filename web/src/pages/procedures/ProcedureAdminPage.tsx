import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { catalogApi } from '../../api/catalog';
import { LoadError, Loading, Notice } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { formatLocalDate } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { VersionEditor } from './VersionEditor';
import { ProcessView, VersionsTable } from './VersionsTable';
import './procedures.css';

/** One procedure: its versions, and the process editor of the latest version. */
export function ProcedureAdminPage() {
  const { code = '' } = useParams();
  const { data, error, loading, reload } = useApi(
    (signal) => catalogApi.versions(code, signal),
    `versions:${code}`,
  );
  const [notice, setNotice] = useState<string | null>(null);
  // A new editor (fresh copy of the new latest version) after each publication.
  const [editorKey, setEditorKey] = useState(0);

  const back = (
    <p className="breadcrumb">
      <Link to="/quan-tri/thu-tuc">← Danh mục thủ tục</Link>
    </p>
  );
  if (loading && !data)
    return (
      <>
        {back}
        <Loading />
      </>
    );
  if (error || !data)
    return (
      <>
        {back}
        <LoadError error={error} onRetry={reload} />
      </>
    );

  const latest = data.items[0];
  if (!latest) return back;
  const inForce = data.items.find((v) => v.status === 'in_force');
  return (
    <section>
      {back}
      <PageHeader
        title={latest.name}
        description={`Mã thủ tục ${data.code} · ${data.items.length} phiên bản`}
      />
      {notice ? <Notice onClose={() => setNotice(null)}>{notice}</Notice> : null}
      <h2 className="section-title">Các phiên bản</h2>
      <VersionsTable items={data.items} />

      {latest.status === 'scheduled' ? (
        <>
          <div className="alert alert-info" role="status">
            <p>
              Phiên bản {latest.version} sẽ áp dụng từ ngày {formatLocalDate(latest.effectiveFrom)}. Chỉ ban
              hành phiên bản tiếp theo sau ngày đó.
            </p>
          </div>
          <h2 className="section-title">Quy trình của phiên bản {latest.version}</h2>
          <ProcessView version={latest} />
        </>
      ) : (
        <VersionEditor
          key={`${latest.id}:${editorKey}`}
          latest={latest}
          today={data.today}
          onPublished={(created) => {
            setNotice(
              `Đã ban hành phiên bản ${created.version}, áp dụng từ ngày ${formatLocalDate(created.effectiveFrom)}.`,
            );
            setEditorKey((k) => k + 1);
            reload();
            window.scrollTo({ top: 0 });
          }}
        />
      )}
      {inForce && inForce.id !== latest.id ? (
        <details className="panel">
          <summary>Quy trình đang áp dụng (phiên bản {inForce.version})</summary>
          <ProcessView version={inForce} />
        </details>
      ) : null}
    </section>
  );
}
