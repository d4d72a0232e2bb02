// The part of the feedback (phản ánh, kiến nghị) form shared by the citizen portal and the public page:
// topic, title, content and the send button. Each page keeps its own unit and sender fields.
import { type FeedbackTopicValue, TOPIC_LABELS } from '../../api/feedback';
import { TextAreaField, TextField } from '../../components/Field';
import { RadioGroup } from '../../components/RadioGroup';

const TOPICS: readonly FeedbackTopicValue[] = ['regulation', 'handling'];

export interface FeedbackDraft {
  topic: FeedbackTopicValue;
  title: string;
  content: string;
}

export const EMPTY_FEEDBACK_DRAFT: FeedbackDraft = { topic: 'regulation', title: '', content: '' };

/** Adds the title and content errors of a draft to `errors` (keyed like the API's field errors). */
export function addFeedbackDraftErrors(draft: FeedbackDraft, errors: Record<string, string>): void {
  if (!draft.title.trim()) errors.title = 'Vui lòng nhập tiêu đề';
  if (!draft.content.trim()) errors.content = 'Vui lòng nhập nội dung';
}

export function FeedbackFields({
  draft,
  onDraft,
  fieldErrors,
  submitting,
  contentRows,
}: {
  draft: FeedbackDraft;
  onDraft: (draft: FeedbackDraft) => void;
  fieldErrors: Record<string, string>;
  submitting: boolean;
  contentRows: number;
}) {
  return (
    <>
      <RadioGroup
        legend="Nội dung phản ánh"
        options={TOPICS}
        labels={TOPIC_LABELS}
        value={draft.topic}
        onChange={(topic) => onDraft({ ...draft, topic })}
      />
      <TextField
        label="Tiêu đề"
        value={draft.title}
        onValue={(title) => onDraft({ ...draft, title })}
        error={fieldErrors.title}
        required
      />
      <TextAreaField
        label="Nội dung"
        value={draft.content}
        onValue={(content) => onDraft({ ...draft, content })}
        rows={contentRows}
        error={fieldErrors.content}
        required
      />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={submitting}>
          Gửi phản ánh, kiến nghị
        </button>
      </div>
    </>
  );
}
