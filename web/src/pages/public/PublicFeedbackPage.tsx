// /gui-phan-anh — anyone may send a feedback or petition (phản ánh, kiến nghị) to a unit without an
// account: name and a phone number or e-mail address for the answer. ?unitCode= pre-fills the unit.
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { type FeedbackItem, feedbackApi } from '../../api/feedback';
import { ErrorAlert } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { formatLocalDate } from '../../lib/format';
import { useSubmit } from '../../lib/useSubmit';
import { addFeedbackDraftErrors, EMPTY_FEEDBACK_DRAFT, FeedbackFields } from '../feedback/FeedbackFields';
import { PublicLayout } from './PublicLayout';

export function PublicFeedbackPage() {
  const [params] = useSearchParams();
  const submit = useSubmit();
  const [unitCode, setUnitCode] = useState(params.get('unitCode') ?? '');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [draft, setDraft] = useState(EMPTY_FEEDBACK_DRAFT);
  const [sent, setSent] = useState<FeedbackItem | null>(null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const errors: Record<string, string> = {};
    if (!unitCode.trim()) errors.unitCode = 'Vui lòng nhập mã cơ quan, đơn vị';
    if (!name.trim()) errors.senderName = 'Vui lòng nhập họ và tên';
    if (!phone.trim() && !email.trim())
      errors.senderPhone = 'Nhập số điện thoại hoặc thư điện tử để nhận trả lời';
    addFeedbackDraftErrors(draft, errors);
    if (Object.keys(errors).length) {
      submit.setError('Vui lòng kiểm tra lại các trường được đánh dấu.', errors);
      return;
    }
    const done = await submit.run(() =>
      feedbackApi.submitPublic({
        unitCode: unitCode.trim(),
        topic: draft.topic,
        title: draft.title,
        content: draft.content,
        senderName: name,
        ...(phone.trim() ? { senderPhone: phone } : {}),
        ...(email.trim() ? { senderEmail: email } : {}),
      }),
    );
    if (done) setSent(done);
  };

  return (
    <PublicLayout title="Phản ánh, kiến nghị">
      <h1>Gửi phản ánh, kiến nghị</h1>
      {sent ? (
        <section className="panel" aria-live="polite">
          <p>
            Đã gửi phản ánh, kiến nghị đến <strong>{sent.unitName}</strong>. Cơ quan sẽ trả lời qua số điện
            thoại hoặc thư điện tử bạn để lại, chậm nhất ngày <strong>{formatLocalDate(sent.dueDate)}</strong>
            .
          </p>
        </section>
      ) : (
        <form className="panel form" onSubmit={onSubmit} noValidate>
          <p className="muted">
            Phản ánh, kiến nghị về quy định hành chính hoặc về việc giải quyết thủ tục hành chính. Đăng nhập
            để gắn phản ánh với hồ sơ của bạn và theo dõi trả lời.
          </p>
          <ErrorAlert message={submit.error} />
          <TextField
            label="Mã cơ quan, đơn vị nhận phản ánh"
            value={unitCode}
            onValue={setUnitCode}
            hint="Ví dụ 06001 (mã đơn vị hành chính)"
            error={submit.fieldErrors.unitCode}
            required
          />
          <TextField
            label="Họ và tên"
            value={name}
            onValue={setName}
            error={submit.fieldErrors.senderName}
            required
          />
          <TextField
            label="Số điện thoại"
            value={phone}
            onValue={setPhone}
            inputMode="tel"
            error={submit.fieldErrors.senderPhone}
          />
          <TextField label="Thư điện tử" value={email} onValue={setEmail} type="email" />
          <FeedbackFields
            draft={draft}
            onDraft={setDraft}
            fieldErrors={submit.fieldErrors}
            submitting={submit.submitting}
            contentRows={6}
          />
        </form>
      )}
    </PublicLayout>
  );
}
