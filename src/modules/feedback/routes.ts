import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { page, pageQuery } from '../../contract/common.js';
import { dossierIdParam } from '../../contract/dossiers.js';
import {
  answerFeedbackBody,
  assignFeedbackBody,
  dossierRating,
  feedbackIdParam,
  feedbackItem,
  feedbackReportQuery,
  feedbackReport as feedbackReportSchema,
  listFeedbackQuery,
  listRatingsQuery,
  portalRating as portalRatingSchema,
  rateDossierBody,
  rejectFeedbackBody,
  submitFeedbackBody,
} from '../../contract/feedback.js';
import { SYSTEM_ACTOR } from '../../domain/access/actor.js';
import { requireActor } from '../../http/access.js';
import { errors } from '../../http/responses.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { forbidden } from '../../platform/errors.js';
import { EXPORT_FORMATS } from '../reports/export-dossier-results.js';
import { exportFeedbackReport } from './export-feedback-report.js';
import { feedbackReport } from './feedback-report.js';
import { getFeedback } from './get-feedback.js';
import { portalRating } from './get-portal-rating.js';
import { handleFeedback } from './handle-feedback.js';
import { listFeedback } from './list-feedback.js';
import { listOwnFeedback } from './list-own-feedback.js';
import { listRatings } from './list-ratings.js';
import { rateDossier } from './rate-dossier.js';
import { submitFeedback } from './submit-feedback.js';

const tags = ['Phản ánh, kiến nghị và đánh giá'];

const portalOnly = () =>
  forbidden('Chức năng này dành cho công dân, tổ chức đã đăng nhập; bạn không có quyền');

function requirePortal(req: FastifyRequest): RequestContext {
  const ctx = requireActor(req);
  if (ctx.actor.kind !== 'citizen' && ctx.actor.kind !== 'organisation') throw portalOnly();
  return ctx;
}

/** The public route acts as an anonymous sender, whatever session the browser has. */
function anonymous(req: FastifyRequest): RequestContext {
  return {
    actor: { ...SYSTEM_ACTOR, name: 'Người gửi không đăng nhập' },
    ip: req.ip ?? null,
    requestId: String(req.id),
  };
}

export async function feedbackRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/public/feedback',
    {
      schema: {
        tags,
        summary:
          'Gửi phản ánh, kiến nghị không cần đăng nhập (bắt buộc họ tên và số điện thoại hoặc thư điện tử)',
        body: submitFeedbackBody,
        response: { 201: feedbackItem, ...errors(400, 404) },
      },
    },
    async (req, reply) => reply.status(201).send(await submitFeedback(deps, anonymous(req), req.body)),
  );
  r.post(
    '/api/portal/feedback',
    {
      schema: {
        tags,
        summary: 'Công dân, tổ chức đã đăng nhập gửi phản ánh, kiến nghị (có thể gắn với hồ sơ của mình)',
        body: submitFeedbackBody,
        response: { 201: feedbackItem, ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => reply.status(201).send(await submitFeedback(deps, requirePortal(req), req.body)),
  );
  r.get(
    '/api/portal/feedback',
    {
      schema: {
        tags,
        summary: 'Phản ánh, kiến nghị của chính công dân, tổ chức đang đăng nhập, kèm trả lời',
        querystring: pageQuery,
        response: { 200: page(feedbackItem), ...errors(400, 401, 403) },
      },
    },
    async (req) => listOwnFeedback(deps, requirePortal(req), req.query),
  );
  r.get(
    '/api/portal/dossiers/:id/rating',
    {
      schema: {
        tags,
        summary: 'Đánh giá mức độ hài lòng của hồ sơ của chính mình (và có được đánh giá không)',
        params: dossierIdParam,
        response: { 200: portalRatingSchema, ...errors(401, 403, 404) },
      },
    },
    async (req) => portalRating(deps, requirePortal(req), req.params.id),
  );
  r.post(
    '/api/portal/dossiers/:id/rating',
    {
      schema: {
        tags,
        summary: 'Đánh giá mức độ hài lòng hồ sơ đã trả kết quả (một lần cho mỗi hồ sơ)',
        params: dossierIdParam,
        body: rateDossierBody,
        response: { 201: dossierRating, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await rateDossier(deps, requirePortal(req), req.params.id, req.body)),
  );
  r.get(
    '/api/feedback',
    {
      schema: {
        tags,
        summary: 'Phản ánh, kiến nghị gửi đến các đơn vị của cán bộ, mới nhất trước (keyset)',
        querystring: listFeedbackQuery,
        response: { 200: page(feedbackItem), ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => listFeedback(deps, requireActor(req, 'feedback:handle'), req.query),
  );
  r.get(
    '/api/feedback/ratings',
    {
      schema: {
        tags,
        summary: 'Đánh giá mức độ hài lòng hồ sơ của các đơn vị của cán bộ, mới nhất trước (keyset)',
        querystring: listRatingsQuery,
        response: { 200: page(dossierRating), ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => listRatings(deps, requireActor(req, 'feedback:handle'), req.query),
  );
  r.get(
    '/api/feedback/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết một phản ánh, kiến nghị',
        params: feedbackIdParam,
        response: { 200: feedbackItem, ...errors(401, 403, 404) },
      },
    },
    async (req) => getFeedback(deps, requireActor(req, 'feedback:handle'), req.params.id),
  );
  r.post(
    '/api/feedback/:id/assign',
    {
      schema: {
        tags,
        summary: 'Phân công xử lý phản ánh, kiến nghị (mặc định: chính cán bộ đang đăng nhập)',
        params: feedbackIdParam,
        body: assignFeedbackBody,
        response: { 200: feedbackItem, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) =>
      handleFeedback(deps, requireActor(req, 'feedback:handle'), req.params.id, {
        action: 'assign',
        handlerId: req.body.handlerId,
      }),
  );
  r.post(
    '/api/feedback/:id/answer',
    {
      schema: {
        tags,
        summary: 'Ghi nhận nội dung trả lời phản ánh, kiến nghị (đúng hạn hoặc quá hạn theo ngày trả lời)',
        params: feedbackIdParam,
        body: answerFeedbackBody,
        response: { 200: feedbackItem, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) =>
      handleFeedback(deps, requireActor(req, 'feedback:handle'), req.params.id, {
        action: 'answer',
        answer: req.body.answer,
      }),
  );
  r.post(
    '/api/feedback/:id/reject',
    {
      schema: {
        tags,
        summary: 'Trả lại phản ánh, kiến nghị không thuộc thẩm quyền của đơn vị (kèm lý do)',
        params: feedbackIdParam,
        body: rejectFeedbackBody,
        response: { 200: feedbackItem, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) =>
      handleFeedback(deps, requireActor(req, 'feedback:handle'), req.params.id, {
        action: 'reject',
        reason: req.body.reason,
      }),
  );
  r.get(
    '/api/reports/feedback',
    {
      schema: {
        tags: ['Báo cáo thống kê'],
        summary:
          'Biểu II.05a (một đơn vị, theo nội dung) / II.05b (địa phương, theo đơn vị): phản ánh, kiến nghị',
        querystring: feedbackReportQuery,
        response: { 200: feedbackReportSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const { superiorName: _, ...report } = await feedbackReport(
        deps,
        requireActor(req, 'reports:read'),
        req.query,
      );
      return report;
    },
  );
  for (const format of EXPORT_FORMATS) {
    r.get(
      `/api/reports/feedback.${format.extension}`,
      {
        schema: {
          tags: ['Báo cáo thống kê'],
          summary: `Biểu II.05a/b dạng ${format.extension} (cùng tham số với báo cáo JSON)`,
          querystring: feedbackReportQuery,
          response: { 200: z.any().describe(format.mime), ...errors(400, 401, 403, 404) },
        },
      },
      async (req, reply) => {
        const file = await exportFeedbackReport(
          deps,
          requireActor(req, 'reports:read'),
          format.extension,
          req.query,
        );
        return reply
          .header('content-type', format.mime)
          .header('content-disposition', `attachment; filename="${file.name}"`)
          .header('cache-control', 'no-store')
          .send(file.content);
      },
    );
  }
}
