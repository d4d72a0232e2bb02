import type { DossierSummary } from '@contract';
import { type FormEvent, useState } from 'react';
import { feedbackApi, RATING_LABELS, type RatingLevelValue } from '../../api/feedback';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { TextAreaField } from '../../components/Field';
import { RadioGroup } from '../../components/RadioGroup';
import { formatDate } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { useSubmit } from '../../lib/useSubmit';

const LEVELS: readonly RatingLevelValue[] = ['very_satisfied', 'satisfied', 'dissatisfied'];

/** Đánh giá mức độ hài lòng of a dossier whose result was returned: once, or the rating already given. */
export function RatingDialog({ dossier, onClose }: { dossier: DossierSummary; onClose: () => void }) {
  const state = useApi((s) => feedbackApi.rating(dossier.id, s), `rating:${dossier.id}`);
  const submit = useSubmit();
  const [level, setLevel] = useState<RatingLevelValue>('very_satisfied');
  const [comment, setComment] = useState('');
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await submit.run(() =>
      feedbackApi.rate(dossier.id, { level, ...(comment.trim() ? { comment } : {}) }),
    );
    if (done) state.reload();
  };
  const rating = state.data?.rating;
  return (
    <Dialog title={`Đánh giá hồ sơ ${dossier.code}`} onClose={onClose}>
      {state.loading ? <Loading /> : null}
      {rating ? (
        <p>
          Bạn đã đánh giá <strong>{RATING_LABELS[rating.level]}</strong> ngày {formatDate(rating.ratedAt)}
          {rating.comment ? `: “${rating.comment}”` : '.'} Cảm ơn bạn.
        </p>
      ) : state.data && !state.data.canRate ? (
        <p>Hồ sơ chỉ được đánh giá sau khi đã trả kết quả.</p>
      ) : state.data ? (
        <form className="form" onSubmit={onSubmit} noValidate>
          <ErrorAlert message={submit.error} />
          <RadioGroup
            legend="Mức độ hài lòng"
            options={LEVELS}
            labels={RATING_LABELS}
            value={level}
            onChange={setLevel}
          />
          <TextAreaField label="Ý kiến (không bắt buộc)" value={comment} onValue={setComment} rows={3} />
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={submit.submitting}>
              Gửi đánh giá
            </button>
          </div>
        </form>
      ) : null}
      <div className="form-actions">
        <button type="button" className="btn btn-secondary" onClick={onClose}>
          Đóng
        </button>
      </div>
    </Dialog>
  );
}
