import type { CalendarEntry } from '@contract';
import { useState } from 'react';
import { calendarApi } from '../../api/calendar';
import { LoadError, Loading, Notice } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyRow } from '../../components/PageHeader';
import { formatLocalDate, todayLocalDate, weekdayOfLocalDate } from '../../lib/format';
import { CALENDAR_KIND_LABELS } from '../../lib/labels';
import { useApi } from '../../lib/useApi';
import { draftFrom, EntryDialog, type EntryDraft } from './EntryDialog';

type Editing = { title: string; draft: EntryDraft } | null;

export function EntriesList({
  year,
  unitCode,
  canManage,
  version,
  onChanged,
}: {
  year: number;
  unitCode: string | undefined;
  canManage: boolean;
  version: number;
  onChanged: () => void;
}) {
  const list = useApi(
    (signal) => calendarApi.entries(year, unitCode, signal),
    `entries:${year}:${unitCode ?? ''}:${version}`,
  );
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<CalendarEntry | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const items = [...(list.data?.items ?? [])].sort((a, b) => a.date.localeCompare(b.date));

  const addNew = () =>
    setEditing({
      title: 'Thêm mục lịch',
      draft: {
        id: null,
        date: year === Number(todayLocalDate().slice(0, 4)) ? todayLocalDate() : `${year}-01-01`,
        kind: 'holiday',
        name: '',
        legalDocument: '',
        unitCode: unitCode ?? null,
      },
    });

  return (
    <section className="panel" aria-labelledby="entries-title">
      <div className="panel-header">
        <h2 id="entries-title">Ngày nghỉ, ngày làm việc bù năm {year}</h2>
        {canManage ? (
          <button type="button" className="btn btn-primary" onClick={addNew}>
            Thêm mục lịch
          </button>
        ) : null}
      </div>
      <p className="muted">
        Mục “Có sẵn” do MotCua cung cấp theo văn bản của Chính phủ và chỉ được xem; để xác nhận ngày nghỉ dự
        kiến hoặc thay đổi, hãy tạo mục của đơn vị cho cùng ngày.
      </p>
      {notice ? <Notice onClose={() => setNotice(null)}>{notice}</Notice> : null}
      <LoadError error={list.error} onRetry={list.reload} />
      {list.loading && !list.data ? <Loading /> : null}
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Danh sách mục lịch năm {year}</caption>
          <thead>
            <tr>
              <th scope="col">Ngày</th>
              <th scope="col">Loại ngày</th>
              <th scope="col">Tên gọi</th>
              <th scope="col">Văn bản quy định</th>
              <th scope="col">Phạm vi</th>
              <th scope="col">Nguồn</th>
              {canManage ? <th scope="col">Thao tác</th> : null}
            </tr>
          </thead>
          <tbody>
            {items.map((e) => {
              const label = `${e.name} ngày ${formatLocalDate(e.date)}`;
              return (
                <tr key={`${e.id ?? 'builtin'}-${e.date}-${e.kind}-${e.unitCode ?? ''}`}>
                  <td className="nowrap">
                    {formatLocalDate(e.date)}
                    <span className="muted small block">{weekdayOfLocalDate(e.date)}</span>
                  </td>
                  <td>{CALENDAR_KIND_LABELS[e.kind]}</td>
                  <td>
                    {e.name}
                    {e.provisional ? <span className="badge badge-warn badge-tiny">dự kiến</span> : null}
                  </td>
                  <td>{e.legalDocument}</td>
                  <td>{e.unitCode ?? 'Toàn quốc'}</td>
                  <td>{e.source === 'builtin' ? 'Có sẵn' : 'Đơn vị khai báo'}</td>
                  {canManage ? (
                    <td className="row-actions">
                      {e.id === null ? (
                        <button
                          type="button"
                          className="btn btn-secondary btn-small"
                          aria-label={`Xác nhận hoặc ghi đè ${label}`}
                          onClick={() =>
                            setEditing({
                              title: `Xác nhận / ghi đè ngày ${formatLocalDate(e.date)}`,
                              draft: { ...draftFrom(e, true), unitCode: unitCode ?? null },
                            })
                          }
                        >
                          Xác nhận / ghi đè
                        </button>
                      ) : (
                        <>
                          <button
                            type="button"
                            className="btn btn-secondary btn-small"
                            aria-label={`Sửa ${label}`}
                            onClick={() => setEditing({ title: 'Sửa mục lịch', draft: draftFrom(e, false) })}
                          >
                            Sửa
                          </button>
                          <button
                            type="button"
                            className="btn btn-danger btn-small"
                            aria-label={`Xóa ${label}`}
                            onClick={() => setDeleting(e)}
                          >
                            Xóa
                          </button>
                        </>
                      )}
                    </td>
                  ) : null}
                </tr>
              );
            })}
            {list.data && items.length === 0 ? (
              <EmptyRow colSpan={canManage ? 7 : 6}>Chưa có mục lịch nào trong năm {year}.</EmptyRow>
            ) : null}
          </tbody>
        </table>
      </div>

      {editing ? (
        <EntryDialog
          title={editing.title}
          draft={editing.draft}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setNotice(`Đã lưu “${saved.name}” (${formatLocalDate(saved.date)}).`);
            onChanged();
          }}
        />
      ) : null}
      {deleting?.id ? (
        <ConfirmDialog
          title="Xóa mục lịch?"
          confirmLabel="Xác nhận xóa"
          danger
          onClose={() => setDeleting(null)}
          onConfirm={() => calendarApi.deleteEntry(deleting.id as string)}
          onDone={() => {
            setNotice(`Đã xóa “${deleting.name}” (${formatLocalDate(deleting.date)}).`);
            setDeleting(null);
            onChanged();
          }}
        >
          <p>
            Xóa <strong>{deleting.name}</strong> ngày {formatLocalDate(deleting.date)}? Thời hạn giải quyết
            của hồ sơ tiếp nhận sau thời điểm này sẽ được tính lại theo lịch mới.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
