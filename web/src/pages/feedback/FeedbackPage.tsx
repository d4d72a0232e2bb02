// Phản ánh, kiến nghị (officers): the feedback sent to their units, newest first, with the due date and
// on-time status; take it over, answer it or return it as outside the unit's competence. Below, the
// satisfaction ratings of the units' dossiers.
import { useState } from 'react';
import { type FeedbackItem, type FeedbackStateValue, feedbackApi, RATING_LABELS } from '../../api/feedback';
import { LoadError, Notice } from '../../components/Alert';
import { SelectField } from '../../components/Field';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatDateTime, formatLocalDate } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { AnswerDialog } from './AnswerDialog';

const STATE_FILTERS: Record<FeedbackStateValue | '', string> = {
  '': 'Tất cả',
  received: 'Mới tiếp nhận',
  processing: 'Đang xử lý',
  answered: 'Đã trả lời',
  rejected: 'Không thuộc thẩm quyền',
};

function onTimeText(f: FeedbackItem): string {
  if (f.onTime === true) return 'Đúng hạn';
  if (f.onTime === false) return 'Quá hạn';
  return f.overdue ? 'Đã quá hạn' : 'Trong hạn';
}

export function FeedbackPage() {
  const [state, setState] = useState<FeedbackStateValue | ''>('');
  const [more, setMore] = useState<FeedbackItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [dialog, setDialog] = useState<{ item: FeedbackItem; mode: 'answer' | 'reject' } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = useApi((s) => feedbackApi.list({ state }, s), `feedback:${state}`);
  const ratings = useApi((s) => feedbackApi.ratings({}, s), 'feedback:ratings');

  const first = list.data?.items ?? [];
  const items = [...first, ...more];
  const next = more.length ? cursor : (list.data?.nextCursor ?? null);

  const reset = () => {
    setMore([]);
    setCursor(null);
    list.reload();
  };
  const loadMore = async () => {
    if (!next) return;
    setLoadingMore(true);
    try {
      const page = await feedbackApi.list({ state, cursor: next });
      setMore((m) => [...m, ...page.items]);
      setCursor(page.nextCursor);
    } finally {
      setLoadingMore(false);
    }
  };
  const take = async (f: FeedbackItem) => {
    await feedbackApi.assign(f.id);
    setNotice(`Bạn đã nhận xử lý phản ánh "${f.title}".`);
    reset();
  };

  return (
    <section>
      <PageHeader
        title="Phản ánh, kiến nghị"
        description="Phản ánh, kiến nghị của người dân, tổ chức gửi đến đơn vị; hạn trả lời tính theo ngày làm việc."
      />
      {notice ? <Notice onClose={() => setNotice(null)}>{notice}</Notice> : null}
      <div className="panel">
        <SelectField
          label="Trạng thái"
          value={state}
          onValue={(v) => {
            setState(v as FeedbackStateValue | '');
            setMore([]);
            setCursor(null);
          }}
        >
          {Object.entries(STATE_FILTERS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
      </div>
      <LoadError error={list.error} onRetry={list.reload} />
      {!list.loading && !list.error && items.length === 0 ? (
        <p className="muted">Không có phản ánh, kiến nghị nào.</p>
      ) : null}
      {items.length ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Danh sách phản ánh, kiến nghị</caption>
            <thead>
              <tr>
                <th scope="col">Ngày nhận</th>
                <th scope="col">Tiêu đề, nội dung</th>
                <th scope="col">Người gửi</th>
                <th scope="col">Hạn trả lời</th>
                <th scope="col">Trạng thái</th>
                <th scope="col">Thao tác</th>
              </tr>
            </thead>
            <tbody>
              {items.map((f) => {
                const open = f.state === 'received' || f.state === 'processing';
                return (
                  <tr key={f.id}>
                    <td>{formatDateTime(f.receivedAt)}</td>
                    <td>
                      <strong>{f.title}</strong>
                      <div className="muted">
                        {f.topicLabel}
                        {f.dossierCode ? ` · Hồ sơ ${f.dossierCode}` : ''}
                      </div>
                      <p>{f.content}</p>
                      {f.answer ? (
                        <p>
                          <em>{f.state === 'rejected' ? 'Lý do trả lại' : 'Trả lời'}:</em> {f.answer}
                        </p>
                      ) : null}
                    </td>
                    <td>
                      {f.senderName}
                      <div className="muted">
                        {[f.senderPhone, f.senderEmail].filter(Boolean).join(' · ')}
                      </div>
                    </td>
                    <td>{formatLocalDate(f.dueDate)}</td>
                    <td>
                      {f.stateLabel}
                      <div className="muted">{onTimeText(f)}</div>
                      {f.handlerName ? <div className="muted">Người xử lý: {f.handlerName}</div> : null}
                    </td>
                    <td>
                      {open ? (
                        <div className="form-actions">
                          {f.state === 'received' ? (
                            <button
                              type="button"
                              className="btn btn-secondary btn-small"
                              onClick={() => take(f)}
                            >
                              Nhận xử lý
                            </button>
                          ) : null}
                          <button
                            type="button"
                            className="btn btn-primary btn-small"
                            onClick={() => setDialog({ item: f, mode: 'answer' })}
                          >
                            Trả lời
                          </button>
                          <button
                            type="button"
                            className="btn btn-secondary btn-small"
                            onClick={() => setDialog({ item: f, mode: 'reject' })}
                          >
                            Không thuộc thẩm quyền
                          </button>
                        </div>
                      ) : (
                        <span className="muted">{f.closedAt ? formatDate(f.closedAt) : ''}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore
        count={items.length}
        hasMore={Boolean(next)}
        loading={list.loading || loadingMore}
        onMore={loadMore}
      />
      {dialog ? (
        <AnswerDialog
          item={dialog.item}
          mode={dialog.mode}
          onClose={() => setDialog(null)}
          onDone={(f) => {
            setDialog(null);
            setNotice(
              f.state === 'answered'
                ? `Đã trả lời phản ánh "${f.title}" (${f.onTime ? 'đúng hạn' : 'quá hạn'}).`
                : `Đã trả lại phản ánh "${f.title}".`,
            );
            reset();
          }}
        />
      ) : null}

      <h2>Đánh giá mức độ hài lòng</h2>
      <LoadError error={ratings.error} onRetry={ratings.reload} />
      {ratings.data && ratings.data.items.length === 0 ? (
        <p className="muted">Chưa có đánh giá nào.</p>
      ) : null}
      {ratings.data?.items.length ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Đánh giá mức độ hài lòng</caption>
            <thead>
              <tr>
                <th scope="col">Ngày đánh giá</th>
                <th scope="col">Hồ sơ</th>
                <th scope="col">Người đánh giá</th>
                <th scope="col">Mức độ</th>
                <th scope="col">Ý kiến</th>
              </tr>
            </thead>
            <tbody>
              {ratings.data.items.map((r) => (
                <tr key={r.dossierId}>
                  <td>{formatDate(r.ratedAt)}</td>
                  <td>{r.dossierCode}</td>
                  <td>{r.ownerName}</td>
                  <td>{RATING_LABELS[r.level]}</td>
                  <td>{r.comment ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
