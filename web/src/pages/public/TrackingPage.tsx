import { type FormEvent, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { dossiersApi } from '../../api/dossiers';
import { LoadError, Loading } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { formatDateTime } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { PublicLayout, retryable } from './PublicLayout';

/** /tra-cuu/:code?k=… — the citizen's tracking page, linked by the QR code on the receipt (Mẫu 01). */
export function TrackingPage() {
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  const key = params.get('k');
  const tracking = useApi(
    (signal) => dossiersApi.tracking(code, key, signal),
    code ? `tracking:${code}:${key}` : null,
  );
  const t = tracking.data;
  return (
    <PublicLayout title="Tra cứu hồ sơ">
      <h1>Tra cứu tình trạng hồ sơ</h1>
      {tracking.loading ? <Loading /> : null}
      <LoadError error={tracking.error} onRetry={retryable(tracking.error) ? tracking.reload : undefined} />
      {t ? (
        <section className="panel tracking-card" aria-labelledby="tracking-code">
          <p className="muted small">Mã hồ sơ</p>
          <p className="dossier-code-big" id="tracking-code">
            {t.code}
          </p>
          <p className="tracking-state">
            Tình trạng: <strong>{t.stateLabel}</strong>
          </p>
          <dl className="info-list">
            <div>
              <dt>Thủ tục</dt>
              <dd>{t.procedureName}</dd>
            </div>
            <div>
              <dt>Người nộp</dt>
              <dd>{t.ownerName}</dd>
            </div>
            <div>
              <dt>Cơ quan tiếp nhận</dt>
              <dd>{t.unitName}</dd>
            </div>
            <div>
              <dt>Ngày tiếp nhận</dt>
              <dd>{t.receivedAt ? formatDateTime(t.receivedAt) : '—'}</dd>
            </div>
            <div>
              <dt>Ngày hẹn trả kết quả</dt>
              <dd>{t.dueAt ? formatDateTime(t.dueAt) : '—'}</dd>
            </div>
            <div>
              <dt>Đã trả kết quả</dt>
              <dd>{t.returnedAt ? formatDateTime(t.returnedAt) : 'Chưa'}</dd>
            </div>
          </dl>
        </section>
      ) : null}
      <TrackingForm initialCode={code} />
    </PublicLayout>
  );
}

function TrackingForm({ initialCode }: { initialCode: string }) {
  const navigate = useNavigate();
  const [code, setCode] = useState(initialCode);
  const [key, setKey] = useState('');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!code.trim()) return;
    navigate(
      `/tra-cuu/${encodeURIComponent(code.trim())}${key.trim() ? `?k=${encodeURIComponent(key.trim())}` : ''}`,
    );
  };
  return (
    <form className="panel form" onSubmit={onSubmit}>
      <h2>Tra cứu hồ sơ khác</h2>
      <div className="form-grid">
        <TextField label="Mã hồ sơ" value={code} onValue={setCode} autoComplete="off" required />
        <TextField
          label="Mã tra cứu"
          value={key}
          onValue={setKey}
          autoComplete="off"
          hint="In trên giấy tiếp nhận, bên cạnh mã QR."
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary">
          Tra cứu
        </button>
      </div>
    </form>
  );
}
