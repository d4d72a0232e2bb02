// Phản ánh, kiến nghị (citizen portal): send a feedback to the unit of one of your dossiers (or to a
// unit by its code), and read the answers to what you sent.
import type { DossierSummary } from '@contract';
import { type FormEvent, useState } from 'react';
import { feedbackApi } from '../../api/feedback';
import { ErrorAlert, LoadError, Notice } from '../../components/Alert';
import { SelectField, TextField } from '../../components/Field';
import { formatDate, formatLocalDate } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { useSubmit } from '../../lib/useSubmit';
import { addFeedbackDraftErrors, EMPTY_FEEDBACK_DRAFT, FeedbackFields } from '../feedback/FeedbackFields';

export function FeedbackSection({ dossiers }: { dossiers: readonly DossierSummary[] }) {
  const submit = useSubmit();
  const mine = useApi((s) => feedbackApi.mine(s), 'portal:feedback');
  const [dossierId, setDossierId] = useState('');
  const [unitCode, setUnitCode] = useState('');
  const [draft, setDraft] = useState(EMPTY_FEEDBACK_DRAFT);
  const [notice, setNotice] = useState<string | null>(null);
  const dossier = dossiers.find((d) => d.id === dossierId);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const errors: Record<string, string> = {};
    const unit = dossier?.unitCode ?? unitCode.trim();
    if (!unit) errors.unitCode = 'Chọn hồ sơ liên quan hoặc nhập mã cơ quan, đơn vị';
    addFeedbackDraftErrors(draft, errors);
    if (Object.keys(errors).length) {
      submit.setError('Vui lòng kiểm tra lại các trường được đánh dấu.', errors);
      return;
    }
    const sent = await submit.run(() =>
      feedbackApi.submit({
        unitCode: unit,
        topic: draft.topic,
        title: draft.title,
        content: draft.content,
        ...(dossier ? { dossierId: dossier.id } : {}),
      }),
    );
    if (sent) {
      setNotice(`Đã gửi phản ánh, kiến nghị. Hạn trả lời: ${formatLocalDate(sent.dueDate)}.`);
      setDraft((d) => ({ ...d, title: '', content: '' }));
      mine.reload();
    }
  };

  return (
    <section aria-labelledby="portal-feedback-title">
      <h2 id="portal-feedback-title">Phản ánh, kiến nghị</h2>
      {notice ? <Notice onClose={() => setNotice(null)}>{notice}</Notice> : null}
      <form className="panel form" onSubmit={onSubmit} noValidate>
        <ErrorAlert message={submit.error} />
        <SelectField label="Hồ sơ liên quan (không bắt buộc)" value={dossierId} onValue={setDossierId}>
          <option value="">Không gắn với hồ sơ</option>
          {dossiers.map((d) => (
            <option key={d.id} value={d.id}>
              {d.code} — {d.procedureName}
            </option>
          ))}
        </SelectField>
        {dossier ? null : (
          <TextField
            label="Mã cơ quan, đơn vị nhận phản ánh"
            value={unitCode}
            onValue={setUnitCode}
            hint="Ví dụ 06001 (mã đơn vị hành chính)"
            error={submit.fieldErrors.unitCode}
          />
        )}
        <FeedbackFields
          draft={draft}
          onDraft={setDraft}
          fieldErrors={submit.fieldErrors}
          submitting={submit.submitting}
          contentRows={5}
        />
      </form>
      <LoadError error={mine.error} onRetry={mine.reload} />
      {mine.data?.items.length ? (
        <div className="table-wrap">
          <table className="table">
            <caption>Phản ánh, kiến nghị đã gửi</caption>
            <thead>
              <tr>
                <th scope="col">Ngày gửi</th>
                <th scope="col">Tiêu đề</th>
                <th scope="col">Cơ quan, đơn vị</th>
                <th scope="col">Tình trạng</th>
                <th scope="col">Trả lời</th>
              </tr>
            </thead>
            <tbody>
              {mine.data.items.map((f) => (
                <tr key={f.id}>
                  <td>{formatDate(f.receivedAt)}</td>
                  <td>{f.title}</td>
                  <td>{f.unitName}</td>
                  <td>{f.stateLabel}</td>
                  <td>{f.answer ?? `Hạn trả lời ${formatLocalDate(f.dueDate)}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
