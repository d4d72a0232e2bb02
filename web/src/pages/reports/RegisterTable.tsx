import type { ReportParams } from '../../api/reports';
import { statisticalFormsApi } from '../../api/statisticalForms';
import { LoadError } from '../../components/Alert';
import { LoadMore } from '../../components/LoadMore';
import { formatDate } from '../../lib/format';
import { usePaged } from '../../lib/usePaged';

/** Sổ theo dõi hồ sơ (Mẫu 06) on screen: the register's columns with their grouped headers, by pages. */
export function RegisterTable({ params }: { params: ReportParams }) {
  const list = usePaged(
    (cursor, signal) => statisticalFormsApi.register(params, cursor, signal),
    `register:${params.unitCode}:${params.from}:${params.to}`,
  );
  return (
    <>
      <LoadError error={list.error} onRetry={list.reload} />
      <div className="table-wrap report-table-wrap" data-testid="register-table">
        <table className="table report-table">
          <caption className="visually-hidden">Sổ theo dõi hồ sơ</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                STT
              </th>
              <th scope="col" rowSpan={2}>
                Mã hồ sơ
              </th>
              <th scope="col" rowSpan={2}>
                Nội dung hồ sơ (tên thủ tục hành chính)
              </th>
              <th scope="col" rowSpan={2}>
                Số lượng (bộ)
              </th>
              <th scope="col" rowSpan={2}>
                Họ tên chủ hồ sơ
              </th>
              <th scope="col" rowSpan={2}>
                Địa chỉ
              </th>
              <th scope="col" rowSpan={2}>
                Số điện thoại
              </th>
              <th scope="colgroup" colSpan={3}>
                Ngày, tháng, năm
              </th>
              <th scope="col" rowSpan={2}>
                Trả kết quả
              </th>
              <th scope="col" rowSpan={2}>
                Người tiếp nhận hồ sơ
              </th>
            </tr>
            <tr>
              <th scope="col">Nhận hồ sơ</th>
              <th scope="col">Hẹn trả kết quả</th>
              <th scope="col">Ngày nhận kết quả</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((r, i) => (
              <tr key={r.dossierId}>
                <td className="num">{i + 1}</td>
                <td>{r.dossierCode}</td>
                <td>{r.procedureName}</td>
                <td className="num">{r.sets}</td>
                <td>{r.ownerName}</td>
                <td>{r.address ?? ''}</td>
                <td>{r.phone ?? ''}</td>
                <td>{formatDate(r.receivedAt)}</td>
                <td>{formatDate(r.appointmentAt)}</td>
                <td>{formatDate(r.returnedAt)}</td>
                <td>{r.returnedTo ?? ''}</td>
                <td>{r.receivingOfficer}</td>
              </tr>
            ))}
            {!list.loading && !list.error && list.items.length === 0 ? (
              <tr>
                <td colSpan={12} className="empty">
                  Chưa có hồ sơ trong kỳ.
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
    </>
  );
}
