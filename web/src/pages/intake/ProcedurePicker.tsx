import { catalogApi, type ProcedureDetail } from '../../api/catalog';
import { SelectField, TextField } from '../../components/Field';
import { formatNumber } from '../../lib/format';
import { durationText } from '../../lib/labels';
import { useApi } from '../../lib/useApi';
import { useDebounced } from '../../lib/useDebounced';

type Props = {
  fieldCode: string;
  onFieldCode: (code: string) => void;
  search: string;
  onSearch: (text: string) => void;
  procedureCode: string;
  onProcedureCode: (code: string) => void;
  procedure: ProcedureDetail | undefined;
  caseCode: string;
  onCaseCode: (code: string) => void;
  errors: { procedureCode?: string | undefined; caseCode?: string | undefined };
};

/** Lĩnh vực → thủ tục (searchable, diacritics optional) → trường hợp. */
export function ProcedurePicker(props: Props) {
  const { fieldCode, search, procedureCode, procedure, caseCode } = props;
  const fields = useApi((signal) => catalogApi.fields(signal), 'fields');
  const q = useDebounced(search.trim());
  const procedures = useApi(
    (signal) =>
      catalogApi.procedures({ fieldCode: fieldCode || undefined, q: q || undefined, limit: 200 }, signal),
    `procedures:${fieldCode}:${q}`,
  );
  const items = procedures.data?.items ?? [];
  // Keep the chosen procedure in the list even when the search no longer matches it.
  const chosenMissing = procedure && !items.some((p) => p.code === procedure.code);

  const procedureHint = procedures.error
    ? 'Không tải được danh mục thủ tục. Vui lòng thử lại.'
    : procedures.loading
      ? 'Đang tìm thủ tục…'
      : `${formatNumber(items.length)} thủ tục phù hợp${procedures.data?.nextCursor ? ' (hãy gõ thêm để thu hẹp)' : ''}.`;

  return (
    <section className="panel" aria-labelledby="intake-procedure">
      <h2 id="intake-procedure">1. Chọn thủ tục</h2>
      <div className="form-grid">
        <SelectField
          label="Lĩnh vực"
          value={fieldCode}
          onValue={props.onFieldCode}
          hint={fields.error ? 'Không tải được danh sách lĩnh vực.' : undefined}
        >
          <option value="">— Tất cả lĩnh vực —</option>
          {(fields.data?.items ?? []).map((f) => (
            <option key={f.code} value={f.code}>
              {f.name} ({formatNumber(f.procedures)})
            </option>
          ))}
        </SelectField>
        <TextField
          label="Tìm thủ tục"
          type="search"
          value={search}
          onValue={props.onSearch}
          placeholder="Mã hoặc tên thủ tục, có thể gõ không dấu"
          autoComplete="off"
        />
      </div>
      <SelectField
        label="Thủ tục hành chính"
        value={procedureCode}
        onValue={props.onProcedureCode}
        hint={procedureHint}
        error={props.errors.procedureCode}
        required
      >
        <option value="">— Chọn thủ tục —</option>
        {chosenMissing ? (
          <option value={procedure.code}>
            {procedure.code} — {procedure.name}
          </option>
        ) : null}
        {items.map((p) => (
          <option key={p.code} value={p.code}>
            {p.code} — {p.name}
          </option>
        ))}
      </SelectField>
      {procedure ? (
        <>
          <SelectField
            label="Trường hợp"
            value={caseCode}
            onValue={props.onCaseCode}
            error={props.errors.caseCode}
            required
          >
            {procedure.cases.length > 1 ? <option value="">— Chọn trường hợp —</option> : null}
            {procedure.cases.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name} — {durationText(c.durations.counter)}
              </option>
            ))}
          </SelectField>
          <p className="muted small">
            Lĩnh vực: {procedure.fieldName}. Thời hạn giải quyết:{' '}
            {durationText(
              procedure.cases.find((c) => c.code === caseCode)?.durations.counter ??
                procedure.durations.counter,
            )}
            {procedure.cutoff ? ` (tiếp nhận sau ${procedure.cutoff} tính từ ngày làm việc tiếp theo)` : ''}.{' '}
            <a href={`/thu-tuc/${procedure.code}`} target="_blank" rel="noreferrer">
              Xem chi tiết thủ tục (mở thẻ mới)
            </a>
          </p>
        </>
      ) : null}
    </section>
  );
}
