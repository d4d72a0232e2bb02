import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { catalogApi } from '../../api/catalog';
import { type AllowedAction, dossiersApi } from '../../api/dossiers';
import { LoadError, Loading, Notice } from '../../components/Alert';
import { formatDateTime, formatLocalDate, formatMoney } from '../../lib/format';
import {
  COMPONENT_KIND_LABELS,
  DOSSIER_CHANNEL_LABELS,
  FEE_PAYMENT_LABELS,
  OWNER_KIND_LABELS,
  RETURN_CHANNEL_LABELS,
} from '../../lib/labels';
import { useApi } from '../../lib/useApi';
import { ActionDialog, type ActionOutcome } from './ActionDialog';
import { DeadlineBadge, StateBadge } from './badges';
import { FormLinks } from './FormLinks';
import { NationalSyncItem } from './NationalSync';
import { EventsList, StepsTable } from './Timeline';

const kindLabel = (k: string) => COMPONENT_KIND_LABELS[k as keyof typeof COMPONENT_KIND_LABELS] ?? k;

export function DossierPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;
  const dossier = useApi((signal) => dossiersApi.get(id, signal), `dossier:${id}`);
  const [action, setAction] = useState<AllowedAction | null>(null);
  const [notice, setNotice] = useState<{ tone: 'ok' | 'warn'; text: string } | null>(null);
  const d = dossier.data;
  // The case's name comes from the catalog (the version in force; the code is shown if it is gone).
  const procedure = useApi(
    (signal) => catalogApi.procedure(d?.procedureCode ?? '', signal),
    d ? `procedure:${d.procedureCode}` : null,
  );
  const caseName = procedure.data?.cases.find((c) => c.code === d?.caseCode)?.name;

  const onOutcome = (outcome: ActionOutcome) => {
    const label = action?.label ?? '';
    setAction(null);
    if (outcome.kind === 'done') {
      dossier.setData(() => outcome.dossier);
      setNotice({ tone: 'ok', text: `Đã thực hiện: ${label}.` });
    } else {
      setNotice({
        tone: 'warn',
        text: 'Hồ sơ vừa được người khác cập nhật trước bạn. Thông tin mới nhất đã được tải lại, vui lòng kiểm tra trước khi thao tác tiếp.',
      });
      dossier.reload();
    }
  };

  if (!d) {
    return (
      <section>
        <p className="breadcrumb">
          <Link to="/ho-so">← Danh sách hồ sơ</Link>
        </p>
        {dossier.loading ? <Loading /> : null}
        <LoadError error={dossier.error} onRetry={dossier.reload} />
      </section>
    );
  }

  return (
    <section className="dossier-page">
      <p className="breadcrumb">
        <Link to="/ho-so">← Danh sách hồ sơ</Link>
      </p>
      {justCreated && d.receivedAt ? (
        <div className="panel panel-highlight intake-done" role="status">
          <p className="intake-done-title">Đã tiếp nhận hồ sơ</p>
          <p className="dossier-code-big" data-testid="dossier-code">
            {d.code}
          </p>
          {d.dueAt ? (
            <p>
              Ngày hẹn trả kết quả: <strong data-testid="appointment">{formatDateTime(d.dueAt)}</strong>
            </p>
          ) : null}
          <a
            href={dossiersApi.formUrl(d.id, 'mau_01')}
            target="_blank"
            rel="noreferrer"
            className="btn btn-primary"
          >
            In giấy tiếp nhận (Mẫu 01)
          </a>{' '}
          <Link to="/tiep-nhan" className="btn btn-secondary">
            Tiếp nhận hồ sơ khác
          </Link>
        </div>
      ) : null}

      <div className="page-header dossier-header">
        <div>
          <h1>
            Hồ sơ <span className="mono">{d.code}</span>
          </h1>
          <p className="page-description">
            {d.procedureName} <span className="mono small">({d.procedureCode})</span>
          </p>
          <p className="dossier-badges">
            <StateBadge state={d.state} /> <DeadlineBadge status={d.deadlineStatus} />
          </p>
        </div>
        <dl className="due-box">
          <div>
            <dt>Hạn trả kết quả</dt>
            <dd>{d.dueAt ? formatDateTime(d.dueAt) : '—'}</dd>
          </div>
          {d.originalDueAt && d.originalDueAt !== d.dueAt ? (
            <div>
              <dt>Hạn hẹn ban đầu</dt>
              <dd>{formatDateTime(d.originalDueAt)}</dd>
            </div>
          ) : null}
          {d.supplementDueAt ? (
            <div>
              <dt>Hạn bổ sung của công dân</dt>
              <dd>{formatDateTime(d.supplementDueAt)}</dd>
            </div>
          ) : null}
        </dl>
      </div>

      {notice ? (
        notice.tone === 'ok' ? (
          <Notice onClose={() => setNotice(null)}>{notice.text}</Notice>
        ) : (
          <div className="alert alert-warning" role="alert">
            {notice.text}
          </div>
        )
      ) : null}
      <LoadError error={dossier.error} onRetry={dossier.reload} />

      <section className="panel action-panel" aria-labelledby="dossier-actions">
        <h2 id="dossier-actions">Thao tác</h2>
        {d.allowedActions.length ? (
          <div className="action-buttons">
            {d.allowedActions.map((a) => (
              <button key={a.action} type="button" className="btn btn-primary" onClick={() => setAction(a)}>
                {a.label}
              </button>
            ))}
          </div>
        ) : (
          <p className="muted">Bạn không có thao tác nào với hồ sơ ở trạng thái này.</p>
        )}
        <h3 className="forms-title">Biểu mẫu</h3>
        <FormLinks dossier={d} />
        <p className="small tracking-link">
          <a href={d.trackingUrl} target="_blank" rel="noreferrer">
            Trang tra cứu của công dân (mở thẻ mới)
          </a>
        </p>
      </section>

      <div className="dossier-grid">
        <section className="panel" aria-labelledby="dossier-general">
          <h2 id="dossier-general">Thông tin hồ sơ</h2>
          <dl className="info-list">
            <div>
              <dt>Trạng thái</dt>
              <dd>
                <StateBadge state={d.state} />
              </dd>
            </div>
            <div>
              <dt>Trường hợp</dt>
              <dd>{caseName ?? d.caseCode}</dd>
            </div>
            <div>
              <dt>Hình thức nộp</dt>
              <dd>{DOSSIER_CHANNEL_LABELS[d.channel]}</dd>
            </div>
            {d.sources.length ? (
              <div>
                <dt>Hệ thống nguồn</dt>
                <dd>
                  {d.sources.map((s) => (
                    <span key={s.code} className="block">
                      {s.name} <span className="muted small mono">({s.externalCode})</span>
                    </span>
                  ))}
                </dd>
              </div>
            ) : null}
            <NationalSyncItem dossierId={d.id} unitCode={d.unitCode} version={d.version} />
            <div>
              <dt>Ngày tiếp nhận</dt>
              <dd>{d.receivedAt ? formatDateTime(d.receivedAt) : '—'}</dd>
            </div>
            <div>
              <dt>Nhận kết quả</dt>
              <dd>{RETURN_CHANNEL_LABELS[d.returnChannel]}</dd>
            </div>
            <div>
              <dt>Bước hiện tại</dt>
              <dd>
                {d.stepName ?? '—'}
                {d.assigneeName ? ` — ${d.assigneeName}` : ''}
              </dd>
            </div>
            {d.finishedAt ? (
              <div>
                <dt>Hoàn thành lúc</dt>
                <dd>{formatDateTime(d.finishedAt)}</dd>
              </div>
            ) : null}
            {d.returnedAt ? (
              <div>
                <dt>Đã trả kết quả lúc</dt>
                <dd>{formatDateTime(d.returnedAt)}</dd>
              </div>
            ) : null}
            {d.pausedAt ? (
              <div>
                <dt>Tạm dừng tính thời gian từ</dt>
                <dd>{formatDateTime(d.pausedAt)}</dd>
              </div>
            ) : null}
          </dl>
          {d.result ? (
            <p className="result-line">
              Kết quả: văn bản số <strong>{d.result.number}</strong>, người ký {d.result.signer}, ngày{' '}
              {formatLocalDate(d.result.signedOn)}.
            </p>
          ) : null}
        </section>

        <section className="panel" aria-labelledby="dossier-owner">
          <h2 id="dossier-owner">Chủ hồ sơ</h2>
          <dl className="info-list">
            <div>
              <dt>{d.ownerKind === 'citizen' ? 'Họ và tên' : 'Tên tổ chức'}</dt>
              <dd>{d.ownerName}</dd>
            </div>
            <div>
              <dt>{d.ownerKind === 'citizen' ? 'Số CCCD' : 'Mã số thuế'}</dt>
              <dd className="mono">{d.ownerIdNumber ?? '—'}</dd>
            </div>
            <div>
              <dt>Loại</dt>
              <dd>{OWNER_KIND_LABELS[d.ownerKind]}</dd>
            </div>
            <div>
              <dt>Điện thoại</dt>
              <dd>{d.ownerPhone ?? '—'}</dd>
            </div>
            <div>
              <dt>Thư điện tử</dt>
              <dd>{d.ownerEmail ?? '—'}</dd>
            </div>
            <div>
              <dt>Địa chỉ</dt>
              <dd>{d.ownerAddress ?? '—'}</dd>
            </div>
            {d.ownerKind === 'citizen' ? (
              <div>
                <dt>Xác thực danh tính</dt>
                <dd>
                  {d.ownerVerification === 'verified' ? (
                    <span className="badge badge-ok">
                      Đã xác thực với CSDL dân cư ({formatDateTime(d.ownerVerifiedAt)})
                    </span>
                  ) : (
                    <span className="badge badge-muted">Chưa xác thực với CSDL dân cư</span>
                  )}
                </dd>
              </div>
            ) : null}
          </dl>
          {d.submitter ? (
            <>
              <h3 className="subsection">Người nộp thay</h3>
              <dl className="info-list">
                <div>
                  <dt>Họ tên</dt>
                  <dd>{d.submitter.fullName}</dd>
                </div>
                <div>
                  <dt>Số giấy tờ</dt>
                  <dd className="mono">{d.submitter.idNumber ?? '—'}</dd>
                </div>
                <div>
                  <dt>Điện thoại</dt>
                  <dd>{d.submitter.phone ?? '—'}</dd>
                </div>
              </dl>
            </>
          ) : null}
        </section>
      </div>

      <section className="panel" aria-labelledby="dossier-components">
        <h2 id="dossier-components">Thành phần hồ sơ</h2>
        {d.components.length ? (
          <ul className="component-list">
            {d.components.map((c) => (
              <li key={c.code} className={`component-item${c.provided ? ' is-provided' : ''}`}>
                <span>
                  <span className="component-name">{c.name}</span>
                  <span className="component-meta">
                    {kindLabel(c.kind)} · số lượng {c.quantity}
                  </span>
                </span>
                <span className={`badge ${c.provided ? 'badge-ok' : 'badge-warn'}`}>
                  {c.provided ? 'Đã nộp' : 'Chưa nộp'}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Không có thành phần hồ sơ.</p>
        )}
      </section>

      <section className="panel" aria-labelledby="dossier-fees">
        <h2 id="dossier-fees">Phí, lệ phí</h2>
        <dl className="info-list">
          <div>
            <dt>Tổng phí, lệ phí</dt>
            <dd className="money">{formatMoney(d.feeTotal)}</dd>
          </div>
          <div>
            <dt>Hình thức thu</dt>
            <dd>{FEE_PAYMENT_LABELS[d.feePayment]}</dd>
          </div>
          <div>
            <dt>Đã thu lúc</dt>
            <dd>{d.feePaidAt ? formatDateTime(d.feePaidAt) : d.feeTotal > 0 ? 'Chưa thu' : '—'}</dd>
          </div>
        </dl>
      </section>

      <section className="panel" aria-labelledby="dossier-steps">
        <h2 id="dossier-steps">Quá trình xử lý</h2>
        <StepsTable steps={d.steps} />
      </section>

      <section className="panel" aria-labelledby="dossier-events">
        <h2 id="dossier-events">Nhật ký hồ sơ</h2>
        <EventsList events={d.events} />
      </section>

      {action ? (
        <ActionDialog dossier={d} action={action} onClose={() => setAction(null)} onOutcome={onOutcome} />
      ) : null}
    </section>
  );
}
