/**
 * Feedback and petitions (phản ánh, kiến nghị) and the satisfaction rating of dossiers — pure rules.
 * The handling deadline is data with an effective date (feedback_deadline_rules); see ADR 0016.
 */

export type { II05Input } from './form-ii05.js';
export { buildII05, feedbackHeaders, II05A_CODE, II05B_CODE, ii05Values } from './form-ii05.js';
export { FEEDBACK_STATE_LABELS, FEEDBACK_TOPIC_LABELS } from './labels.js';
export type { RatingLevel, RatingRefusal } from './rating.js';
export { RATING_LEVEL_LABELS, RATING_LEVELS, ratingRefusal } from './rating.js';
export type { FeedbackFacts, FeedbackPlacement, FeedbackReportFigures } from './report.js';
export {
  EMPTY_FEEDBACK_FIGURES,
  feedbackInvariantViolations,
  placeFeedback,
  sumFeedbackFigures,
  tallyFeedback,
} from './report.js';
export type { FeedbackAction, FeedbackDeadlineRule, FeedbackState, FeedbackTopic } from './rules.js';
export {
  closedOnTime,
  FEEDBACK_ACTIONS,
  FEEDBACK_STATES,
  FEEDBACK_TOPICS,
  FEEDBACK_TRANSITIONS,
  feedbackDueDate,
  nextFeedbackState,
  openFeedbackOverdue,
  ruleInForce,
  workingDaysAfter,
} from './rules.js';
