import type {
  DossierRating,
  FeedbackItem,
  FeedbackReport,
  FeedbackStateValue,
  FeedbackTopicValue,
  PortalRating,
  RatingLevelValue,
  SubmitFeedbackBody,
} from '@contract';
import { api, withQuery } from './client';
import type { Page } from './units';

export type {
  DossierRating,
  FeedbackItem,
  FeedbackReport,
  FeedbackStateValue,
  FeedbackTopicValue,
  RatingLevelValue,
};

export type FeedbackReportParams = { unitCode: string; from: string; to: string; form: 'ii05a' | 'ii05b' };

export const feedbackApi = {
  submit: (body: SubmitFeedbackBody) => api.post<FeedbackItem>('/api/portal/feedback', body),
  submitPublic: (body: SubmitFeedbackBody) => api.post<FeedbackItem>('/api/public/feedback', body),
  mine: (signal?: AbortSignal) => api.get<Page<FeedbackItem>>('/api/portal/feedback', { limit: 50 }, signal),
  rating: (dossierId: string, signal?: AbortSignal) =>
    api.get<PortalRating>(`/api/portal/dossiers/${dossierId}/rating`, undefined, signal),
  rate: (dossierId: string, body: { level: RatingLevelValue; comment?: string }) =>
    api.post<DossierRating>(`/api/portal/dossiers/${dossierId}/rating`, body),
  list: (
    query: { unitCode?: string; state?: FeedbackStateValue | ''; cursor?: string | undefined },
    signal?: AbortSignal,
  ) => api.get<Page<FeedbackItem>>('/api/feedback', { ...query, limit: 50 }, signal),
  ratings: (query: { unitCode?: string; cursor?: string | undefined }, signal?: AbortSignal) =>
    api.get<Page<DossierRating>>('/api/feedback/ratings', { ...query, limit: 50 }, signal),
  assign: (id: string) => api.post<FeedbackItem>(`/api/feedback/${id}/assign`, {}),
  answer: (id: string, answer: string) => api.post<FeedbackItem>(`/api/feedback/${id}/answer`, { answer }),
  reject: (id: string, reason: string) => api.post<FeedbackItem>(`/api/feedback/${id}/reject`, { reason }),
  report: (params: FeedbackReportParams, signal?: AbortSignal) =>
    api.get<FeedbackReport>('/api/reports/feedback', params, signal),
  exportUrl: (params: FeedbackReportParams, extension: 'xlsx' | 'docx') =>
    withQuery(`/api/reports/feedback.${extension}`, params),
};

export const TOPIC_LABELS: Record<FeedbackTopicValue, string> = {
  regulation: 'Về quy định hành chính',
  handling: 'Về việc giải quyết thủ tục hành chính',
};

export const RATING_LABELS: Record<RatingLevelValue, string> = {
  very_satisfied: 'Rất hài lòng',
  satisfied: 'Hài lòng',
  dissatisfied: 'Không hài lòng',
};
