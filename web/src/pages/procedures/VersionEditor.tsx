import { type FormEvent, useState } from 'react';
import { catalogApi, type ProcedureVersionItem } from '../../api/catalog';
import { ErrorAlert } from '../../components/Alert';
import { DateField, isLocalDate } from '../../components/DateTimeFields';
import { formatLocalDate } from '../../lib/format';
import { useSubmit } from '../../lib/useSubmit';
import { CaseEditor } from './CaseEditor';
import { type CaseDraft, parseAmount, toBody, toDrafts } from './processDraft';

type Props = {
  latest: ProcedureVersionItem;
  today: string;
  onPublished: (created: ProcedureVersionItem) => void;
};

function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`).getTime() + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Checks the form can be sent: names given, amounts are numbers. Keys as the server's paths. */
function localErrors(cases: readonly CaseDraft[], effectiveFrom: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isLocalDate(effectiveFrom))
    out.effectiveFrom = effectiveFrom ? 'Ngày không hợp lệ, nhập theo dạng dd/mm/yyyy' : 'Nhập ngày áp dụng';
  cases.forEach((c, i) => {
    c.steps.forEach((s, j) => {
      if (!s.name.trim()) out[`cases.${i}.process.${j}.name`] = 'Nhập tên bước';
      if (parseAmount(s.amount) === null)
        out[`cases.${i}.process.${j}.allotted.amount`] = 'Nhập số ≥ 0, ví dụ 4 hoặc 0,5';
    });
  });
  return out;
}

/** Editor of the latest version's case processes and the publish form ("Ban hành phiên bản mới"). */
export function VersionEditor({ latest, today, onPublished }: Props) {
  const [cases, setCases] = useState<CaseDraft[]>(() => toDrafts(latest));
  const [effectiveFrom, setEffectiveFrom] = useState(() => addDays(today, 1));
  const submit = useSubmit();
  const errors = submit.fieldErrors;

  const caseErrors = (i: number) => {
    const prefix = `cases.${i}.`;
    const out: Record<string, string> = {};
    for (const [path, message] of Object.entries(errors))
      if (path.startsWith(prefix)) out[path.slice(prefix.length)] = message;
    return out;
  };
  const otherErrors = Object.entries(errors)
    .filter(([path]) => path !== 'effectiveFrom' && !/^cases\.\d+\./.test(path))
    .map(([, message]) => message);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const local = localErrors(cases, effectiveFrom);
    if (Object.keys(local).length) {
      submit.setError('Vui lòng kiểm tra lại các ô được đánh dấu.', local);
      return;
    }
    const created = await submit.run(() =>
      catalogApi.publishVersion(latest.code, toBody(cases, effectiveFrom)),
    );
    if (created) onPublished(created);
  };

  return (
    <form className="version-editor" onSubmit={onSubmit} noValidate>
      <h2 className="section-title">Quy trình xử lý của phiên bản mới</h2>
      <p className="muted">
        Bản sao của phiên bản {latest.version}. Hồ sơ đã tiếp nhận giữ nguyên quy trình cũ; quy trình mới áp
        dụng cho hồ sơ tiếp nhận từ ngày áp dụng.
      </p>
      {cases.map((c, i) => (
        <CaseEditor
          key={c.code}
          draft={c}
          cutoff={latest.cutoff}
          errors={caseErrors(i)}
          onChange={(next, structural) => {
            setCases((prev) => prev.map((x, j) => (j === i ? next : x)));
            // Server messages point at step positions; after a move they would point at the wrong step.
            if (structural) submit.reset();
          }}
        />
      ))}
      <div className="panel publish-panel">
        <DateField
          label="Áp dụng từ ngày"
          value={effectiveFrom}
          onValue={setEffectiveFrom}
          error={errors.effectiveFrom}
          hint={`Từ hôm nay (${formatLocalDate(today)}) trở đi; phiên bản ${latest.version} hết hiệu lực từ ngày này.`}
          required
        />
        <ErrorAlert message={submit.error} items={otherErrors} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={submit.submitting}>
            {submit.submitting ? 'Đang ban hành…' : 'Ban hành phiên bản mới'}
          </button>
        </div>
      </div>
    </form>
  );
}
