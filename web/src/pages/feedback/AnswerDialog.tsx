import { type FormEvent, useState } from 'react';
import { type FeedbackItem, feedbackApi } from '../../api/feedback';
import { ErrorAlert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { TextAreaField } from '../../components/Field';
import { formatLocalDate } from '../../lib/format';
import { useSubmit } from '../../lib/useSubmit';

/** Answer a feedback, or return it as outside the unit's competence (with the reason). */
export function AnswerDialog({
  item,
  mode,
  onClose,
  onDone,
}: {
  item: FeedbackItem;
  mode: 'answer' | 'reject';
  onClose: () => void;
  onDone: (f: FeedbackItem) => void;
}) {
  const submit = useSubmit();
  const [text, setText] = useState('');
  const label = mode === 'answer' ? 'Nội dung trả lời' : 'Lý do không thuộc thẩm quyền';
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      submit.setError('Vui lòng kiểm tra lại.', { text: `Vui lòng nhập ${label.toLowerCase()}` });
      return;
    }
    const done = await submit.run(() =>
      mode === 'answer' ? feedbackApi.answer(item.id, text) : feedbackApi.reject(item.id, text),
    );
    if (done) onDone(done);
  };
  return (
    <Dialog
      title={mode === 'answer' ? 'Trả lời phản ánh, kiến nghị' : 'Trả lại phản ánh, kiến nghị'}
      onClose={onClose}
      size="wide"
    >
      <form className="form" onSubmit={onSubmit} noValidate>
        <p>
          <strong>{item.title}</strong> — {item.senderName}. Hạn trả lời: {formatLocalDate(item.dueDate)}.
        </p>
        <p>{item.content}</p>
        <ErrorAlert message={submit.error} />
        <TextAreaField
          label={label}
          value={text}
          onValue={setText}
          rows={6}
          error={submit.fieldErrors.text}
          required
        />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={submit.submitting}>
            {mode === 'answer' ? 'Gửi trả lời' : 'Trả lại'}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </Dialog>
  );
}
