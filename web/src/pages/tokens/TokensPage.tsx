import type { ApiToken } from '@contract';
import { useState } from 'react';
import type { CreatedApiToken } from '../../api/tokens';
import { tokensApi } from '../../api/tokens';
import { useUnitScope } from '../../auth/UnitScope';
import { LoadError, Loading, Notice } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyRow, PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { API_PERMISSION_LABELS } from '../../lib/labels';
import { useApi } from '../../lib/useApi';
import { CreatedTokenNotice } from './CreatedTokenNotice';
import { TokenCreateForm } from './TokenCreateForm';

export function TokensPage() {
  const scope = useUnitScope();
  const unitCode = scope.unitCode ?? undefined;
  const list = useApi((signal) => tokensApi.list(unitCode, signal), `tokens:${unitCode ?? ''}`);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const items = list.data?.items ?? [];

  return (
    <section>
      <PageHeader
        title="Mã truy cập API"
        description="Mã dùng cho các hệ thống khác (Cổng Dịch vụ công, hệ thống chuyên ngành, bưu chính) kết nối với MotCua."
      />
      {created ? <CreatedTokenNotice token={created} onDismiss={() => setCreated(null)} /> : null}
      {notice ? <Notice onClose={() => setNotice(null)}>{notice}</Notice> : null}

      <h2 className="section-title">Danh sách mã truy cập</h2>
      <LoadError error={list.error} onRetry={list.reload} />
      {list.loading && !list.data ? <Loading /> : null}
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Danh sách mã truy cập API</caption>
          <thead>
            <tr>
              <th scope="col">Tên</th>
              <th scope="col">Tiền tố</th>
              <th scope="col">Quyền</th>
              <th scope="col">Ngày tạo</th>
              <th scope="col">Lần dùng gần nhất</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Thao tác</th>
            </tr>
          </thead>
          <tbody>
            {items.map((t) => (
              <tr key={t.id}>
                <td>{t.name}</td>
                <td className="mono">{t.tokenPrefix}…</td>
                <td>
                  <ul className="plain-list">
                    {t.permissions.map((p) => (
                      <li key={p}>{API_PERMISSION_LABELS[p] ?? p}</li>
                    ))}
                  </ul>
                </td>
                <td>{formatDateTime(t.createdAt)}</td>
                <td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Chưa sử dụng'}</td>
                <td>
                  {t.revokedAt ? (
                    <span className="badge badge-muted">Đã thu hồi {formatDateTime(t.revokedAt)}</span>
                  ) : (
                    <span className="badge badge-ok">Đang hiệu lực</span>
                  )}
                </td>
                <td className="row-actions">
                  {t.revokedAt ? null : (
                    <button
                      type="button"
                      className="btn btn-danger btn-small"
                      onClick={() => setRevoking(t)}
                      aria-label={`Thu hồi mã ${t.name}`}
                    >
                      Thu hồi
                    </button>
                  )}
                </td>
              </tr>
            ))}
            {list.data && items.length === 0 ? (
              <EmptyRow colSpan={7}>Chưa có mã truy cập nào.</EmptyRow>
            ) : null}
          </tbody>
        </table>
      </div>

      {unitCode ? (
        <TokenCreateForm
          unitCode={unitCode}
          unitName={scope.unit?.name ?? unitCode}
          onCreated={(token) => {
            setCreated(token);
            setNotice(null);
            const { token: _secret, ...listed } = token;
            list.setData((prev) => ({ items: [listed, ...(prev?.items ?? [])] }));
            window.scrollTo({ top: 0, behavior: 'smooth' });
          }}
        />
      ) : (
        <p className="muted">Chọn một đơn vị để tạo mã truy cập.</p>
      )}

      {revoking ? (
        <ConfirmDialog
          title="Thu hồi mã truy cập?"
          confirmLabel="Xác nhận thu hồi"
          danger
          onClose={() => setRevoking(null)}
          onConfirm={() => tokensApi.revoke(revoking.id)}
          onDone={() => {
            setNotice(`Đã thu hồi mã “${revoking.name}”.`);
            setRevoking(null);
            list.reload();
          }}
        >
          <p>
            Hệ thống đang dùng mã <strong>{revoking.name}</strong> ({revoking.tokenPrefix}…) sẽ không kết nối
            được nữa. Thao tác này không thể hoàn tác.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
