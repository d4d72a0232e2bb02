import type { ProcedureDetail } from '../../api/catalog';
import type { FeePayment } from '../../api/dossiers';
import { RadioGroup } from '../../components/RadioGroup';
import { formatMoney } from '../../lib/format';
import { FEE_KIND_LABELS, FEE_PAYMENT_LABELS, FEE_PAYMENTS } from '../../lib/labels';

export function feeTotal(procedure: ProcedureDetail | undefined): number {
  return (procedure?.fees ?? []).reduce((sum, f) => sum + f.amount, 0);
}

export function FeesTable({ fees }: { fees: ProcedureDetail['fees'] }) {
  const total = fees.reduce((sum, f) => sum + f.amount, 0);
  return (
    <table className="table fee-table">
      <caption className="visually-hidden">Phí, lệ phí</caption>
      <thead>
        <tr>
          <th scope="col">Loại</th>
          <th scope="col">Nội dung</th>
          <th scope="col" className="num">
            Mức thu
          </th>
        </tr>
      </thead>
      <tbody>
        {fees.map((f) => (
          <tr key={f.code}>
            <td>{FEE_KIND_LABELS[f.kind]}</td>
            <td>
              {f.name}
              {f.description ? <span className="block muted small">{f.description}</span> : null}
              {f.exemptions ? <span className="block muted small">Miễn, giảm: {f.exemptions}</span> : null}
            </td>
            <td className="num">
              {formatMoney(f.amount)}
              {f.per ? <span className="block muted small">/{f.per}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            Tổng cộng
          </th>
          <td className="num total" data-testid="fee-total">
            {formatMoney(total)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

export function FeesSection({
  procedure,
  payment,
  onPayment,
  error,
}: {
  procedure: ProcedureDetail | undefined;
  payment: FeePayment;
  onPayment: (p: FeePayment) => void;
  error?: string | undefined;
}) {
  const fees = procedure?.fees ?? [];
  return (
    <section className="panel" aria-labelledby="intake-fees">
      <h2 id="intake-fees">4. Phí, lệ phí</h2>
      {!procedure ? (
        <p className="muted">Chọn thủ tục để xem phí, lệ phí.</p>
      ) : fees.length === 0 ? (
        <p>Thủ tục này không thu phí, lệ phí.</p>
      ) : (
        <div className="table-wrap table-wrap-plain">
          <FeesTable fees={fees} />
        </div>
      )}
      {procedure && fees.length ? (
        <RadioGroup
          legend="Hình thức thu phí, lệ phí"
          options={FEE_PAYMENTS}
          labels={FEE_PAYMENT_LABELS}
          value={payment}
          onChange={onPayment}
          error={error}
        />
      ) : null}
    </section>
  );
}
