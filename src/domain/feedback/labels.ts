// Vietnamese words for the feedback states, topics and rating levels.
import type { FeedbackState, FeedbackTopic } from './rules.js';

export const FEEDBACK_STATE_LABELS: Readonly<Record<FeedbackState, string>> = {
  received: 'Mới tiếp nhận',
  processing: 'Đang xử lý',
  answered: 'Đã trả lời',
  rejected: 'Không thuộc thẩm quyền',
};

export const FEEDBACK_TOPIC_LABELS: Readonly<Record<FeedbackTopic, string>> = {
  regulation: 'Phản ánh, kiến nghị về quy định hành chính',
  handling: 'Phản ánh, kiến nghị về việc giải quyết thủ tục hành chính',
};
