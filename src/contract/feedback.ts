// Feedback and petitions (phản ánh, kiến nghị — PAKN), dossier satisfaction ratings and the
// Biểu II.05a/b report.
import { z } from 'zod';
import { isoInstant, localDate, pageQuery, uuid } from './common.js';

export const feedbackState = z.enum(['received', 'processing', 'answered', 'rejected']);
export type FeedbackStateValue = z.infer<typeof feedbackState>;
export const feedbackTopic = z
  .enum(['regulation', 'handling'])
  .describe('regulation: về quy định hành chính; handling: về việc giải quyết thủ tục hành chính');
export type FeedbackTopicValue = z.infer<typeof feedbackTopic>;
export const ratingLevel = z.enum(['very_satisfied', 'satisfied', 'dissatisfied']);
export type RatingLevelValue = z.infer<typeof ratingLevel>;

const text = (max: number, message: string) => z.string().trim().min(1, message).max(max);

export const submitFeedbackBody = z.object({
  unitCode: z.string().min(1).max(20),
  topic: feedbackTopic,
  title: text(200, 'Vui lòng nhập tiêu đề'),
  content: text(5000, 'Vui lòng nhập nội dung phản ánh, kiến nghị'),
  dossierId: uuid.optional().describe('One of the signed-in citizen’s own dossiers (portal only)'),
  senderName: z.string().trim().max(120).optional().describe('Required when not signed in'),
  senderPhone: z.string().trim().max(20).optional(),
  senderEmail: z.string().trim().max(200).optional(),
});
export type SubmitFeedbackBody = z.infer<typeof submitFeedbackBody>;

export const feedbackItem = z.object({
  id: uuid,
  unitCode: z.string(),
  unitName: z.string(),
  dossierCode: z.string().nullable(),
  topic: feedbackTopic,
  topicLabel: z.string(),
  title: z.string(),
  content: z.string(),
  senderName: z.string(),
  senderPhone: z.string().nullable(),
  senderEmail: z.string().nullable(),
  state: feedbackState,
  stateLabel: z.string(),
  receivedAt: isoInstant,
  receivedDate: localDate,
  dueDate: localDate,
  overdue: z.boolean().describe('Open and past its due date today'),
  handlerName: z.string().nullable(),
  answer: z.string().nullable(),
  closedAt: isoInstant.nullable(),
  onTime: z.boolean().nullable(),
});
export type FeedbackItem = z.infer<typeof feedbackItem>;

export const listFeedbackQuery = pageQuery.extend({
  unitCode: z.string().max(20).optional(),
  state: feedbackState.optional(),
});

export const feedbackIdParam = z.object({ id: uuid });

export const assignFeedbackBody = z.object({
  handlerId: uuid.optional().describe('An officer of the unit; default: the caller'),
});
export const answerFeedbackBody = z.object({ answer: text(5000, 'Vui lòng nhập nội dung trả lời') });
export const rejectFeedbackBody = z.object({
  reason: text(2000, 'Vui lòng nêu lý do không thuộc thẩm quyền'),
});

export const rateDossierBody = z.object({
  level: ratingLevel,
  comment: z.string().trim().max(2000).optional(),
});

export const dossierRating = z.object({
  dossierId: uuid,
  dossierCode: z.string(),
  unitCode: z.string(),
  ownerName: z.string(),
  level: ratingLevel,
  levelLabel: z.string(),
  comment: z.string().nullable(),
  ratedAt: isoInstant,
});
export type DossierRating = z.infer<typeof dossierRating>;

export const portalRating = z.object({ rating: dossierRating.nullable(), canRate: z.boolean() });
export type PortalRating = z.infer<typeof portalRating>;

export const listRatingsQuery = pageQuery.extend({ unitCode: z.string().max(20).optional() });

// Biểu II.05a (one unit, rows by topic) / II.05b (a province with its communes, rows by unit).
export const feedbackReportQuery = z.object({
  unitCode: z.string().min(1).max(20),
  from: localDate,
  to: localDate,
  form: z.enum(['ii05a', 'ii05b']).default('ii05a'),
});
export type FeedbackReportQuery = z.infer<typeof feedbackReportQuery>;

export const feedbackReportFigures = z.object({
  receivedTotal: z.number().int(),
  receivedNew: z.number().int(),
  carriedOver: z.number().int(),
  answeredTotal: z.number().int(),
  answeredOnTime: z.number().int(),
  answeredLate: z.number().int(),
  rejected: z.number().int(),
  pendingTotal: z.number().int(),
  pendingWithinDeadline: z.number().int(),
  pendingOverdue: z.number().int(),
});
export type FeedbackReportFigures = z.infer<typeof feedbackReportFigures>;

export const feedbackReport = z.object({
  form: z.enum(['ii05a', 'ii05b']),
  title: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  from: localDate,
  to: localDate,
  rows: z.array(feedbackReportFigures.extend({ key: z.string(), label: z.string() })),
  total: feedbackReportFigures,
});
export type FeedbackReport = z.infer<typeof feedbackReport>;
