import type { DossierSummary } from '@contract';
import { useState } from 'react';
import { api } from '../../api/client';
import { useMe } from '../../auth/AuthContext';
import { formatDate, formatDateTime } from '../../lib/format';
import { DOSSIER_STATE_LABELS } from '../../lib/labels';
import { useApi } from '../../lib/useApi';
import { FeedbackSection } from './FeedbackSection';
import { RatingDialog } from './RatingDialog';

type Page = { items: DossierSummary[]; nextCursor: string | null };

/**
 * Home of a citizen or organisation: their own dossiers and where each one stands, the rating of a
 * finished dossier, and their feedback (phản ánh, kiến nghị).
 */
export function CitizenHome() {
  const me = useMe();
  const mine = useApi(
    (signal) => api.get<Page>('/api/portal/dossiers', { limit: 50 }, signal),
    'portal:mine',
  );
  const items = mine.data?.items ?? [];
  const [rating, setRating] = useState<DossierSummary | null>(null);
  return (
    <section>
      <div className="page-header">
        <div>
          <h1>Hồ sơ của tôi</h1>
          <p className="page-description">
            Xin chào, {me.fullName}. Đây là các hồ sơ thủ tục hành chính bạn đã nộp và tình trạng giải quyết.
          </p>
        </div>
      </div>
      {mine.loading ? <p className="muted">Đang tải hồ sơ…</p> : null}
      {mine.error ? <p role="alert">Không tải được danh sách hồ sơ. Vui lòng thử lại.</p> : null}
      {!mine.loading && !mine.error && items.length === 0 ? (
        <p className="muted">Bạn chưa có hồ sơ nào trên hệ thống.</p>
      ) : null}
      {items.length ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Hồ sơ của tôi</caption>
            <thead>
              <tr>
                <th scope="col">Mã hồ sơ</th>
                <th scope="col">Thủ tục</th>
                <th scope="col">Tình trạng</th>
                <th scope="col">Ngày tiếp nhận</th>
                <th scope="col">Hẹn trả</th>
                <th scope="col">Đánh giá</th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <tr key={d.id}>
                  <td>{d.code}</td>
                  <td>{d.procedureName}</td>
                  <td>{DOSSIER_STATE_LABELS[d.state]}</td>
                  <td>{d.receivedAt ? formatDate(d.receivedAt) : 'Chờ tiếp nhận'}</td>
                  <td>{d.dueAt ? formatDateTime(d.dueAt) : '—'}</td>
                  <td>
                    {d.state === 'returned' ? (
                      <button
                        type="button"
                        className="btn btn-secondary btn-small"
                        onClick={() => setRating(d)}
                      >
                        Đánh giá hồ sơ {d.code}
                      </button>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {rating ? <RatingDialog dossier={rating} onClose={() => setRating(null)} /> : null}
      <FeedbackSection dossiers={items} />
    </section>
  );
}
