import type { StatisticalFormLayout } from '../../api/statisticalForms';
import { formatNumber } from '../../lib/format';

/**
 * A statutory form (Biểu II.06b, II.07b) drawn from its layout model, as the xlsx and docx draw it:
 * two-level headers (a heading without sub-columns spans both rows), the column numbers, section rows
 * in bold with their subtotals, detail rows, the total. Scrolls sideways inside its own box.
 */
export function StatisticalFormTable({ form }: { form: StatisticalFormLayout }) {
  const grouped = form.headers.filter((h) => h.sub);
  // Row keys: a detail row is numbered within its section ("II/3"), a section by its Roman numeral.
  let section = '';
  const keys = form.rows.map((r) => {
    if (r.kind === 'section') section = r.no;
    return r.kind === 'section' ? r.no : `${section}/${r.no}`;
  });
  return (
    <div className="table-wrap report-table-wrap" data-testid="statistical-form-table">
      <table className="table report-table">
        <caption>
          <strong>{form.code}</strong> — {form.title}
          <br />
          <span className="muted">
            {form.periodLine}. {form.measure}
          </span>
        </caption>
        <thead>
          <tr>
            {form.headers.map((h) =>
              h.sub ? (
                <th key={h.heading} scope="colgroup" colSpan={h.sub.length}>
                  {h.heading}
                </th>
              ) : (
                <th key={h.heading} scope="col" rowSpan={2}>
                  {h.heading}
                </th>
              ),
            )}
          </tr>
          <tr>
            {grouped.flatMap((h) =>
              (h.sub ?? []).map((s) => (
                <th key={`${h.heading}/${s}`} scope="col">
                  {s}
                </th>
              )),
            )}
          </tr>
          <tr className="form-column-numbers">
            {form.columnNumbers.map((n) => (
              <th key={n} scope="col">
                ({n})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {form.rows.map((r, i) => (
            <tr key={keys[i]} className={r.kind === 'section' ? 'report-section-row' : undefined}>
              <td>{r.no}</td>
              <th scope="row" className="report-label">
                {r.label}
              </th>
              {r.values.map((v, j) => (
                <td key={form.columnNumbers[j + 2]} className="num">
                  {formatNumber(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="report-total">
            <td>{form.totalRow.no}</td>
            <th scope="row" className="report-label">
              {form.totalRow.label}
            </th>
            {form.totalRow.values.map((v, j) => (
              <td key={form.columnNumbers[j + 2]} className="num">
                {formatNumber(v)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
      {form.notes.map((n) => (
        <p key={n} className="muted">
          {n}
        </p>
      ))}
    </div>
  );
}
