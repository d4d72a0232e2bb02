import type { ProcedureDetail } from '../../api/catalog';
import { COMPONENT_KIND_LABELS } from '../../lib/labels';

export type ComponentRow = { code: string; quantity: number; provided: boolean };
type CatalogComponent = ProcedureDetail['components'][number];

/** Components of the procedure that apply to a case (caseCodes null = every case). */
export function componentsForCase(procedure: ProcedureDetail, caseCode: string): CatalogComponent[] {
  return procedure.components.filter((c) => c.caseCodes === null || c.caseCodes.includes(caseCode));
}

export function ComponentsChecklist({
  components,
  rows,
  onRows,
  error,
}: {
  components: CatalogComponent[];
  rows: Record<string, ComponentRow>;
  onRows: (rows: Record<string, ComponentRow>) => void;
  error?: string | undefined;
}) {
  const set = (code: string, patch: Partial<ComponentRow>) => {
    const prev = rows[code] ?? { code, quantity: 1, provided: false };
    onRows({ ...rows, [code]: { ...prev, ...patch } });
  };
  const missing = components.filter((c) => c.required && !rows[c.code]?.provided);
  const allProvided = components.length > 0 && components.every((c) => rows[c.code]?.provided);
  return (
    <section className="panel" aria-labelledby="intake-components">
      <div className="panel-header">
        <h2 id="intake-components">3. Thành phần hồ sơ</h2>
        {components.length ? (
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => {
              const next = { ...rows };
              for (const c of components) {
                const prev = next[c.code] ?? { code: c.code, quantity: c.quantity, provided: false };
                next[c.code] = { ...prev, provided: !allProvided };
              }
              onRows(next);
            }}
          >
            {allProvided ? 'Bỏ đánh dấu tất cả' : 'Đánh dấu đã nộp tất cả'}
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {components.length === 0 ? (
        <p className="muted">Chọn thủ tục và trường hợp để hiện danh sách giấy tờ cần nộp.</p>
      ) : (
        <ul className="component-list">
          {components.map((c) => {
            const row = rows[c.code] ?? { code: c.code, quantity: c.quantity, provided: false };
            const qtyId = `qty-${c.code}`;
            return (
              <li key={c.code} className={`component-item${row.provided ? ' is-provided' : ''}`}>
                <label className="checkbox component-check">
                  <input
                    type="checkbox"
                    checked={row.provided}
                    onChange={(e) => set(c.code, { provided: e.target.checked })}
                    aria-label={`Đã nộp: ${c.name}`}
                  />
                  <span>
                    <span className="component-name">{c.name}</span>
                    <span className="component-meta">
                      {COMPONENT_KIND_LABELS[c.kind]}
                      {c.templateCode ? ` · mẫu ${c.templateCode}` : ''}
                      {c.required ? (
                        <span className="badge badge-warn badge-tiny">Bắt buộc</span>
                      ) : (
                        <span className="badge badge-muted badge-tiny">Không bắt buộc</span>
                      )}
                    </span>
                  </span>
                </label>
                <span className="component-qty">
                  <label htmlFor={qtyId} className="visually-hidden">
                    Số lượng: {c.name}
                  </label>
                  <span aria-hidden="true" className="muted small">
                    SL
                  </span>
                  <input
                    id={qtyId}
                    type="number"
                    min={0}
                    max={99}
                    inputMode="numeric"
                    value={row.quantity}
                    onChange={(e) =>
                      set(c.code, {
                        quantity: Math.max(0, Math.min(99, Math.trunc(Number(e.target.value) || 0))),
                      })
                    }
                  />
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {missing.length ? (
        <div className="alert alert-warning" role="status">
          Còn {missing.length} giấy tờ bắt buộc chưa nộp: {missing.map((c) => c.name).join('; ')}. Hồ sơ chưa
          đủ thì hướng dẫn công dân bổ sung (Mẫu 02) thay vì tiếp nhận.
        </div>
      ) : null}
    </section>
  );
}
